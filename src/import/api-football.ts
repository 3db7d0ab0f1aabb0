/**
 * API-Football v3 `/fixtures` responses → imported matches.
 *
 * - `goals` is the score after extra time (without the shootout); `score.extratime` holds only the goals of
 *   extra time; `score.penalty` the shootout.
 * - Events: in a substitution `player` goes off and `assist` comes on; an own goal is listed under the team it
 *   counts for (the recap's `team` is the scorer's own side, found from the line-ups); shootout kicks are
 *   goal events at 120' whose `extra` is a kick counter, listed in no particular order: they are put back in
 *   the order taken.
 * - Names differ between events and line-ups ("Mario Hermoso" and "Hermoso"): players are matched by id and
 *   written as the line-up names them.
 * - Statistics: `null` means 0; `"47%"` and `"2.73"` are numbers.
 */
import { opponent, STAT_KEYS, type Score, type Side, type StatKey } from '../recap/model.ts';
import { readEvents, EVENT_FIELDS } from './api-football-events.ts';
import { readLineups } from './api-football-lineups.ts';
import { fixtureSchema, sideFinder, type Fixture, type FixtureProblem } from './api-football-schema.ts';
import { errorAt, type DataFile, type ImportError } from './data-file.ts';
import { kickoffInZone, type Zone } from './kickoff.ts';
import type { ImportedFile, ImportedMatch, NotCarried, PassedOver } from './model.ts';
import { unusedPaths, withUnused } from './not-carried.ts';
import { checkShape, describeJson } from './shape.ts';

/** Whether parsed JSON looks like API-Football: a response envelope, or one fixture. */
export function looksLikeApiFootball(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return (Array.isArray(v.response) && ('get' in v || 'parameters' in v)) || ('fixture' in v && 'teams' in v);
}

/** Options for reading API-Football data. */
export interface ApiFootballOptions {
  /** Show kick-offs in this zone; without it, as the data gives them (UTC by default). */
  readonly timezone?: Zone | undefined;
}

/** Finished matches; anything else (not started, postponed, abandoned, awarded) is passed over. */
const FINISHED = new Set(['FT', 'AET', 'PEN']);

/** API-Football statistic names for each recap statistic. */
const STAT_SOURCES: Record<StatKey, string> = {
  possession: 'Ball Possession',
  shots: 'Total Shots',
  shotsOnTarget: 'Shots on Goal',
  corners: 'Corner Kicks',
  fouls: 'Fouls',
  offsides: 'Offsides',
  saves: 'Goalkeeper Saves',
  xg: 'expected_goals',
};

/** Paths every fixture's conversion reads (others are added as they are used). */
const ALWAYS_USED = [
  'fixture.referee',
  'fixture.timezone',
  'fixture.date',
  'fixture.timestamp',
  'fixture.venue.name',
  'fixture.venue.city',
  'fixture.status',
  'league.name',
  'league.season',
  'league.round',
  'teams.home.id',
  'teams.home.name',
  'teams.home.winner',
  'teams.away.id',
  'teams.away.name',
  'teams.away.winner',
  'goals',
  'score.halftime',
  'score.fulltime',
  'score.extratime',
  'score.penalty',
];

