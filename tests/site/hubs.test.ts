import { describe, expect, it } from 'vitest';
import { commonName, competitionHubs, recapTags, tagHubs, teamHubs, teamRecord, teamResults } from '../../src/site/hubs.ts';
import { competitionLabel, recordText, teamScoreText } from '../../src/site/labels.ts';
import { readRecaps, recapFile } from './recap-text.ts';

const recaps = readRecaps([
  recapFile('home-win', { date: '2024-03-03', match: { home: 'Reds', away: 'Blues', score: '2-1', kickoff: '2024-03-02' } }),
  recapFile('shootout', {
    date: '2024-04-02',
    match: { home: 'Reds', away: 'Greens', score: '4-4', penalties: '3-5', extraTime: true, kickoff: '2024-04-01' },
  }),
  recapFile('shootout-again', {
    date: '2024-04-03',
    title: 'Second report',
    match: { home: 'Reds', away: 'Greens', score: '4-4', penalties: '3-5', extraTime: true, kickoff: '2024-04-01' },
  }),
  recapFile('away-draw', { date: '2024-05-02', match: { home: 'Greens', away: 'Reds', score: '0-0', kickoff: '2024-05-01' } }),
]);

describe('team results', () => {
  it('gives each match once from the team’s side, latest first, with W/D/L and scores for-against', () => {
    const results = teamResults('reds', recaps);
    expect(
      results.map((r) => [r.match.kickoffDate, r.side, r.opponent.name, r.result, teamScoreText(r), r.reports.map((x) => x.slug)]),
    ).toEqual([
      ['2024-05-01', 'away', 'Greens', 'D', '0-0', ['away-draw']],
      ['2024-04-01', 'home', 'Greens', 'L', '4-4 (3-5 pens)', ['shootout-again', 'shootout']],
      ['2024-03-02', 'home', 'Blues', 'W', '2-1', ['home-win']],
    ]);
    expect(teamResults('greens', recaps).map((r) => [r.result, teamScoreText(r)])).toEqual([
      ['D', '0-0'],
      ['W', '4-4 (5-3 pens)'],
    ]);
    expect(teamResults('blues', recaps).map((r) => [r.side, r.result, teamScoreText(r)])).toEqual([['away', 'L', '1-2']]);
  });

  it('counts a match reported twice once in the record', () => {
    const record = teamRecord(teamResults('reds', recaps));
    expect(record).toEqual({ played: 3, won: 1, drawn: 1, lost: 1, goalsFor: 6, goalsAgainst: 5 });
    expect(recordText(record)).toBe('3 played: 1 won, 1 drawn, 1 lost');
  });

  it('shows extra time without a shootout as aet', () => {
    expect(teamScoreText({ score: { for: 2, against: 1 }, extraTime: true })).toBe('2-1 (aet)');
  });
});

describe('team hubs', () => {
  it('makes one hub per team, by name, each with every recap involving it, newest first', () => {
    const hubs = teamHubs(recaps);
    expect(hubs.map((h) => [h.slug, h.team.name, h.recaps.map((r) => r.slug), h.record.played])).toEqual([
      ['blues', 'Blues', ['home-win'], 1],
      ['greens', 'Greens', ['away-draw', 'shootout-again', 'shootout'], 2],
      ['reds', 'Reds', ['away-draw', 'shootout-again', 'shootout', 'home-win'], 3],
    ]);
  });
});

describe('competition hubs', () => {
  const cups = readRecaps([
    recapFile('final-23', { match: { competition: 'Cup', season: '2023', round: 'Final', kickoff: '2023-05-20', home: 'A', away: 'B' } }),
    recapFile('semi-23', {
      match: { competition: 'Cup', season: '2023', round: 'Semi-final', kickoff: '2023-04-20', home: 'A', away: 'C' },
    }),
    recapFile('semi-23-b', {
      match: { competition: 'cup', season: '2023', round: 'Semi-final', kickoff: '2023-04-21', home: 'B', away: 'D' },
    }),
    recapFile('r1-24', { match: { competition: 'Cup', season: '2024', round: 'Round 1', kickoff: '2024-01-10', home: 'A', away: 'D' } }),
    recapFile('no-season', { match: { competition: 'Cup', kickoff: '2022-07-01', home: 'C', away: 'D' } }),
    recapFile('league', { match: { competition: 'League', kickoff: '2022-01-01', home: 'C', away: 'D' } }),
  ]);

  it('groups by season and round, latest first, merging names that slugify alike', () => {
    const hubs = competitionHubs(cups);
    expect(hubs.map((h) => [h.slug, h.name, h.recaps.length])).toEqual([
      ['cup', 'Cup', 5],
      ['league', 'League', 1],
    ]);
    const [cup] = hubs;
    expect(cup?.seasons.map((s) => [s.season, s.rounds.map((r) => [r.round, r.recaps.map((x) => x.slug)])])).toEqual([
      ['2024', [['Round 1', ['r1-24']]]],
      [
        '2023',
        [
          ['Final', ['final-23']],
          ['Semi-final', ['semi-23-b', 'semi-23']],
        ],
      ],
      [undefined, [[undefined, ['no-season']]]],
    ]);
    expect(competitionLabel(cups.find((r) => r.slug === 'final-23')?.match ?? cups[0]!.match)).toBe('Cup 2023 · Final');
  });
});

describe('tag hubs', () => {
  const tagged = readRecaps([
    recapFile('one', { date: '2024-01-02', tags: ['Okon', 'comebacks', 'okon'] }),
    recapFile('two', { date: '2024-01-03', tags: ['okon', 'Harbour Cup'] }),
    recapFile('three', { date: '2024-01-04', tags: ['okon'] }),
  ]);

  it('makes one hub per tag slug, named as most recaps write it, alphabetically', () => {
    expect(tagHubs(tagged).map((h) => [h.slug, h.name, h.recaps.map((r) => r.slug)])).toEqual([
      ['comebacks', 'comebacks', ['one']],
      ['harbour-cup', 'Harbour Cup', ['two']],
      ['okon', 'okon', ['three', 'two', 'one']],
    ]);
  });

  it('lists a recap’s tags once each, as written', () => {
    expect(recapTags(tagged.find((r) => r.slug === 'one')!)).toEqual([
      { slug: 'okon', name: 'Okon' },
      { slug: 'comebacks', name: 'comebacks' },
    ]);
  });

  it('picks the commonest spelling, the first seen on a tie', () => {
    expect(commonName(['b', 'a', 'a'])).toBe('a');
    expect(commonName(['b', 'a'])).toBe('b');
  });
});
