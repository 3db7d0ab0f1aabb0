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
import { z } from 'astro/zod';
import { opponent, STAT_KEYS, type Position, type Score, type Side, type StatKey } from '../recap/model.ts';
import { errorAt, type DataFile, type ImportError } from './data-file.ts';
import { kickoffInZone, type Zone } from './kickoff.ts';
import type {
  ImportedEvent,
  ImportedFile,
  ImportedKick,
  ImportedLineup,
  ImportedMatch,
  ImportedPlayer,
  NotCarried,
  PassedOver,
} from './model.ts';
import { unusedPaths, withUnused } from './not-carried.ts';
import { checkShape, describeJson } from './shape.ts';

const ref = z.object({ id: z.int().nullable().optional(), name: z.string().nullable().optional() }).nullable().optional();
const nullableScore = z
  .object({ home: z.int().min(0).nullable(), away: z.int().min(0).nullable() })
  .nullable()
  .optional();
const lineupPlayer = z.object({
  player: z.object({
    id: z.int().nullable().optional(),
    name: z.string().trim().min(1, { message: 'a player name' }),
    number: z.int().nullable().optional(),
    pos: z.string().nullable().optional(),
    grid: z.string().nullable().optional(),
  }),
});

const fixtureSchema = z.object({
  fixture: z.object({
    id: z.int(),
    referee: z.string().nullable().optional(),
    date: z.string().refine((text) => !Number.isNaN(Date.parse(text)), { message: 'an ISO 8601 date-time' }),
    venue: z.object({ name: z.string().nullable().optional(), city: z.string().nullable().optional() }).nullable().optional(),
    status: z.object({ short: z.string(), long: z.string().nullable().optional() }),
  }),
  league: z.object({
    name: z.string().trim().min(1, { message: 'a competition name' }),
    season: z.union([z.int(), z.string()]).nullable().optional(),
    round: z.string().nullable().optional(),
  }),
  teams: z.object({
    home: z.object({ id: z.int(), name: z.string().trim().min(1, { message: 'a team name' }) }),
    away: z.object({ id: z.int(), name: z.string().trim().min(1, { message: 'a team name' }) }),
  }),
  goals: z.object({ home: z.int().min(0).nullable(), away: z.int().min(0).nullable() }),
  score: z.object({ halftime: nullableScore, fulltime: nullableScore, extratime: nullableScore, penalty: nullableScore }).optional(),
  events: z
    .array(
      z.object({
        time: z.object({ elapsed: z.int().min(0), extra: z.int().nullable().optional() }),
        team: z.object({ id: z.int() }),
        player: ref,
        assist: ref,
        type: z.string(),
        detail: z.string().nullable().optional(),
        comments: z.string().nullable().optional(),
      }),
    )
    .optional(),
  lineups: z
    .array(
      z.object({
        team: z.object({
          id: z.int(),
          colors: z
            .object({ player: z.object({ primary: z.string().nullable().optional() }).nullable().optional() })
            .nullable()
            .optional(),
        }),
        coach: z.object({ name: z.string().nullable().optional() }).nullable().optional(),
        formation: z.string().nullable().optional(),
        startXI: z.array(lineupPlayer),
        substitutes: z.array(lineupPlayer).nullable().optional(),
      }),
    )
    .optional(),
  statistics: z
    .array(
      z.object({
        team: z.object({ id: z.int() }),
        statistics: z.array(z.object({ type: z.string(), value: z.union([z.number(), z.string(), z.null()]) })),
      }),
    )
    .optional(),
});

type Fixture = z.output<typeof fixtureSchema>;
type FixtureEvent = NonNullable<Fixture['events']>[number];

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
  /** Whether the recap format in this build has line-ups and statistics (FORMAT.md; see src/recap/schema.ts). */
  readonly lineups: boolean;
  readonly stats: boolean;
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

const POSITIONS: Record<string, Position> = { G: 'GK', D: 'DF', M: 'MF', F: 'FW' };

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

/** A player of one side as the line-up names them. */
interface Known {
  readonly side: Side;
  readonly name: string;
}