/** Reads a `/fixtures` response (or one fixture) into matches, or says where its shape is wrong. */
export function readApiFootball(
  data: DataFile,
  options: ApiFootballOptions,
): { ok: true; file: ImportedFile } | { ok: false; errors: ImportError[] } {
  const top = data.data as Record<string, unknown>;
  const envelope = Array.isArray(top.response);
  const notCarried: NotCarried[] = [];
  let fixtures: unknown[];
  if (envelope) {
    const apiErrors = top.errors;
    if (apiErrors && typeof apiErrors === 'object' && Object.keys(apiErrors).length > 0)
      return {
        ok: false,
        errors: [
          errorAt(
            data,
            ['errors'],
            `found an error response from API-Football (${describeErrors(apiErrors)}), expected fixtures`,
            'fetch the fixtures again; the saved response holds no matches',
          ),
        ],
      };
    if (typeof top.get === 'string' && top.get !== 'fixtures')
      return {
        ok: false,
        errors: [
          errorAt(
            data,
            ['get'],
            `found a response to /${top.get}, expected a response to /fixtures`,
            'save the response of GET /fixtures?id=… (or ?ids=…, ?league=…&season=…): it has the events, line-ups and statistics',
          ),
        ],
      };
    fixtures = top.response as unknown[];
  } else fixtures = [top];
  const matches: ImportedMatch[] = [];
  const passedOver: PassedOver[] = [];
  const errors: ImportError[] = [];
  fixtures.forEach((raw, i) => {
    const at: (string | number)[] = envelope ? ['response', i] : [];
    const shape = checkShape(data, fixtureSchema, raw, 'API-Football /fixtures', at);
    if (!shape.ok) {
      errors.push(...shape.errors);
      return;
    }
    const fixture = shape.value;
    const label = `${fixture.teams.home.name} v ${fixture.teams.away.name}, ${fixture.fixture.date.slice(0, 10)}`;
    const where = envelope ? `response[${i}]` : '(fixture)';
    if (!FINISHED.has(fixture.fixture.status.short) || fixture.goals.home === null || fixture.goals.away === null) {
      passedOver.push({
        at: where,
        label,
        reason: `not finished (status ${fixture.fixture.status.short}${fixture.fixture.status.long ? `, ${fixture.fixture.status.long}` : ''})`,
      });
      return;
    }
    const converted = convertFixture(where, fixture, raw, options);
    if ('error' in converted) errors.push(errorAt(data, [...at, ...converted.error.path], converted.error.message));
    else matches.push(converted);
  });
  if (errors.length > 0) return { ok: false, errors };
  if (envelope) {
    const fileLevel = Object.fromEntries(Object.entries(top).filter(([key]) => key !== 'response'));
    notCarried.push(...unusedPaths(fileLevel, ['get', 'parameters', 'errors', 'results', 'paging']).map((field) => ({ field })));
  }
  return { ok: true, file: { format: 'api-football', matches, passedOver, notCarried } };
}

function describeErrors(errors: object): string {
  return Object.entries(errors)
    .map(([key, value]) =>
      Array.isArray(errors) ? describeJson(value) : `${key}: ${typeof value === 'string' ? value : describeJson(value)}`,
    )
    .join('; ');
}

function scoreOf(value: { home: number | null; away: number | null } | null | undefined): Score | undefined {
  return value && value.home !== null && value.away !== null ? { home: value.home, away: value.away } : undefined;
}

/** A statistic value as a number: null is 0, "47%" is 47, "2.73" is 2.73. */
export function statNumber(value: number | string | null): number | undefined {
  if (value === null) return 0;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = value.trim().replace(/%$/, '');
  return /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : undefined;
}

