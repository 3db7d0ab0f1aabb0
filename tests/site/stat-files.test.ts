import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/recap/diagnostics.ts';
import { checkCompetitions } from '../../src/site/competitions.ts';
import { checkPlayers } from '../../src/site/players.ts';
import { checkTeams } from '../../src/site/teams.ts';
import { readRecaps, recapFile } from './recap-text.ts';

const teams = checkTeams([{ path: 'content/teams/sierra-azul.yml', content: 'name: CD Sierra Azul\naliases: [Sierra Azul]\n' }]);
const competitions = (files: { path: string; content: string }[]) => checkCompetitions(files, { teams: teams.lookup });
const report = (diagnostics: Parameters<typeof formatReport>[0]) => formatReport(diagnostics);

describe('competition files', () => {
  it('fills in the defaults and resolves names, aliases and deduction teams', () => {
    const {
      competitions: [liga] = [],
      lookup,
      diagnostics,
    } = competitions([
      {
        path: 'content/competitions/liga-meridional.yml',
        content:
          'name: Liga Meridional\naliases: [La Meridional]\nformat: league\ndeductions:\n  - { team: Sierra Azul, season: 2024, points: 3, reason: Unpaid fine }\n',
      },
    ]);
    expect(diagnostics).toEqual([]);
    expect(liga).toMatchObject({
      slug: 'liga-meridional',
      format: 'league',
      points: { win: 3, draw: 1, loss: 0 },
      tieBreakers: ['points', 'goalDifference', 'goalsScored', 'name'],
      deductions: [{ team: 'sierra-azul', teamName: 'Sierra Azul', season: '2024', points: 3, reason: 'Unpaid fine' }],
    });
    expect(lookup('  la   meridional')?.name).toBe('Liga Meridional');
    expect(lookup('Liga Sur')).toBeUndefined();
  });

  it('reports bad values, unknown fields and incomplete deductions at their place', () => {
    const { diagnostics } = competitions([
      {
        path: 'content/competitions/liga.yml',
        content: [
          'name: Liga',
          'format: leage',
          'points: { win: 3, drew: 1 }',
          'tieBreakers: [points, goalDiff]',
          'deductions:',
          '  - { team: Sierra Azul, points: -3, reason: Unpaid fine }',
          '  - { team: Sierra Azul, season: "2024", points: 1, reason: A }',
          '',
        ].join('\n'),
      },
    ]);
    expect(report(diagnostics)).toMatchInlineSnapshot(`
      "content/competitions/liga.yml:2:9  format  error: found "leage", expected \`league\` or \`cup\`
       2 | format: leage
         |         ^^^^^
         = hint: write \`format: league\` for a table, \`format: cup\` for a cup (see "Players, tables and round-ups" in README.md)

      content/competitions/liga.yml:3:19  points.drew  error: found unknown field \`drew\` in a competition file, expected one of win, draw, loss
       3 | points: { win: 3, drew: 1 }
         |                   ^^^^
         = hint: did you mean \`draw\`?

      content/competitions/liga.yml:4:23  tieBreakers[1]  error: found "goalDiff", expected one of points, goalDifference, goalsScored, goalsConceded, wins, name
       4 | tieBreakers: [points, goalDiff]
         |                       ^^^^^^^^
         = hint: tie-breakers apply in the order listed; the default is points, goalDifference, goalsScored, name

      content/competitions/liga.yml:6:5  deductions[0]  error: \`season\` is missing, expected a season like "2024" or "2023-24"
       6 |   - { team: Sierra Azul, points: -3, reason: Unpaid fine }
         |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

      content/competitions/liga.yml:6:34  deductions[0].points  error: found -3, expected a whole number from 1
       6 |   - { team: Sierra Azul, points: -3, reason: Unpaid fine }
         |                                  ^^

      5 errors, 0 warnings"
    `);
  });

  it('reports a deduction given twice for one team and season, and a name two files claim', () => {
    const { diagnostics } = competitions([
      {
        path: 'content/competitions/liga.yml',
        content:
          'name: Liga\ndeductions:\n  - { team: Sierra Azul, season: "2024", points: 1, reason: A }\n  - { team: cd sierra azul, season: "2024", points: 2, reason: B }\n',
      },
      { path: 'content/competitions/liga-meridional.yml', content: 'name: Liga Meridional\n' },
      { path: 'content/competitions/meridional.yml', content: 'name: Meridional\naliases: [liga meridional]\n' },
    ]);
    expect(report(diagnostics)).toMatchInlineSnapshot(`
      "content/competitions/liga.yml:4:5  deductions[1]  error: found a second deduction for cd sierra azul in 2024 (the first is deductions[0]), expected one per team and season
       4 |   - { team: cd sierra azul, season: "2024", points: 2, reason: B }
         |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
         = hint: add the points up into one deduction and give both reasons

      content/competitions/meridional.yml:2:11  aliases[0]  error: found "liga meridional", which content/competitions/liga-meridional.yml already uses for Liga Meridional; expected each name and alias to belong to one competition
       2 | aliases: [liga meridional]
         |           ^^^^^^^^^^^^^^^
         = hint: remove it from one of the two files

      2 errors, 0 warnings"
    `);
  });
});

