import { describe, expect, it } from 'vitest';
import { checkPlayers } from '../../src/site/players.ts';
import { matchRecords } from '../../src/site/match-records.ts';
import { playerIndex, type PlayerTotals } from '../../src/site/player-stats.ts';
import { buildStatsIndex } from '../../src/site/stats-index.ts';
import { readRecaps } from './recap-text.ts';

/** A recap with line-ups, extra time, a sending-off, a booked unused substitute and a player of the match. */
const EXTRA_TIME = `---
title: Ben Sub wins it in extra time
date: 2024-03-03
match:
  competition: Test League
  season: "2024"
  round: Round 1
  kickoff: 2024-03-02
  home: { name: Ashford }
  away: { name: Belmont }
  score: 2-1
  extraTime: true
  playerOfTheMatch: Ben Sub
  lineups:
    home:
      formation: 1-1-1
      starting: [{ name: Pat Keeper }, { name: Sam Back }, { name: Jo Middle }, { name: Al Striker }]
      bench: [{ name: Ben Sub }, { name: Unused Sub }]
    away:
      formation: 1-1-1
      starting: [{ name: Tom Gloves }, { name: Rex Wall }, { name: Ned Pass }, { name: Vic Forward }]
      bench: [{ name: Kit Late }]
events:
  - { minute: 30, type: goal, team: home, player: Al Striker, assist: Jo Middle }
  - { minute: 55, type: sub, team: home, in: Ben Sub, out: Jo Middle }
  - { minute: 70, type: red, team: away, player: Rex Wall }
  - { minute: 80, type: goal, team: away, player: Vic Forward, how: penalty }
  - { minute: "90+2", type: yellow, team: home, player: Unused Sub }
  - { minute: 105, type: goal, team: home, player: Ben Sub, assist: "al  striker" }
  - { minute: 110, type: sub, team: away, in: Kit Late, out: Ned Pass }
---
Ben Sub came on and won it.
`;

/** No line-ups: whoever the events name played; an alias of Al Striker. */
const NO_LINEUPS = `---
title: Ashford win at Belmont
date: 2024-03-10
match:
  competition: Test League
  season: "2024"
  round: Round 2
  kickoff: 2024-03-09
  home: { name: Belmont }
  away: { name: Ashford }
  score: 1-2
events:
  - { minute: 12, type: goal, team: away, player: A. Striker }
  - { minute: 40, type: goal, team: home, player: Vic Forward }
  - { minute: 60, type: yellow, team: home, player: Rex Wall }
  - { minute: 75, type: own-goal, team: home, player: Rex Wall, note: a test of own goals }
---
Ashford win.
`;

/** Another Vic Forward, at Corbie; a shootout. */
const CORBIE = `---
title: Corbie through on penalties
date: 2024-03-17
match:
  competition: Test Cup
  kickoff: 2024-03-16
  home: { name: Corbie }
  away: { name: Dunmore }
  score: 1-1
events:
  - { minute: 20, type: goal, team: home, player: Vic Forward }
  - { minute: 50, type: goal, team: away, player: Dan Taker }
shootout:
  - { team: home, player: Vic Forward, result: scored }
  - { team: away, player: Dan Taker, result: saved }
  - { team: home, result: scored }
  - { team: away, result: missed }
  - { team: home, result: scored }
  - { team: away, result: missed }
---
Corbie win the shootout.
`;

const files = (...texts: string[]) => texts.map((content, i) => ({ path: `content/recaps/r${i}.md`, content }));

const PLAYER_FILES = [
  { path: 'content/players/al-striker.yml', content: 'name: Al Striker\naliases: [A. Striker]\n' },
  { path: 'content/players/vic-forward.yml', content: 'name: Vic Forward\nteams: [Belmont]\n' },
  { path: 'content/players/vic-forward-corbie.yml', content: 'name: Vic Forward\nteams: [Corbie]\n' },
];

