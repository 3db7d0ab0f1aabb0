/**
 * Two-legged ties on import: a shootout after a score that is not drawn is written as a second leg, and its
 * aggregate only when the first leg is known (in the same data file, or as a recap in content/recaps). Every team,
 * player and match here is invented.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, type ImportReport } from '../../src/import/run.ts';
import { aggregateAfter, findFirstLeg, type LegCandidate } from '../../src/import/ties.ts';
import { readRecap } from '../../src/recap/read.ts';
import { contentFolder } from '../authoring/helpers.ts';

const ASHGROVE = { id: 901, name: 'Ashgrove Athletic' };
const AUBIN = { id: 902, name: 'Saint-Aubin Olympique' };
type Team = typeof ASHGROVE;

const none = { id: null, name: null };
const goal = (
  elapsed: number,
  team: Team,
  player: string,
  comments: string | null = null,
  detail = 'Normal Goal',
  extra: number | null = null,
) => ({
  time: { elapsed, extra },
  team,
  player: { id: null, name: player },
  assist: none,
  type: 'Goal',
  detail,
  comments,
});

/** An API-Football fixture of the invented Valmont Cup semi-final. */
function fixture(id: number, date: string, home: Team, away: Team, goals: [number, number], events: object[], penalty?: [number, number]) {
  return {
    fixture: {
      id,
      referee: null,
      date,
      venue: { name: 'Harrow Lane', city: 'Ashgrove' },
      status: { short: penalty ? 'PEN' : 'FT', long: null },
    },
    league: { name: 'Valmont Cup', season: 2024, round: 'Semi-finals' },
    teams: { home, away },
    goals: { home: goals[0], away: goals[1] },
    score: {
      halftime: null,
      fulltime: penalty ? { home: goals[0] - 1, away: goals[1] } : { home: goals[0], away: goals[1] },
      extratime: penalty ? { home: 1, away: 0 } : null,
      penalty: penalty ? { home: penalty[0], away: penalty[1] } : null,
    },
    events,
  };
}

/** The second leg: Ashgrove 1-0 Saint-Aubin after extra time (Okafor, 104'), then 4-3 to Saint-Aubin on penalties. */
const KICKS: [Team, string, 'Penalty' | 'Missed Penalty'][] = [
  [ASHGROVE, 'Jamie Okafor', 'Penalty'],
  [AUBIN, 'Théo Mercier', 'Penalty'],
  [ASHGROVE, 'Callum Reid', 'Missed Penalty'],
  [AUBIN, 'Rémi Castaño', 'Penalty'],
  [ASHGROVE, 'Liam Doyle', 'Penalty'],
  [AUBIN, 'Hugo Lenoir', 'Penalty'],
  [ASHGROVE, 'Sam Whitlock', 'Penalty'],
  [AUBIN, 'Bastien Roux', 'Missed Penalty'],
  [ASHGROVE, 'Kit Varga', 'Missed Penalty'],
  [AUBIN, 'Yanis Fabre', 'Penalty'],
];
const secondLeg = fixture(
  5002,
  '2024-04-17T18:45:00+00:00',
  ASHGROVE,
  AUBIN,
  [1, 0],
  // The kicks arrive out of order, each with its counter in `extra`, as API-Football sends them.
  [
    goal(104, ASHGROVE, 'Jamie Okafor'),
    ...KICKS.map(([team, player, detail], i) => ({ i, e: goal(120, team, player, 'Penalty Shootout', detail, i + 1) }))
      .sort((a, b) => (a.i % 3) - (b.i % 3) || b.i - a.i)
      .map(({ e }) => e),
  ],
  [3, 4],
);
/** Its first leg: Saint-Aubin 2-1 Ashgrove. */
const firstLeg = fixture(
  5001,
  '2024-04-10T18:45:00+00:00',
  AUBIN,
  ASHGROVE,
  [2, 1],
  [goal(12, AUBIN, 'Théo Mercier'), goal(55, ASHGROVE, 'Jamie Okafor'), goal(80, AUBIN, 'Hugo Lenoir')],
);

