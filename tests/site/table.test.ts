import { describe, expect, it } from 'vitest';
import { checkCompetitions } from '../../src/site/competitions.ts';
import { matchRecords } from '../../src/site/match-records.ts';
import { leagueTable, type LeagueTable, type TableRules } from '../../src/site/table.ts';
import { readRecaps, recapFile, type MatchFields } from './recap-text.ts';

const game = (slug: string, match: MatchFields, date = '2024-03-10') =>
  recapFile(slug, { date, match: { competition: 'Test League', season: '2024', ...match } });

/** One line per row: place, team, P W D L GF-GA GD Pts (deducted), form. */
function rows(table: LeagueTable): string[] {
  return table.rows.map(
    (r) =>
      `${r.position} ${r.team.name}: ${r.played} ${r.won} ${r.drawn} ${r.lost} ${r.goalsFor}-${r.goalsAgainst} ${r.goalDifference >= 0 ? '+' : ''}${r.goalDifference} ${r.points}${r.deducted ? ` (-${r.deducted})` : ''} ${r.form.join('')}`,
  );
}

const rules = (yaml: string): TableRules => {
  const { competitions, diagnostics } = checkCompetitions([
    { path: 'content/competitions/test-league.yml', content: `name: Test League\nformat: league\n${yaml}` },
  ]);
  expect(diagnostics).toEqual([]);
  return competitions[0] as TableRules;
};

const recaps = readRecaps([
  game('r1-ash-bel', { round: 'Round 1', kickoff: '2024-03-02', home: 'Ashford', away: 'Belmont', score: '2-0' }),
  // A shootout after a draw: a league counts the draw, not the shootout.
  game('r1-cor-dun', { round: 'Round 1', kickoff: '2024-03-02', home: 'Corbie', away: 'Dunmore', score: '1-1', penalties: '4-3' }),
  // One match, two reports: counted once.
  game('r2-ash-cor', { round: 'Round 2', kickoff: '2024-03-09', home: 'Ashford', away: 'Corbie', score: '1-1' }),
  game('r2-ash-cor-local-paper', { round: 'Round 2', kickoff: '2024-03-09', home: 'Ashford', away: 'Corbie', score: '1-1' }, '2024-03-11'),
  // One match filed under two seasons by its reports: the season most reports give wins, and it counts once.
  game('r2-bel-dun', { round: 'Round 2', kickoff: '2024-03-09', home: 'Belmont', away: 'Dunmore', score: '3-1' }),
  game('r2-bel-dun-fanzine', {
    round: 'Round 2',
    season: '2023-24',
    kickoff: '2024-03-09',
    home: 'Belmont',
    away: 'Dunmore',
    score: '3-1',
  }),
  game('r2-bel-dun-radio', { round: 'Round 2', kickoff: '2024-03-09', home: 'Belmont', away: 'Dunmore', score: '3-1' }, '2024-03-12'),
  recapFile('draft', {
    draft: true,
    match: { competition: 'Test League', season: '2024', home: 'Ashford', away: 'Dunmore', score: '9-0' },
  }),
]);

describe('match records', () => {
  it('counts each match once, with every report, and files a match under the season most reports give', () => {
    const records = matchRecords(recaps);
    expect(
      records.map((r) => [r.match.kickoffDate, r.match.home.name, r.match.away.name, r.season, r.round, r.reports.map((x) => x.slug)]),
    ).toEqual([
      ['2024-03-02', 'Ashford', 'Belmont', '2024', 'Round 1', ['r1-ash-bel']],
      ['2024-03-02', 'Corbie', 'Dunmore', '2024', 'Round 1', ['r1-cor-dun']],
      ['2024-03-09', 'Ashford', 'Corbie', '2024', 'Round 2', ['r2-ash-cor-local-paper', 'r2-ash-cor']],
      ['2024-03-09', 'Belmont', 'Dunmore', '2024', 'Round 2', ['r2-bel-dun-radio', 'r2-bel-dun', 'r2-bel-dun-fanzine']],
    ]);
  });
});

describe('league table', () => {
  const records = matchRecords(recaps);

  it('counts W D L, goals, points 3-1-0 and form; a shootout is a draw; several reports count once', () => {
    const table = leagueTable(records, undefined, '2024');
    expect(rows(table)).toEqual([
      '1 Ashford: 2 1 1 0 3-1 +2 4 WD',
      '2 Belmont: 2 1 0 1 3-3 +0 3 LW',
      '3 Corbie: 2 0 2 0 2-2 +0 2 DD',
      '4 Dunmore: 2 0 1 1 2-4 -2 1 DL',
    ]);
    expect([table.matches, table.reports]).toEqual([4, 7]);
  });

  it('applies the tie-breakers in the order the file gives, then the name', () => {
    // Two points for a win: Belmont and Corbie level on 2 points, both +0; goals scored puts Belmont first.
    expect(rows(leagueTable(records, rules('points: { win: 2 }\n'), '2024')).slice(1, 3)).toEqual([
      '2 Belmont: 2 1 0 1 3-3 +0 2 LW',
      '3 Corbie: 2 0 2 0 2-2 +0 2 DD',
    ]);
    // Goals conceded first, then wins: Corbie (2 against) above Belmont (3 against), even on fewer points.
    expect(rows(leagueTable(records, rules('tieBreakers: [goalsConceded, wins]\n'), '2024'))).toEqual([
      '1 Ashford: 2 1 1 0 3-1 +2 4 WD',
      '2 Corbie: 2 0 2 0 2-2 +0 2 DD',
      '3 Belmont: 2 1 0 1 3-3 +0 3 LW',
      '4 Dunmore: 2 0 1 1 2-4 -2 1 DL',
    ]);
    // Level on everything the file lists: the name decides.
    expect(rows(leagueTable(records, rules('tieBreakers: [goalDifference]\n'), '2024')).slice(1, 3)).toEqual([
      '2 Belmont: 2 1 0 1 3-3 +0 3 LW',
      '3 Corbie: 2 0 2 0 2-2 +0 2 DD',
    ]);
  });

  it('takes deductions off the points of their season only, and lists them', () => {
    const withDeduction = rules(
      'deductions:\n  - { team: belmont, season: "2024", points: 2, reason: Fielded an ineligible player }\n  - { team: Ashford, season: 2023, points: 5, reason: Late registration }\n',
    );
    const table = leagueTable(records, withDeduction, '2024');
    expect(rows(table)).toEqual([
      '1 Ashford: 2 1 1 0 3-1 +2 4 WD',
      '2 Corbie: 2 0 2 0 2-2 +0 2 DD',
      '3 Belmont: 2 1 0 1 3-3 +0 1 (-2) LW',
      '4 Dunmore: 2 0 1 1 2-4 -2 1 DL',
    ]);
    expect(table.deductions.map((d) => [d.teamName, d.points, d.reason])).toEqual([['belmont', 2, 'Fielded an ineligible player']]);
  });

  it('keeps the last five results as form, oldest first', () => {
    const many = readRecaps(
      ['2-0', '0-1', '1-1', '3-0', '0-2', '2-2'].map((score, i) =>
        game(`m${i}`, { kickoff: `2024-04-0${i + 1}`, home: 'Ashford', away: 'Belmont', score }),
      ),
    );
    const [ashford] = leagueTable(matchRecords(many), undefined, '2024').rows;
    expect([ashford?.played, ashford?.form.join('')]).toEqual([6, 'LDWLD']);
  });
});