/** apps/starts/minutes (with line-ups), goals (pens), assists, own goals, pens missed, Y/R, shootout, POTM. */
function line(t: PlayerTotals): string {
  return [
    `${t.apps} apps`,
    t.lineupApps ? `${t.starts} starts ${t.minutes}'` : '',
    t.goals ? `${t.goals}g${t.penaltyGoals ? ` (${t.penaltyGoals}p)` : ''}` : '',
    t.assists ? `${t.assists}a` : '',
    t.ownGoals ? `${t.ownGoals}og` : '',
    t.penaltiesMissed ? `${t.penaltiesMissed}pm` : '',
    t.yellow ? `${t.yellow}Y` : '',
    t.red ? `${t.red}R` : '',
    t.kicksScored + t.kicksMissed ? `SO ${t.kicksScored}/${t.kicksScored + t.kicksMissed}` : '',
    t.playerOfTheMatch ? `POTM ${t.playerOfTheMatch}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

describe('player aggregation', () => {
  const recaps = readRecaps(files(EXTRA_TIME, NO_LINEUPS, CORBIE));
  const directory = checkPlayers(PLAYER_FILES);

  it('reads player files without problems', () => {
    expect(directory.diagnostics).toEqual([]);
  });

  it('counts minutes with extra time, substitutions and a red card; a booked unused substitute has no appearance', () => {
    const index = playerIndex(matchRecords(recaps), directory);
    const [extraTime] = matchRecords(recaps);
    const lines = index.linesByMatch.get(extraTime?.key ?? '') ?? [];
    expect(lines.map((l) => `${l.side} ${l.written}: ${line(l)}`)).toEqual([
      "home Pat Keeper: 1 apps 1 starts 120'",
      "home Sam Back: 1 apps 1 starts 120'",
      "home Jo Middle: 1 apps 1 starts 55' 1a",
      "home Al Striker: 1 apps 1 starts 120' 1g 1a",
      "home Ben Sub: 1 apps 0 starts 65' 1g POTM 1",
      "away Tom Gloves: 1 apps 1 starts 120'",
      "away Rex Wall: 1 apps 1 starts 70' 1R",
      "away Ned Pass: 1 apps 1 starts 110'",
      "away Vic Forward: 1 apps 1 starts 120' 1g (1p)",
      "away Kit Late: 1 apps 0 starts 10'",
      'home Unused Sub: 0 apps 1Y',
    ]);
  });

  it('merges aliases, keeps two players of one name apart by team, and totals each player over every match', () => {
    const index = playerIndex(matchRecords(recaps), directory);
    expect(index.players.map((p) => `${p.slug} (${p.name}, ${p.teams.map((t) => t.name).join('/')}): ${line(p.totals)}`)).toEqual([
      "al-striker (Al Striker, Ashford): 2 apps 1 starts 120' 2g 1a",
      "ben-sub (Ben Sub, Ashford): 1 apps 0 starts 65' 1g POTM 1",
      'dan-taker (Dan Taker, Dunmore): 1 apps 1g SO 0/1',
      "jo-middle (Jo Middle, Ashford): 1 apps 1 starts 55' 1a",
      "kit-late (Kit Late, Belmont): 1 apps 0 starts 10'",
      "ned-pass (Ned Pass, Belmont): 1 apps 1 starts 110'",
      "pat-keeper (Pat Keeper, Ashford): 1 apps 1 starts 120'",
      "rex-wall (Rex Wall, Belmont): 2 apps 1 starts 70' 1og 1Y 1R",
      "sam-back (Sam Back, Ashford): 1 apps 1 starts 120'",
      "tom-gloves (Tom Gloves, Belmont): 1 apps 1 starts 120'",
      'unused-sub (Unused Sub, Ashford): 0 apps 1Y',
      "vic-forward (Vic Forward, Belmont): 2 apps 1 starts 120' 2g (1p)",
      'vic-forward-corbie (Vic Forward, Corbie): 1 apps 1g SO 1/1',
    ]);
    const al = index.players.find((p) => p.slug === 'al-striker');
    expect(
      al?.matches.map((m) => `${m.record.match.kickoffDate} ${m.line.written} for ${m.team.name} v ${m.opponent.name}: ${m.result}`),
    ).toEqual(['2024-03-09 A. Striker for Ashford v Belmont: W', '2024-03-02 Al Striker for Ashford v Belmont: W']);
    expect(al?.seasons.map((s) => `${s.competition} ${s.season ?? ''}: ${line(s.totals)}`)).toEqual([
      "Test League 2024: 2 apps 1 starts 120' 2g 1a",
    ]);
  });

  it('without player files, one name is one player whatever the team, and spellings stay apart', () => {
    const index = playerIndex(matchRecords(recaps), checkPlayers([]));
    expect(index.players.filter((p) => /striker|forward/i.test(p.name)).map((p) => `${p.slug}: ${line(p.totals)}`)).toEqual([
      'a-striker: 1 apps 1g',
      "al-striker: 1 apps 1 starts 120' 1g 1a",
      "vic-forward: 3 apps 1 starts 120' 3g (1p) SO 1/1",
    ]);
  });

  it('ranks scorers and assists per competition and season, and lists squads', () => {
    const stats = buildStatsIndex({ recaps, players: directory });
    const season = stats.competitions.get('test-league')?.seasons[0];
    expect(season?.scorers.map((r) => `${r.position}. ${r.name} (${r.team.name}) ${r.count}`)).toEqual([
      '1. Al Striker (Ashford) 2',
      '1. Vic Forward (Belmont) 2',
      '3. Ben Sub (Ashford) 1',
    ]);
    expect(season?.assists.map((r) => `${r.position}. ${r.name} ${r.count}`)).toEqual(['1. Al Striker 1', '1. Jo Middle 1']);
    expect(stats.squads.get('belmont')?.map((r) => `${r.name}: ${line(r.totals)}`)).toEqual([
      "Vic Forward: 2 apps 1 starts 120' 2g (1p)",
      "Rex Wall: 2 apps 1 starts 70' 1og 1Y 1R",
      "Kit Late: 1 apps 0 starts 10'",
      "Ned Pass: 1 apps 1 starts 110'",
      "Tom Gloves: 1 apps 1 starts 120'",
    ]);
  });

  it('links names in a match to the right page, and lists earlier meetings of the two teams', () => {
    const stats = buildStatsIndex({ recaps, players: directory });
    const [first, second, cup] = stats.records;
    expect([
      stats.playerSlug(first!.match, 'Vic Forward', 'away'),
      stats.playerSlug(cup!.match, 'Vic Forward'),
      stats.playerSlug(second!.match, 'a. striker'),
      stats.playerSlug(first!.match, 'Nobody'),
    ]).toEqual(['vic-forward', 'vic-forward-corbie', 'al-striker', undefined]);
    const h2h = stats.headToHead(second!.match);
    expect([h2h.meetings.map((m) => m.key), h2h.home, h2h.away, h2h.draws]).toEqual([[first!.key], 0, 1, 0]);
    expect(stats.headToHead(first!.match).meetings).toEqual([]);
  });

  it('builds round-ups with scorers, minutes and sendings-off', () => {
    const stats = buildStatsIndex({ recaps, players: directory });
    expect(
      stats.roundups.map((r) => ({
        path: `${r.competitionSlug}/${r.seasonSlug}/${r.roundSlug}`,
        date: r.date,
        matches: r.matches.map((m) => ({
          home: m.scorers.home.map((s) => `${s.slug ?? '-'} ${s.minutes.map((x) => x.minute + (x.kind ? ` ${x.kind}` : '')).join(', ')}`),
          away: m.scorers.away.map((s) => `${s.slug ?? '-'} ${s.minutes.map((x) => x.minute + (x.kind ? ` ${x.kind}` : '')).join(', ')}`),
          off: m.sendingsOff.map((s) => `${s.side} ${s.slug ?? '-'} ${s.minute}`),
        })),
      })),
    ).toEqual([
      {
        path: 'test-league/2024/round-2',
        date: '2024-03-09',
        matches: [{ home: ['vic-forward 40'], away: ['al-striker 12', 'rex-wall 75 own-goal'], off: [] }],
      },
      {
        path: 'test-league/2024/round-1',
        date: '2024-03-02',
        matches: [{ home: ['al-striker 30', 'ben-sub 105'], away: ['vic-forward 80 penalty'], off: ['away rex-wall 70'] }],
      },
    ]);
  });
});
