import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/recap/diagnostics.ts';
import { checkTeams, teamNameKey } from '../../src/site/teams.ts';
import { readRecaps, recapFile } from './recap-text.ts';

const MIAMI = {
  path: 'content/teams/inter-miami-cf.yml',
  content: 'name: Inter Miami CF\naliases: [Inter Miami]\nshort: mia\ncolor: "#F7B5CD"\n',
};
const DALLAS = { path: 'content/teams/fc-dallas.yml', content: 'name: FC Dallas\n' };
/** The real seed match (Leagues Cup 2023): recaps naming these two teams report it, and only it. */
const SEED = { competition: 'Leagues Cup', kickoff: '2023-08-06', score: '4-4', penalties: '3-5' };

function report(files: { path: string; content: string }[]): string {
  return formatReport(checkTeams(files, { displayRoot: process.cwd() }).diagnostics);
}

describe('team files', () => {
  it('resolves canonical names and aliases whatever the case and spacing', () => {
    const { lookup, teams, diagnostics } = checkTeams([MIAMI, DALLAS]);
    expect(diagnostics).toEqual([]);
    expect(teams.map((t) => t.slug)).toEqual(['inter-miami-cf', 'fc-dallas']);
    const canonical = { name: 'Inter Miami CF', slug: 'inter-miami-cf', short: 'MIA', color: '#f7b5cd' };
    expect(lookup('Inter Miami')).toEqual(canonical);
    expect(lookup('  inter   MIAMI cf ')).toEqual(canonical);
    expect(lookup('FC Dallas')).toEqual({ name: 'FC Dallas', slug: 'fc-dallas' });
    expect(lookup('Miami')).toBeUndefined();
    expect(teamNameKey(' Inter\tMiami ')).toBe('inter miami');
  });

  it('takes the slug from the file name, not from the name', () => {
    const { lookup } = checkTeams([{ path: 'content/teams/miami.yml', content: 'name: Inter Miami CF\n' }]);
    expect(lookup('Inter Miami CF')?.slug).toBe('miami');
  });

  it('reports a name or alias claimed by two teams, at the second claim', () => {
    const other = { path: 'content/teams/biscayne-fusion.yml', content: 'name: Biscayne Fusion\naliases:\n  - Fusion\n  - inter miami\n' };
    expect(report([MIAMI, other])).toMatchInlineSnapshot(`
      "content/teams/biscayne-fusion.yml:4:5  aliases[1]  error: found "inter miami", which content/teams/inter-miami-cf.yml already uses for Inter Miami CF; expected each name and alias to belong to one team
       4 |   - inter miami
         |     ^^^^^^^^^^^
         = hint: remove it from one of the two files

      1 error, 0 warnings"
    `);
    // The team with the clash is left out entirely, so no recap silently resolves to half of it.
    expect(checkTeams([MIAMI, other]).lookup('Fusion')).toBeUndefined();
  });

  it('reports unknown fields with a suggestion, a missing name, and an unquoted colour', () => {
    expect(report([{ path: 'content/teams/a.yml', content: 'nmae: A\nalias: [B]\ncolor: #123456\n' }])).toMatchInlineSnapshot(`
      "content/teams/a.yml:1:1  (file)  error: \`name\` is missing, expected the team's canonical name
       1 | nmae: A
         | ^^^^^^^
         = hint: add it: \`name: Inter Miami CF\`

      content/teams/a.yml:1:1  nmae  error: found unknown field \`nmae\` in a team file, expected one of name, short, color, aliases
       1 | nmae: A
         | ^^^^
         = hint: did you mean \`name\`?

      content/teams/a.yml:2:1  alias  error: found unknown field \`alias\` in a team file, expected one of name, short, color, aliases
       2 | alias: [B]
         | ^^^^^
         = hint: did you mean \`aliases\`?

      content/teams/a.yml:3:8  color  error: found an empty value, expected a quoted hex colour like "#F7B5CD"
       3 | color: #123456
         |        ^
         = hint: an unquoted # starts a YAML comment: write \`color: "#F7B5CD"\`

      4 errors, 0 warnings"
    `);
  });

  it('reports bad values, YAML syntax and file names that cannot be URLs', () => {
    expect(report([{ path: 'content/teams/d.yml', content: 'name: D\naliases: Dee\n' }])).toMatchInlineSnapshot(`
      "content/teams/d.yml:2:10  aliases  error: found "Dee", expected a list of names
       2 | aliases: Dee
         |          ^^^
         = hint: write the aliases as a list: \`aliases: [Inter Miami]\`

      1 error, 0 warnings"
    `);
    expect(report([{ path: 'content/teams/b.yml', content: 'name: B\nshort: TOOLONG\ncolor: "red"\n' }])).toMatchInlineSnapshot(`
      "content/teams/b.yml:2:8  short  error: found "TOOLONG", expected 2 to 4 letters, like "DAL"
       2 | short: TOOLONG
         |        ^^^^^^^

      content/teams/b.yml:3:8  color  error: found "red", expected a hex colour like "#D11241"
       3 | color: "red"
         |        ^^^^^

      2 errors, 0 warnings"
    `);
    expect(report([{ path: 'content/teams/c.yml', content: 'name: [C\n' }])).toMatchInlineSnapshot(`
      "content/teams/c.yml:1:9  (file)  error: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]
       1 | name: [C
         |         ^

      1 error, 0 warnings"
    `);
    expect(report([{ path: 'content/teams/Inter Miami.yml', content: 'name: Inter Miami CF\n' }])).toMatchInlineSnapshot(`
      "content/teams/Inter Miami.yml:1:1  (file)  error: found the file name "Inter Miami.yml", expected lowercase letters, digits and hyphens (the name is the URL /teams/Inter Miami/)
       1 | name: Inter Miami CF
         | ^
         = hint: rename it to inter-miami.yml

      1 error, 0 warnings"
    `);
  });
});