/** The recap's minute for an event: `elapsed` plus stoppage `extra`; 93 without extra time is 90+3. */
function eventMinute(elapsed: number, extra: number | null | undefined, extraTime: boolean): number | string {
  const last = extraTime ? 120 : 90;
  if (extra && extra > 0) return `${elapsed}+${extra}`;
  if (elapsed > last) return `${last}+${elapsed - last}`;
  return Math.max(1, elapsed);
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

function convertFixture(
  at: string,
  fixture: Fixture,
  raw: unknown,
  options: ApiFootballOptions,
): ImportedMatch | { error: { path: (string | number)[]; message: string } } {
  const used = new Set(ALWAYS_USED);
  const notCarried: NotCarried[] = [];
  const warnings: string[] = [];
  const { home, away } = fixture.teams;
  if (home.id === away.id)
    return {
      error: { path: ['teams', 'away', 'id'], message: `found the home team's id ${home.id} for the away team too, expected two teams` },
    };
  const sideOf = (id: number): Side | undefined => (id === home.id ? 'home' : id === away.id ? 'away' : undefined);
  const score: Score = { home: fixture.goals.home ?? 0, away: fixture.goals.away ?? 0 };
  const extraTime = scoreOf(fixture.score?.extratime) !== undefined || fixture.fixture.status.short === 'AET';
  const penalties = scoreOf(fixture.score?.penalty);
  const halftime = scoreOf(fixture.score?.halftime);

  // Line-ups, and every player of them by id and by name.
  const byId = new Map<number, Known>();
  const byName = new Map<string, Known>();
  const lineups: { home?: ImportedLineup; away?: ImportedLineup } = {};
  const colors: Partial<Record<Side, string>> = {};
  for (const [i, lineup] of (fixture.lineups ?? []).entries()) {
    const side = sideOf(lineup.team.id);
    if (!side)
      return {
        error: {
          path: ['lineups', i, 'team', 'id'],
          message: `found team id ${lineup.team.id}, expected ${home.id} (${home.name}) or ${away.id} (${away.name})`,
        },
      };
    const player = (p: (typeof lineup.startXI)[number]['player']): ImportedPlayer => {
      const known = { side, name: p.name.trim() };
      if (p.id !== null && p.id !== undefined) byId.set(p.id, known);
      byName.set(known.name.toLowerCase(), known);
      const position = p.pos ? POSITIONS[p.pos] : undefined;
      return { name: known.name, ...(p.number ? { number: p.number } : {}), ...(position ? { position } : {}) };
    };
    // Goalkeeper first, then line by line (grid row), each line from right to left (grid column, highest first).
    const grid = (p: (typeof lineup.startXI)[number]) => /^(\d+):(\d+)$/.exec(p.player.grid ?? '');
    const starters = lineup.startXI.every((p) => grid(p))
      ? [...lineup.startXI].sort((a, b) => {
          const [, ra = '0', ca = '0'] = grid(a) ?? [];
          const [, rb = '0', cb = '0'] = grid(b) ?? [];
          return Number(ra) - Number(rb) || Number(cb) - Number(ca);
        })
      : lineup.startXI;
    const starting = starters.map((p) => player(p.player));
    const bench = (lineup.substitutes ?? []).map((p) => player(p.player));
    const formation = lineup.formation?.trim();
    const fits =
      formation &&
      /^[1-6](?:-[1-6])+$/.test(formation) &&
      formation.split('-').reduce((n, line) => n + Number(line), 1) === starting.length;
    if (formation && !fits) notCarried.push({ field: 'lineups[].formation', why: 'it does not match the number of starters' });
    const coach = lineup.coach?.name?.trim();
    lineups[side] = { ...(fits ? { formation } : {}), ...(coach ? { coach } : {}), starting, bench };
    const primary = lineup.team.colors?.player?.primary;
    if (primary && /^[0-9a-f]{6}$/i.test(primary)) {
      colors[side] = `#${primary.toLowerCase()}`;
      used.add('lineups[].team.colors.player.primary');
    }
  }
  const hasLineup = (side: Side) => options.lineups && lineups[side] !== undefined;
  if (options.lineups && (fixture.lineups?.length ?? 0) > 0) {
    for (const p of [
      'team.id',
      'team.name',
      'coach.name',
      'formation',
      'startXI[].player.id',
      'startXI[].player.name',
      'startXI[].player.number',
      'startXI[].player.pos',
      'startXI[].player.grid',
      'substitutes[].player.id',
      'substitutes[].player.name',
      'substitutes[].player.number',
      'substitutes[].player.pos',
    ])
      used.add(`lineups[].${p}`);
  }

  /** The player an event names, as their line-up names them; undefined when a side with a line-up does not list them. */
  const named = (
    who: { id?: number | null | undefined; name?: string | null | undefined } | null | undefined,
    side: Side,
  ): string | undefined => {
    if (!who) return undefined;
    const known =
      (who.id !== null && who.id !== undefined ? byId.get(who.id) : undefined) ??
      (who.name ? byName.get(who.name.trim().toLowerCase()) : undefined);
    if (known && known.side === side) return known.name;
    if (hasLineup(side)) return undefined;
    return who.name?.trim() || undefined;
  };
  /** The side a player belongs to by the line-ups, for own goals. */
  const sideOfPlayer = (who: FixtureEvent['player']): Side | undefined =>
    who?.id !== null && who?.id !== undefined
      ? byId.get(who.id)?.side
      : who?.name
        ? byName.get(who.name.trim().toLowerCase())?.side
        : undefined;

  const events: ImportedEvent[] = [];
  const kicks: { order: number; counter: number; kick: ImportedKick }[] = [];
  const skip = (what: string) => notCarried.push({ field: 'events[]', why: what });
  for (const [order, event] of (fixture.events ?? []).entries()) {
    const side = sideOf(event.team.id);
    if (!side)
      return {
        error: {
          path: ['events', order, 'team', 'id'],
          message: `found team id ${event.team.id}, expected ${home.id} (${home.name}) or ${away.id} (${away.name})`,
        },
      };
    const type = event.type.toLowerCase();
    const detail = (event.detail ?? '').toLowerCase();
    const comments = event.comments?.trim() || undefined;
    const minute = eventMinute(event.time.elapsed, event.time.extra, extraTime);
    if (type === 'goal' && comments?.toLowerCase() === 'penalty shootout') {
      const player = named(event.player, side);
      // "Missed Penalty" covers saved and missed kicks alike: written as missed.
      const result = detail === 'penalty' ? 'scored' : 'missed';
      kicks.push({ order, counter: event.time.extra ?? order, kick: { team: side, ...(player ? { player } : {}), result } });
      continue;
    }
    const note = comments ? { note: comments } : {};
    if (type === 'goal') {
      if (detail === 'own goal') {
        // Listed under the team it counts for; the scorer's own side is the other one (the line-ups confirm it).
        const own = sideOfPlayer(event.player) ?? opponent(side);
        const player = named(event.player, own);
        events.push({ minute, type: 'own-goal', team: own, ...(player ? { player } : {}), ...note });
        continue;
      }
      const player = named(event.player, side);
      if (!player) {
        skip(
          detail === 'missed penalty'
            ? 'a missed penalty by a player the line-up does not list'
            : 'a goal by a player the line-up does not list',
        );
        continue;
      }
      if (detail === 'missed penalty') {
        events.push({ minute, type: 'penalty-miss', team: side, player, ...note });
        continue;
      }
      const assist = named(event.assist, side);
      events.push({
        minute,
        type: 'goal',
        team: side,
        player,
        ...(assist ? { assist } : {}),
        ...(detail === 'penalty' ? { how: 'penalty' as const } : {}),
        ...note,
      });
      continue;
    }
    if (type === 'card') {
      const player = named(event.player, side);
      const kind = detail.includes('second')
        ? 'second-yellow'
        : detail.includes('red')
          ? 'red'
          : detail.includes('yellow')
            ? 'yellow'
            : undefined;
      if (!kind) skip(`a card of a kind the format does not have ("${event.detail ?? ''}")`);
      else if (!player) skip('a card for someone the line-up does not list (a coach or official)');
      else events.push({ minute, type: kind, team: side, player, ...note });
      continue;
    }
    if (type === 'subst') {
      const out = named(event.player, side);
      const into = named(event.assist, side);
      if (!out || !into) skip('a substitution whose players the line-up does not list');
      else events.push({ minute, type: 'sub', team: side, in: into, out, ...note });
      continue;
    }
    if (type === 'var') {
      const player = named(event.player, side);
      const text = [event.detail?.trim(), comments].filter(Boolean).join('; ');
      events.push({ minute, type: 'var', team: side, ...(player ? { player } : {}), ...(text ? { note: text } : {}) });
      continue;
    }
    skip(`an event of a type the format does not have ("${event.type}")`);
  }
  if ((fixture.events ?? []).length > 0)
    for (const p of ['time', 'team.id', 'team.name', 'player', 'assist', 'type', 'detail', 'comments']) used.add(`events[].${p}`);
  const shootout = kicks.sort((a, b) => a.counter - b.counter || a.order - b.order).map((k) => k.kick);

  // Goals must add up before the events are worth writing; otherwise the score stands alone.
  const counted = { home: 0, away: 0 };
  for (const e of events)
    if (e.type === 'goal') counted[e.team]++;
    else if (e.type === 'own-goal') counted[opponent(e.team)]++;
  const goalsAddUp = counted.home === score.home && counted.away === score.away;
  if (!goalsAddUp) {
    warnings.push(
      `the goal events (${counted.home}-${counted.away}) do not add up to the score ${score.home}-${score.away}; the events were left out`,
    );
    notCarried.push({ field: 'events', why: 'the goal events do not add up to the score' });
    for (const p of ['time', 'team.id', 'team.name', 'player', 'assist', 'type', 'detail', 'comments']) used.delete(`events[].${p}`);
  }

  // Statistics: the ones the format has, for both sides.
  let stats: Partial<Record<StatKey, string>> | undefined;
  const bySide: Partial<Record<Side, Map<string, number | string | null>>> = {};
  for (const [i, entry] of (fixture.statistics ?? []).entries()) {
    const side = sideOf(entry.team.id);
    if (!side)
      return {
        error: {
          path: ['statistics', i, 'team', 'id'],
          message: `found team id ${entry.team.id}, expected ${home.id} (${home.name}) or ${away.id} (${away.name})`,
        },
      };
    bySide[side] = new Map(entry.statistics.map((s) => [s.type, s.value]));
  }
  if (options.stats && bySide.home && bySide.away) {
    stats = {};
    const h = bySide.home;
    const a = bySide.away;
    for (const key of STAT_KEYS) {
      const name = STAT_SOURCES[key];
      if (!h.has(name) || !a.has(name)) continue;
      const hv = statNumber(h.get(name) ?? null);
      const av = statNumber(a.get(name) ?? null);
      if (hv === undefined || av === undefined) {
        notCarried.push({ field: `statistics "${name}"`, why: 'not a number' });
        continue;
      }
      if (key === 'xg') stats[key] = `${Number(hv.toFixed(2))}-${Number(av.toFixed(2))}`;
      else if (Number.isInteger(hv) && Number.isInteger(av)) stats[key] = `${hv}-${av}`;
      else notCarried.push({ field: `statistics "${name}"`, why: 'not a whole number' });
    }
    if (stats.possession && stats.possession.split('-').reduce((n, v) => n + Number(v), 0) !== 100) {
      notCarried.push({ field: 'statistics "Ball Possession"', why: 'the two sides do not add up to 100%' });
      delete stats.possession;
    }
    const mapped = new Set(Object.values(STAT_SOURCES));
    const others = new Set([...h.keys(), ...a.keys()].filter((name) => !mapped.has(name)));
    for (const name of others) notCarried.push({ field: `statistics "${name}"` });
    used.add('statistics[].team.id').add('statistics[].team.name').add('statistics[].statistics');
    if (Object.keys(stats).length === 0) stats = undefined;
  }

  const venue = [fixture.fixture.venue?.name?.trim(), fixture.fixture.venue?.city?.trim()].filter(Boolean).join(', ');
  const instant = Date.parse(fixture.fixture.date);
  const kickoff = options.timezone ? kickoffInZone(instant, options.timezone) : dataKickoff(fixture.fixture.date, instant);
  const season = fixture.league.season;
  const round = fixture.league.round?.trim();
  const referee = fixture.fixture.referee?.trim();
  const withLineups = options.lineups && (lineups.home || lineups.away) ? { lineups } : {};
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
    ...(goalsAddUp && fixture.events ? { events } : {}),
    ...(shootout.length > 0 && goalsAddUp ? { shootout } : {}),
    ...withLineups,
    ...(stats ? { stats } : {}),
    notCarried: withUnused(notCarried, raw, used),
    warnings,
  };
}

/** The data's own date-time when it is already one a recap accepts, else the instant in UTC. */
function dataKickoff(text: string, instant: number): string {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/.test(text)) return text;
  return `${new Date(instant).toISOString().slice(0, 19)}+00:00`;
}
