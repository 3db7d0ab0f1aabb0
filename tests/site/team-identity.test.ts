import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/recap/diagnostics.ts';
import { contentDirs, loadContent } from '../../src/site/load.ts';
import { recapFile } from './recap-text.ts';

/** The real seed match (Leagues Cup 2023): recaps naming FC Dallas and Inter Miami report it, and only it. */
const SEED = { competition: 'Leagues Cup', kickoff: '2023-08-06', score: '4-4', penalties: '3-5' };

/** Writes a content folder (recaps/ and teams/) and loads it the way the build does. */
async function load(recaps: { path: string; content: string | Uint8Array }[], teams: Record<string, string> = {}) {
  const root = await mkdtemp(path.join(tmpdir(), 'site-teams-'));
  await mkdir(path.join(root, 'content/recaps'), { recursive: true });
  await mkdir(path.join(root, 'content/teams'), { recursive: true });
  for (const file of recaps) await writeFile(path.join(root, file.path), file.content);
  for (const [name, text] of Object.entries(teams)) await writeFile(path.join(root, 'content/teams', name), text);
  return loadContent(contentDirs(path.join(root, 'content')), { includeDrafts: false, displayRoot: root });
}

describe('one team page per team', () => {
  it('reports a recap naming one team twice, by alias and by canonical name', async () => {
    const content = await load([recapFile('derby', { match: { home: 'Portmoor Rovers', away: 'Portmoor' } })], {
      'portmoor-rovers.yml': 'name: Portmoor Rovers\naliases: [Portmoor]\n',
    });
    expect(content.recaps).toEqual([]);
    expect(formatReport(content.diagnostics)).toMatchInlineSnapshot(`
      "content/recaps/derby.md:8:17  match.away.name  error: found "Portmoor", which is Portmoor Rovers, the home team (see content/teams/portmoor-rovers.yml); expected two different teams
       8 |   away: { name: "Portmoor" }
         |                 ^^^^^^^^^^
         = hint: content/teams/portmoor-rovers.yml lists both names for one team

      1 error, 0 warnings"
    `);
  });

  it('reports two names that would share one team page, at the later file', async () => {
    const content = await load([
      recapFile('a', { match: { home: 'Atlético Valdemora', away: 'Away City' } }),
      recapFile('b', { match: { home: 'Home Town', away: 'Atletico Valdemora' } }),
    ]);
    expect(content.recaps.map((r) => r.slug)).toEqual(['a']);
    expect(formatReport(content.diagnostics)).toMatchInlineSnapshot(`
      "content/recaps/b.md:8:17  match.away.name  error: found "Atletico Valdemora", whose team page /teams/atletico-valdemora/ already belongs to "Atlético Valdemora" (content/recaps/a.md); expected one name per team
       8 |   away: { name: "Atletico Valdemora" }
         |                 ^^^^^^^^^^^^^^^^^^^^
         = hint: write the name the same way in both files, or add a file in content/teams/ that lists one name as an alias of the other

      1 error, 0 warnings"
    `);
  });

  it('accepts the same name written with other case or spacing, and aliases across recaps', async () => {
    const content = await load(
      [
        recapFile('a', { match: { ...SEED, home: 'FC Dallas', away: 'Inter Miami' } }),
        recapFile('b', { match: { ...SEED, home: 'fc  dallas', away: 'Inter Miami CF' } }),
      ],
      { 'inter-miami-cf.yml': 'name: Inter Miami CF\naliases: [Inter Miami]\n' },
    );
    expect(content.diagnostics).toEqual([]);
    expect(content.recaps.map((r) => [r.match.home.slug, r.match.away.name])).toEqual([
      ['fc-dallas', 'Inter Miami CF'],
      ['fc-dallas', 'Inter Miami CF'],
    ]);
  });

  it('reports team file problems together with recap problems', async () => {
    const content = await load([recapFile('a')], { 'bad.yml': 'name: Bad\nshort: B\n' });
    expect(content.diagnostics.map((d) => `${d.file}:${d.line} ${d.path}`)).toEqual(['content/teams/bad.yml:2 short']);
    expect(content.recaps.map((r) => r.slug)).toEqual(['a']);
  });
});