/** The first leg as a recap already in the folder; the team file's alias is how the data names Ashgrove. */
function firstLegRecap(score: string): string {
  return [
    '---',
    'title: Lenoir gives Saint-Aubin the edge',
    'date: 2024-04-11',
    'match:',
    '  competition: Valmont Cup',
    '  season: "2024"',
    '  round: Semi-finals',
    '  kickoff: 2024-04-10T20:45:00+02:00',
    '  home: { name: Saint-Aubin Olympique }',
    '  away: { name: Ashgrove Athletic }',
    `  score: ${score}`,
    '---',
    'Saint-Aubin take a lead to Harrow Lane.',
    '',
  ].join('\n');
}

const TEAMS = { 'teams/ashgrove-athletic.yml': 'name: Ashgrove Athletic\naliases: [Ashgrove Ath.]\n' };

async function importInto(files: Record<string, string>, fixtures: object[] | object): Promise<{ dir: string; report: ImportReport }> {
  const data = Array.isArray(fixtures) ? { get: 'fixtures', response: fixtures } : fixtures;
  const dir = await contentFolder({ ...TEAMS, ...files, 'data/fixtures.json': JSON.stringify(data) });
  const result = await importFile(path.join(dir, 'data/fixtures.json'), { draft: true, contentDir: dir, displayRoot: dir });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return { dir, report: result.report };
}

async function readBack(dir: string, slug: string) {
  const file = path.join(dir, 'recaps', `${slug}.md`);
  const text = await readFile(file, 'utf8');
  const read = readRecap(file, slug, text);
  if (!read.ok) throw new Error(read.diagnostics.map((d) => d.message).join('\n'));
  return { text, match: read.recap.match };
}

const SECOND = '2024-04-17-ashgrove-athletic-saint-aubin-olympique';

describe('import: two-legged ties', () => {
  it('computes the aggregate from the first leg already in content/recaps (teams matched through content/teams/)', async () => {
    const data = { ...secondLeg, teams: { home: { ...ASHGROVE, name: 'Ashgrove Ath.' }, away: AUBIN } };
    const { dir, report } = await importInto({ 'recaps/first-leg.md': firstLegRecap('2-1') }, [data]);
    expect(report.written.map((w) => w.file)).toEqual([`recaps/${SECOND}.md`]);
    const { text, match } = await readBack(dir, SECOND);
    expect(text).toContain('  penalties: 3-4\n  leg: 2\n  aggregate: 2-2\n');
    expect([match.leg, match.aggregate, match.score, match.penalties, match.winner]).toEqual([
      2,
      { home: 2, away: 2 },
      { home: 1, away: 0 },
      { home: 3, away: 4 },
      'away',
    ]);
    // The kicks in the order taken (the counter), not the order they came in.
    expect(match.shootout?.kicks.map((k) => `${k.player} ${k.result}`)).toEqual(
      KICKS.map(([, player, detail]) => `${player} ${detail === 'Penalty' ? 'scored' : 'missed'}`),
    );
    expect(text).toContain('(after extra time, 3-4 on penalties, second leg, 2-2 on aggregate)');
    expect(report.notCarried.map((n) => n.field)).not.toContain('the aggregate score');
    expect(report.warnings).toEqual([]);
  });

  it('computes it from the first leg in the same data file, and writes that one as the first leg', async () => {
    const { dir, report } = await importInto({}, [secondLeg, firstLeg]);
    expect(report.written).toHaveLength(2);
    expect((await readBack(dir, SECOND)).match.aggregate).toEqual({ home: 2, away: 2 });
    const first = await readBack(dir, '2024-04-10-saint-aubin-olympique-ashgrove-athletic');
    expect([first.match.leg, first.match.aggregate]).toEqual([1, undefined]);
    expect(first.text).toContain('(first leg)');
  });

  it('does the same for an openfootball file: a shootout total after a leg won on the night, and its first leg', async () => {
    const { dir, report } = await importInto(
      {},
      {
        name: 'Valmont Cup 2024',
        matches: [
          { round: 'Semi-finals', date: '2024-04-10', team1: AUBIN.name, team2: ASHGROVE.name, score: { ht: [1, 0], ft: [2, 1] } },
          {
            round: 'Semi-finals',
            date: '2024-04-17',
            team1: ASHGROVE.name,
            team2: AUBIN.name,
            score: { ht: [0, 0], ft: [0, 0], et: [1, 0], p: [3, 4] },
          },
        ],
      },
    );
    expect(report.format).toBe('openfootball');
    const { match } = await readBack(dir, SECOND);
    expect([match.leg, match.aggregate, match.penalties, match.winner, match.extraTime]).toEqual([
      2,
      { home: 2, away: 2 },
      { home: 3, away: 4 },
      'away',
      true,
    ]);
    expect((await readBack(dir, '2024-04-10-saint-aubin-olympique-ashgrove-athletic')).match.leg).toBe(1);
  });

  it('writes no aggregate without the first leg, and lists it as not carried', async () => {
    // A reverse fixture in another competition is not the first leg.
    const otherCup = firstLegRecap('2-1').replace('competition: Valmont Cup', 'competition: Harrow Shield');
    const { dir, report } = await importInto({ 'recaps/first-leg.md': otherCup }, [secondLeg]);
    const { match } = await readBack(dir, SECOND);
    expect([match.leg, match.aggregate, match.penalties]).toEqual([2, undefined, { home: 3, away: 4 }]);
    expect(report.notCarried).toContainEqual(expect.objectContaining({ field: 'the aggregate score', matches: 1 }));
  });

  it('leaves the aggregate out, with a warning, when the first leg found would not leave the tie level', async () => {
    const { dir, report } = await importInto({ 'recaps/first-leg.md': firstLegRecap('3-1') }, [secondLeg]);
    expect((await readBack(dir, SECOND)).match.aggregate).toBeUndefined();
    expect(report.warnings.map((w) => w.message)).toEqual([
      'Saint-Aubin Olympique v Ashgrove Athletic on 2024-04-10 (recaps/first-leg.md) looks like the first leg, but with it the aggregate would be 2-3, not level as a shootout needs; the aggregate was left out',
    ]);
  });
});