function convertFixture(at: string, fixture: Fixture, raw: unknown, options: ApiFootballOptions): ImportedMatch | FixtureProblem {
  const used = new Set(ALWAYS_USED);
  const notCarried: NotCarried[] = [];
  const warnings: string[] = [];
  const { home, away } = fixture.teams;
  if (home.id === away.id)
    return {
      error: { path: ['teams', 'away', 'id'], message: `found the home team's id ${home.id} for the away team too, expected two teams` },
    };
  const sideOf = sideFinder(fixture);
  const score: Score = { home: fixture.goals.home ?? 0, away: fixture.goals.away ?? 0 };
  const extraTime = scoreOf(fixture.score?.extratime) !== undefined || fixture.fixture.status.short === 'AET';
  const penalties = scoreOf(fixture.score?.penalty);
  const halftime = scoreOf(fixture.score?.halftime);

  const squads = readLineups(fixture, sideOf);
  if ('error' in squads) return squads;
  for (const p of squads.used) used.add(p);
  notCarried.push(...squads.notCarried);
  const read = readEvents(fixture, sideOf, squads, extraTime);
  if ('error' in read) return read;
  notCarried.push(...read.notCarried);
  const { events, shootout } = read;

  // Goals must add up before the events are worth writing; otherwise the score stands alone.
  const counted = { home: 0, away: 0 };
  for (const e of events)
    if (e.type === 'goal') counted[e.team]++;
    else if (e.type === 'own-goal') counted[opponent(e.team)]++;
  const listed = (fixture.events ?? []).length > 0;
  const goalsAddUp = listed && counted.home === score.home && counted.away === score.away;
  if (goalsAddUp) for (const p of EVENT_FIELDS) used.add(p);
  else if (listed) {
    warnings.push(
      `the goal events (${counted.home}-${counted.away}) do not add up to the score ${score.home}-${score.away}; the events were left out`,
    );
    notCarried.push({ field: 'events', why: 'the goal events do not add up to the score' });
  }

  const statistics = readStats(fixture, sideOf);
  if ('error' in statistics) return statistics;
  notCarried.push(...statistics.notCarried);
  if (statistics.stats) used.add('statistics[].team.id').add('statistics[].team.name').add('statistics[].statistics');
  const { stats } = statistics;

  const venue = [fixture.fixture.venue?.name?.trim(), fixture.fixture.venue?.city?.trim()].filter(Boolean).join(', ');
  const instant = Date.parse(fixture.fixture.date);
  const kickoff = options.timezone ? kickoffInZone(instant, options.timezone) : dataKickoff(fixture.fixture.date, instant);
  const season = fixture.league.season;
  const round = fixture.league.round?.trim();
  const referee = fixture.fixture.referee?.trim();
  const { lineups, colors } = squads;
  return {
    at,
    id: String(fixture.fixture.id),
    competition: fixture.league.name.trim(),
    ...(season === null || season === undefined || season === '' ? {} : { season: String(season) }),
    ...(round ? { round } : {}),
    kickoff,
    ...(venue ? { venue } : {}),
    ...(referee ? { referee } : {}),
    home: { name: home.name.trim(), ...(colors.home ? { color: colors.home } : {}) },
    away: { name: away.name.trim(), ...(colors.away ? { color: colors.away } : {}) },
    score,
    ...(halftime ? { halftime } : {}),
    extraTime,
    ...(penalties ? { penalties } : {}),
    ...(goalsAddUp ? { events } : {}),
    ...(shootout.length > 0 && goalsAddUp ? { shootout } : {}),
    ...(lineups.home || lineups.away ? { lineups } : {}),
    ...(stats ? { stats } : {}),
    notCarried: withUnused(notCarried, raw, used),
    warnings,
  };
}

/** The statistics the format has, for both sides; the others are listed as not carried. */
function readStats(
  fixture: Fixture,
  sideOf: ReturnType<typeof sideFinder>,
): { stats?: Partial<Record<StatKey, string>>; notCarried: NotCarried[] } | FixtureProblem {
  const bySide: Partial<Record<Side, Map<string, number | string | null>>> = {};
  for (const [i, entry] of (fixture.statistics ?? []).entries()) {
    const side = sideOf(entry.team.id, ['statistics', i, 'team', 'id']);
    if (typeof side !== 'string') return side;
    bySide[side] = new Map(entry.statistics.map((s) => [s.type, s.value]));
  }
  const { home: h, away: a } = bySide;
  if (!h || !a) return { notCarried: [] };
  const stats: Partial<Record<StatKey, string>> = {};
  const notCarried: NotCarried[] = [];
  for (const key of STAT_KEYS) {
    const name = STAT_SOURCES[key];
    if (!h.has(name) || !a.has(name)) continue;
    const hv = statNumber(h.get(name) ?? null);
    const av = statNumber(a.get(name) ?? null);
    if (hv === undefined || av === undefined) notCarried.push({ field: `statistics "${name}"`, why: 'not a number' });
    else if (key === 'xg') stats[key] = `${Number(hv.toFixed(2))}-${Number(av.toFixed(2))}`;
    else if (Number.isInteger(hv) && Number.isInteger(av)) stats[key] = `${hv}-${av}`;
    else notCarried.push({ field: `statistics "${name}"`, why: 'not a whole number' });
  }
  if (stats.possession && stats.possession.split('-').reduce((n, v) => n + Number(v), 0) !== 100) {
    notCarried.push({ field: 'statistics "Ball Possession"', why: 'the two sides do not add up to 100%' });
    delete stats.possession;
  }
  const mapped = new Set(Object.values(STAT_SOURCES));
  for (const name of new Set([...h.keys(), ...a.keys()])) if (!mapped.has(name)) notCarried.push({ field: `statistics "${name}"` });
  return { ...(Object.keys(stats).length > 0 ? { stats } : {}), notCarried };
}

/** The data's own date-time when it is already one a recap accepts, else the instant in UTC. */
function dataKickoff(text: string, instant: number): string {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/.test(text)) return text;
  return `${new Date(instant).toISOString().slice(0, 19)}+00:00`;
}