describe('recaps resolved against team files', () => {
  const teams = checkTeams([MIAMI, DALLAS]);

  it('shows the canonical name, the file short name and colour, and builds the match key from canonical names', () => {
    const [recap] = readRecaps([recapFile('a', { match: { ...SEED, home: 'FC Dallas', away: 'inter miami' } })], {
      teams: teams.lookup,
    });
    expect(recap?.match.away).toEqual({ name: 'Inter Miami CF', short: 'MIA', color: '#f7b5cd', slug: 'inter-miami-cf' });
    expect(recap?.match.key).toBe('2023-08-06|fc dallas|inter miami cf');
  });

  it('lets the recap override short name and colour, never the identity', () => {
    const file = recapFile('b', { match: { ...SEED, home: 'FC Dallas', away: 'Inter Miami' } });
    const text = String(file.content).replace('{ name: "Inter Miami" }', '{ name: "Inter Miami", short: IM, color: "#000" }');
    const [recap] = readRecaps([{ ...file, content: text }], { teams: teams.lookup });
    expect(recap?.match.away).toEqual({ name: 'Inter Miami CF', short: 'IM', color: '#000000', slug: 'inter-miami-cf' });
  });

  it('treats reports naming a team by alias and by canonical name as reports of one match', () => {
    const files = [
      recapFile('first', { match: { ...SEED, home: 'FC Dallas', away: 'Inter Miami CF' } }),
      recapFile('second', { match: { ...SEED, home: 'FC Dallas', away: 'Inter Miami' } }),
    ];
    const withTeams = readRecaps(files, { teams: teams.lookup });
    expect(withTeams.map((r) => [r.slug, r.otherReports.map((o) => o.slug)])).toEqual([
      ['first', ['second']],
      ['second', ['first']],
    ]);
    // Without the team file the two names are two teams, so two matches.
    expect(readRecaps(files).every((r) => r.otherReports.length === 0)).toBe(true);
  });

  it('leaves teams without a file as written, with derived short names and slugs', () => {
    const [recap] = readRecaps([recapFile('c', { match: { ...SEED, home: 'FC Dallas', away: 'Inter Miami' } })], {
      teams: checkTeams([MIAMI]).lookup,
    });
    expect(recap?.match.home).toMatchObject({ name: 'FC Dallas', slug: 'fc-dallas', short: 'DAL' });
    expect(recap?.match.away).toMatchObject({ name: 'Inter Miami CF', slug: 'inter-miami-cf', short: 'MIA' });
  });
});
