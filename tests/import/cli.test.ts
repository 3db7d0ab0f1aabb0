/** `npm run import` as a user runs it: real files, the real check and one real build. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/authoring/check.ts';
import { contentFolder, pinPaths, runScript } from '../authoring/helpers.ts';
import { buildSite, ROOT } from '../helpers/site.ts';
import { FIXTURES } from './helpers.ts';

// Relative to the project root, where the command runs, so messages show them the same on every machine.
const WORLD_CUP = path.relative(ROOT, path.join(FIXTURES, 'worldcup-2022.json'));
const PREMIER_LEAGUE = path.relative(ROOT, path.join(FIXTURES, 'en.1-2023-24.json'));
const API_FOOTBALL = path.relative(ROOT, path.join(FIXTURES, 'fixtures-cl-penalties.json'));

/** A page's text without tags, scripts and graphics, spaces collapsed. */
function pageText(html: string): string {
  return html
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

async function recapFiles(dir: string): Promise<string[]> {
  return (await readdir(path.join(dir, 'recaps'))).filter((f) => f.endsWith('.md')).sort();
}

describe('npm run import', () => {
  it('round trip: the World Cup and two API-Football fixtures import, pass the check and build, and the pages show the data', async () => {
    const dir = await contentFolder({ 'teams/atletico-madrid.yml': 'name: Atlético Madrid\naliases: [Atletico Madrid]\nshort: ATM\n' });
    const wc = await runScript('import.ts', [WORLD_CUP, '--no-draft', '--timezone', 'Asia/Qatar'], dir);
    expect(wc.code, wc.stderr).toBe(0);
    expect(wc.stdout).toContain('Imported 64/64 matches');
    expect(wc.stdout).toContain('Wrote 64 recaps');
    const api = await runScript('import.ts', [API_FOOTBALL, '--no-draft'], dir);
    expect(api.code, api.stderr).toBe(0);
    expect(await recapFiles(dir)).toHaveLength(66);
    expect(await recapFiles(dir)).toContain('2024-03-13-atletico-madrid-inter.md');

    const check = await checkContent(dir, { displayRoot: dir });
    expect(check.errors).toBe(0);
    expect(check.recaps).toBe(66);

    const site = await buildSite({ contentDir: dir });
    expect(site.code, site.stderr).toBe(0);
    const built = (await readdir(path.join(site.outDir, 'recaps'), { withFileTypes: true })).filter((e) => e.isDirectory());
    expect(built).toHaveLength(66);

    const final = pageText(await site.read('recaps/2022-12-18-argentina-france/index.html'));
    expect(final).toContain('After extra time, on penalties');
    expect(final).toContain('Penalties 4–2');
    expect(final).toContain('Kick-off December 18, 2022, 18:00');
    for (const line of [
      '23′ Goal , Argentina : Lionel Messi ; penalty , score 1–0',
      '36′ Goal , Argentina : Ángel Di María , score 2–0',
      '80′ Goal , France : Kylian Mbappé ; penalty , score 2–1',
      '81′ Goal , France : Kylian Mbappé , score 2–2',
      '108′ Goal , Argentina : Lionel Messi , score 3–2',
      '118′ Goal , France : Kylian Mbappé ; penalty , score 3–3',
    ])
      expect(final).toContain(line);

    const atletico = pageText(await site.read('recaps/2024-03-13-atletico-madrid-inter/index.html'));
    expect(atletico).toContain('Referee S. Marciniak');
    expect(atletico).toContain('41′ Yellow card , Atlético Madrid : Hermoso ; Foul');
    expect(atletico).toContain('71′ Substitution , Atlético Madrid : Rodrigo Riquelme on , Samuel Lino off');
    expect(atletico).toContain('Formation 3-5-2');
    expect(atletico).toContain('Coach: D. Simeone');
    // A second leg Atlético won 2-1 on the night, then the shootout: leg, status, kicks and the result line.
    expect(atletico).toContain('After extra time, on penalties');
    expect(atletico).toContain('Penalties 3–2');
    expect(atletico).toContain('Second leg');
    expect(atletico).not.toContain('Aggregate');
    expect(atletico).toContain('Atlético Madrid win 3-2 on penalties');
    expect(atletico).toMatch(/1 Inter H\. Çalhanoğlu Scored 0–1/);
  }, 600_000);

  it('imports the 380 Premier League results, which pass the check', async () => {
    const dir = await contentFolder({});
    const result = await runScript(
      'import.ts',
      [PREMIER_LEAGUE, '--timezone', 'Europe/London', '--competition', 'Premier League', '--season', '2023-24'],
      dir,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(await recapFiles(dir)).toHaveLength(380);
    const check = await checkContent(dir, { displayRoot: dir });
    expect(check).toMatchObject({ recaps: 380, drafts: 380, errors: 0 });
    const first = await readFile(path.join(dir, 'recaps/2023-08-11-burnley-fc-manchester-city-fc.md'), 'utf8');
    expect(first).toContain('kickoff: 2023-08-11T20:00:00+01:00');
    expect(first).toContain('score: 0-3');
    expect(first).toContain('competition: Premier League\n  season: 2023-24\n');
    expect(first).toContain('draft: true');
  }, 120_000);

  it('never overwrites: matches with a recap are skipped, and so are taken file names', async () => {
    const existingFinal = [
      '---',
      'title: Messi lifts the cup',
      'date: 2022-12-19',
      'match:',
      '  competition: FIFA World Cup',
      '  kickoff: 2022-12-18',
      '  home: { name: Argentine Republic }',
      '  away: { name: France }',
      '  score: 3-3',
      '  extraTime: true',
      '  penalties: 4-2',
      '---',
      'Argentina beat France on penalties.',
      '',
    ].join('\n');
    // An invented match that happens to use the file name the import would give France v Australia.
    const squatter = [
      '---',
      'title: Quay Albion edge the derby',
      'date: 2024-03-09',
      'match:',
      '  competition: Harbour League',
      '  kickoff: 2024-03-08',
      '  home: { name: Quay Albion }',
      '  away: { name: Dockside Rovers }',
      '  score: 1-0',
      '---',
      'Quay Albion won.',
      '',
    ].join('\n');
    const dir = await contentFolder({
      'teams/argentina.yml': 'name: Argentina\naliases: [Argentine Republic]\n',
      'recaps/world-cup/final-report.md': existingFinal,
      'recaps/2022-11-22-france-australia.md': squatter,
    });
    const first = await runScript('import.ts', [WORLD_CUP, '--match', 'france'], dir);
    expect(first.code, first.stderr).toBe(0);
    expect(pinPaths(first.stdout, dir)).toMatchInlineSnapshot(`
      "tests/fixtures/import/worldcup-2022.json (openfootball): 64 matches, 7 of them picked by --match/--since
      Wrote 5 recaps to <content>/recaps/ as drafts (\`npm run dev\` shows them; set \`draft: false\` to publish):
        <content>/recaps/2022-11-26-france-denmark.md
        <content>/recaps/2022-11-30-tunisia-france.md
        <content>/recaps/2022-12-04-france-poland.md
        <content>/recaps/2022-12-10-england-france.md
        <content>/recaps/2022-12-14-france-morocco.md
      Skipped 2 matches (nothing overwritten):
        France v Australia, 2022-11-22: the file name 2022-11-22-france-australia.md is taken by <content>/recaps/2022-11-22-france-australia.md
        Argentina v France, 2022-12-18: already has a recap: <content>/recaps/world-cup/final-report.md
      Not carried (the data holds them; the recap format has no field for them):
        round (2 of 5 recaps): a group match's round is its group; the data's own round label (a matchday) is not kept
        time (5 of 5 recaps): a local time without a time zone; give --timezone to keep kick-off times
      Teams without a file in content/teams/ (one gives a team its short name, colour and other names): France, Denmark, Tunisia, Poland, England, Morocco
      "
    `);
    expect(await readFile(path.join(dir, 'recaps/world-cup/final-report.md'), 'utf8')).toBe(existingFinal);
    expect(await readFile(path.join(dir, 'recaps/2022-11-22-france-australia.md'), 'utf8')).toBe(squatter);

    const written = await readFile(path.join(dir, 'recaps/2022-12-14-france-morocco.md'), 'utf8');
    const again = await runScript('import.ts', [WORLD_CUP, '--match', 'FRANCE', '--since', '2022-12-10'], dir);
    expect(again.code, again.stderr).toBe(0);
    expect(pinPaths(again.stdout, dir)).toMatchInlineSnapshot(`
      "tests/fixtures/import/worldcup-2022.json (openfootball): 64 matches, 3 of them picked by --match/--since
      Wrote no recap.
      Skipped 3 matches (nothing overwritten):
        England v France, 2022-12-10: already has a recap: <content>/recaps/2022-12-10-england-france.md
        France v Morocco, 2022-12-14: already has a recap: <content>/recaps/2022-12-14-france-morocco.md
        Argentina v France, 2022-12-18: already has a recap: <content>/recaps/world-cup/final-report.md
      "
    `);
    expect(await readFile(path.join(dir, 'recaps/2022-12-14-france-morocco.md'), 'utf8')).toBe(written);
  });

  it('counts a recap with a mistake as a report of its match, and names recaps it cannot read at all', async () => {
    const dir = await contentFolder({
      // The score is wrong (the check fails), but the file still reports Argentina v France of 2022-12-18.
      'recaps/final.md':
        '---\ntitle: Final\ndate: 2022-12-19\nmatch:\n  competition: World Cup\n  kickoff: 2022-12-18\n  home: { name: Argentina }\n  away: { name: France }\n  score: 3-2\nevents:\n  - { minute: 23, type: goal, team: home, player: Lionel Messi }\n---\nText.\n',
      'recaps/broken.md': '---\ntitle: [unclosed\n---\nText.\n',
    });
    const result = await runScript('import.ts', [WORLD_CUP, '--match', 'argentina v france'], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(pinPaths(result.stdout, dir)).toContain('Argentina v France, 2022-12-18: already has a recap: <content>/recaps/final.md');
    expect(pinPaths(result.stdout, dir)).toContain(
      'Could not read 1 recap already there (`npm run check` says why), so a match they report may have been imported again: <content>/recaps/broken.md',
    );
    expect(await recapFiles(dir)).toEqual(['broken.md', 'final.md']);
  });

  it('stops on a broken file with a positioned message, no stack trace and exit code 1', async () => {
    const dir = await contentFolder({ 'broken.json': '{\n  "name": "Cup 2030",\n  "matches": [\n    { "date": "2030-05-01", }\n  ]\n}\n' });
    const result = await runScript('import.ts', [path.join(dir, 'broken.json')], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(pinPaths(result.stderr, dir)).toMatchInlineSnapshot(`
      "<content>/broken.json:4:29  (file)  error: broken JSON: found something other than a quoted property name, expected valid JSON
       4 |     { "date": "2030-05-01", }
         |                             ^
         = hint: a comma before a closing } or ] is not allowed in JSON; nor is an empty value
      "
    `);
    expect(await readdir(dir)).toEqual(['broken.json']);
  });

  it('refuses bad flags with the usage', async () => {
    const dir = await contentFolder({});
    const result = await runScript('import.ts', [WORLD_CUP, '--format', 'csv', '--since', 'yesterday', '--timezone', 'Mars/Olympus'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n\n')[0]).toMatchInlineSnapshot(`
      "error: --format: found "csv", expected openfootball or api-football
      error: --since: found "yesterday", expected a date written YYYY-MM-DD
      error: --timezone: found "Mars/Olympus", expected a time zone such as Europe/London or Asia/Qatar, or an offset such as +03:00"
    `);
  });
});