describe('deductions against the recaps', () => {
  it('warns about a deduction whose team plays no match of that competition and season', () => {
    const { competitions: files, deductionWarnings } = competitions([
      {
        path: 'content/competitions/test-league.yml',
        content: [
          'name: Test League',
          'format: league',
          'deductions:',
          '  - { team: Ashford, season: "2024", points: 1, reason: A }',
          '  - { team: Ashfrod, season: "2024", points: 1, reason: B }',
          '  - { team: Belmont, season: "2023", points: 1, reason: C }',
          '',
        ].join('\n'),
      },
    ]);
    expect(files).toHaveLength(1);
    const recaps = readRecaps(
      [
        recapFile('a', { match: { competition: 'Test League', season: '2024', home: 'Ashford', away: 'Belmont' } }),
        recapFile('b', { draft: true, match: { competition: 'Test League', season: '2023', home: 'Belmont', away: 'Corbie' } }),
      ],
      { includeDrafts: true },
    );
    expect(report(deductionWarnings(recaps))).toMatchInlineSnapshot(`
      "content/competitions/test-league.yml:5:13  deductions[1].team  warning: found "Ashfrod", which plays no match of Test League in 2024 in the recaps; expected a team of that season
       5 |   - { team: Ashfrod, season: "2024", points: 1, reason: B }
         |             ^^^^^^^
         = hint: check the team name and the season against the recaps (names and aliases from content/teams/ count)

      content/competitions/test-league.yml:6:13  deductions[2].team  warning: found "Belmont", which plays no match of Test League in 2023 in the recaps; expected a team of that season
       6 |   - { team: Belmont, season: "2023", points: 1, reason: C }
         |             ^^^^^^^
         = hint: check the team name and the season against the recaps (names and aliases from content/teams/ count)

      0 errors, 2 warnings"
    `);
  });
});

describe('player files', () => {
  it('reports a name two files claim for the same team, unknown fields, and a missing name', () => {
    const { diagnostics, players } = checkPlayers(
      [
        { path: 'content/players/vic-forward.yml', content: 'name: Vic Forward\nteams: [Sierra Azul]\n' },
        { path: 'content/players/victor-forward.yml', content: 'name: Victor Forward\naliases: [vic forward]\nteams: [CD Sierra Azul]\n' },
        { path: 'content/players/vic-forward-2.yml', content: 'name: Vic Forward\nteams: [Puerto Viejo]\n' },
        { path: 'content/players/x.yml', content: 'nmae: X\nalias: [Y]\n' },
      ],
      { teams: teams.lookup },
    );
    expect(players.map((p) => [p.slug, p.teams])).toEqual([
      ['vic-forward', ['sierra-azul']],
      ['vic-forward-2', ['puerto-viejo']],
    ]);
    expect(report(diagnostics)).toMatchInlineSnapshot(`
      "content/players/victor-forward.yml:2:11  aliases[0]  error: found "vic forward", which content/players/vic-forward.yml already uses for Vic Forward; expected each name and alias to belong to one player
       2 | aliases: [vic forward]
         |           ^^^^^^^^^^^
         = hint: remove it from one of the two files, or give each file the \`teams\` the player played for

      content/players/x.yml:1:1  (file)  error: \`name\` is missing, expected the player's name as pages show it
       1 | nmae: X
         | ^^^^^^^
         = hint: add it: \`name: Tomás Iriarte\`

      content/players/x.yml:1:1  nmae  error: found unknown field \`nmae\` in a player file, expected one of name, aliases, teams
       1 | nmae: X
         | ^^^^
         = hint: did you mean \`name\`?

      content/players/x.yml:2:1  alias  error: found unknown field \`alias\` in a player file, expected one of name, aliases, teams
       2 | alias: [Y]
         | ^^^^^
         = hint: did you mean \`aliases\`?

      4 errors, 0 warnings"
    `);
  });
});