describe('findFirstLeg', () => {
  const leg = (date: string, home: string, away: string, extra: Partial<LegCandidate> = {}): LegCandidate => ({
    competition: 'Valmont Cup',
    season: '2024',
    date,
    home,
    away,
    score: { home: 1, away: 0 },
    where: `${date} ${home}`,
    ...extra,
  });
  const second = leg('2024-04-17', 'Ashgrove Athletic', 'Saint-Aubin Olympique');

  it('takes the latest earlier reverse fixture of the same competition and season', () => {
    const candidates = [
      leg('2024-04-10', 'Saint-Aubin Olympique', 'Ashgrove Athletic'),
      leg('2024-02-01', 'saint-aubin olympique', 'ashgrove athletic'),
      leg('2024-04-12', 'Saint-Aubin Olympique', 'Ashgrove Athletic', { competition: 'Harrow Shield' }),
      leg('2024-04-13', 'Saint-Aubin Olympique', 'Ashgrove Athletic', { season: '2023' }),
      leg('2024-04-14', 'Ashgrove Athletic', 'Saint-Aubin Olympique'),
      leg('2024-04-24', 'Saint-Aubin Olympique', 'Ashgrove Athletic'),
      leg('2024-04-15', 'Saint-Aubin Olympique', 'Ashgrove Athletic', { leg: 2 }),
    ];
    expect(findFirstLeg(second, candidates)?.where).toBe('2024-04-10 Saint-Aubin Olympique');
    expect(findFirstLeg(second, candidates.slice(2))).toBeUndefined();
  });

  it('adds the legs with this match’s home team first', () => {
    expect(aggregateAfter({ home: 1, away: 0 }, { home: 2, away: 1 })).toEqual({ home: 2, away: 2 });
    expect(aggregateAfter({ home: 3, away: 1 }, { home: 0, away: 0 })).toEqual({ home: 3, away: 1 });
  });
});
