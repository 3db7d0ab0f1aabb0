/**
 * openfootball JSON (football.json league files and worldcup.json) → imported matches.
 *
 * - `score.et` is the cumulative score after extra time; `p` the shootout; keys are left out when they do
 *   not apply, and goal lists are absent in goalless matches.
 * - Goals are grouped by scorer: they are put in time order. `minute` + `offset` is stoppage time (`90` + `9`
 *   is 90+9'); some files write `"90+9"` instead.
 * - An own goal is listed under the team it counts for; in the recap `team` is the scorer's own side.
 * - Times are local, without a zone: kept only with `--timezone` (see kickoff.ts).
 * - World Cup rounds are tournament days ("Matchday 6"): a group match's round is its group.
 */
import { z } from 'astro/zod';
import { opponent, type Score, type Side } from '../recap/model.ts';
import type { DataFile, ImportError } from './data-file.ts';
import { localKickoff, type Zone } from './kickoff.ts';
import type { ImportedEvent, ImportedFile, ImportedMatch, NotCarried, PassedOver } from './model.ts';
import { unusedPaths, withUnused } from './not-carried.ts';
import { checkShape } from './shape.ts';

const pair = z.tuple([z.int().min(0), z.int().min(0)], { message: 'a score written [team1, team2], like [2, 1]' });

const goalSchema = z.object({
  name: z.string().trim().min(1, { message: 'a player name' }),
  minute: z.union([z.int().min(0).max(150), z.string().regex(/^\s*\d{1,3}\s*(?:\+\s*\d{1,2}\s*)?'?$/)], {
    message: 'a minute: a whole number, or "90+3"',
  }),
  offset: z.int().min(0).max(30).optional(),
  penalty: z.boolean().optional(),
  owngoal: z.boolean().optional(),
});

const matchSchema = z.object({
  round: z.string().optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date written YYYY-MM-DD' }),
  time: z
    .string()
    .regex(/^\d{1,2}:\d{2}$/, { message: 'a time written HH:MM' })
    .optional(),
  team1: z.string().trim().min(1, { message: 'a team name' }),
  team2: z.string().trim().min(1, { message: 'a team name' }),
  score: z.object({ ht: pair.optional(), ft: pair.optional(), et: pair.optional(), p: pair.optional() }).optional(),
  goals1: z.array(goalSchema).optional(),
  goals2: z.array(goalSchema).optional(),
  group: z.string().optional(),
  ground: z.string().optional(),
});

/** Top level: `{ name, matches }`, or the older `{ name, rounds: [{ name, matches }] }`. */
const matchesFileSchema = z.object({ name: z.string(), matches: z.array(matchSchema) });
const roundsFileSchema = z.object({ name: z.string(), rounds: z.array(z.object({ name: z.string(), matches: z.array(matchSchema) })) });

type OfMatch = z.output<typeof matchSchema>;
type OfGoal = z.output<typeof goalSchema>;

/** Whether parsed JSON looks like an openfootball file (a top-level `matches` or `rounds` list). */
export function looksLikeOpenfootball(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v.matches) || Array.isArray(v.rounds);
}

/** Options for reading openfootball data. */
export interface OpenfootballOptions {
  /** The zone local kick-off times are in; without it only the date is kept. */
  readonly timezone?: Zone | undefined;
}

/** `World Cup 2022` → World Cup, 2022; `English Premier League 2023/24` → English Premier League, 2023/24. */
export function splitCompetition(name: string): { competition: string; season?: string } {
  const found = /^(.*\S)\s+(\d{4}(?:[/-]\d{2}(?:\d{2})?)?)$/.exec(name.trim());
  return found?.[1] && found[2] ? { competition: found[1], season: found[2] } : { competition: name.trim() };
}

/** Reads an openfootball file into matches, or says where its shape is wrong. */
export function readOpenfootball(
  data: DataFile,
  options: OpenfootballOptions = {},
): { ok: true; file: ImportedFile } | { ok: false; errors: ImportError[] } {
  const rounds = typeof data.data === 'object' && data.data !== null && 'rounds' in data.data && !('matches' in data.data);
  const shape = rounds
    ? checkShape(data, roundsFileSchema, data.data, 'openfootball')
    : checkShape(data, matchesFileSchema, data.data, 'openfootball');
  if (!shape.ok) return shape;
  const top = shape.value;
  const raw = data.data as Record<string, unknown>;
  const { competition, season } = splitCompetition(top.name);
  const entries: { at: string; match: OfMatch; raw: unknown; round?: string }[] =
    'matches' in top
      ? top.matches.map((match, i) => ({ at: `matches[${i}]`, match, raw: (raw.matches as unknown[])[i] }))
      : top.rounds.flatMap((round, r) =>
          round.matches.map((match, i) => ({
            at: `rounds[${r}].matches[${i}]`,
            match,
            raw: ((raw.rounds as { matches: unknown[] }[])[r] as { matches: unknown[] }).matches[i],
            round: round.name,
          })),
        );
  // A file that lists goals at all says "no goals" by leaving the lists out of a goalless match.
  const listsGoals = entries.some(({ match }) => match.goals1 !== undefined || match.goals2 !== undefined);
  const matches: ImportedMatch[] = [];
  const passedOver: PassedOver[] = [];
  for (const entry of entries) {
    const { match } = entry;
    const final = match.score?.et ?? match.score?.ft;
    if (!final) {
      passedOver.push({ at: entry.at, label: `${match.team1} v ${match.team2}, ${match.date}`, reason: 'no score yet (not played)' });
      continue;
    }
    matches.push(
      convertMatch(entry.at, match, entry.raw, {
        competition,
        ...(season === undefined ? {} : { season }),
        ...(entry.round === undefined ? {} : { round: entry.round }),
        listsGoals,
        timezone: options.timezone,
      }),
    );
  }
  const fileLevel = Object.fromEntries(Object.entries(raw).filter(([key]) => key !== 'matches' && key !== 'rounds'));
  const notCarried: NotCarried[] = unusedPaths(fileLevel, ['name']).map((field) => ({ field }));
  if ('rounds' in top)
    notCarried.push(...unusedPaths({ rounds: raw.rounds }, ['rounds[].name', 'rounds[].matches']).map((field) => ({ field })));
  return { ok: true, file: { format: 'openfootball', matches, passedOver, notCarried } };
}

interface MatchContext {
  readonly competition: string;
  readonly season?: string;
  readonly round?: string;
  readonly listsGoals: boolean;
  readonly timezone: Zone | undefined;
}

const asScore = ([home, away]: readonly [number, number]): Score => ({ home, away });

/** Minute parts of a goal: `{minute: 90, offset: 9}` and `"90+9"` are both 90+9. */
function goalMinute(goal: OfGoal): { base: number; added: number } {
  if (typeof goal.minute === 'number') return { base: goal.minute, added: goal.offset ?? 0 };
  const [base = '0', added = '0'] = goal.minute.replace(/'/g, '').split('+');
  return { base: Number(base), added: Number(added) + (goal.offset ?? 0) };
}

/** The recap's minute: stoppage time written "BASE+N"; a bare 93 in a match without extra time is 90+3. */
function recapMinute({ base, added }: { base: number; added: number }, extraTime: boolean): number | string {
  const last = extraTime ? 120 : 90;
  if (added === 0 && base > last) return `${last}+${base - last}`;
  return added > 0 ? `${base}+${added}` : base;
}

function convertMatch(at: string, match: OfMatch, raw: unknown, context: MatchContext): ImportedMatch {
  const used = new Set(['date', 'team1', 'team2', 'score.ft', 'score.et', 'score.p', 'ground']);
  const notCarried: NotCarried[] = [];
  const warnings: string[] = [];
  const score = match.score ?? {};
  const extraTime = score.et !== undefined;
  const final = asScore((score.et ?? score.ft) as [number, number]);

  let round = context.round ?? match.round;
  if (match.group !== undefined) {
    used.add('group');
    if (match.round !== undefined && context.round === undefined)
      notCarried.push({ field: 'round', why: "a group match's round is its group; the data's own round label (a matchday) is not kept" });
    round = match.group;
  } else if (match.round !== undefined) used.add('round');

  let kickoff = match.date;
  if (match.time !== undefined) {
    if (context.timezone) {
      kickoff = localKickoff(match.date, match.time, context.timezone);
      used.add('time');
    } else notCarried.push({ field: 'time', why: 'a local time without a time zone; give --timezone to keep kick-off times' });
  }

  // Goals: credited side from the list they are in; an own goal belongs to the other side's player.
  const listed = [
    ...(match.goals1 ?? []).map((goal) => ({ goal, credited: 'home' as Side })),
    ...(match.goals2 ?? []).map((goal) => ({ goal, credited: 'away' as Side })),
  ]
    .map((g, order) => ({ ...g, order, minute: goalMinute(g.goal) }))
    .sort((a, b) => a.minute.base * 100 + a.minute.added - (b.minute.base * 100 + b.minute.added) || a.order - b.order);
  const hasLists = match.goals1 !== undefined || match.goals2 !== undefined;
  let events: ImportedEvent[] | undefined;
  let halftime = score.ht ? asScore(score.ht) : undefined;
  if (score.ht) used.add('score.ht');
  if (hasLists || (context.listsGoals && final.home + final.away === 0)) {
    const counted = { home: 0, away: 0 };
    for (const { credited } of listed) counted[credited]++;
    if (counted.home !== final.home || counted.away !== final.away) {
      warnings.push(
        `the goals listed (${counted.home}-${counted.away}) do not add up to the score ${final.home}-${final.away}; the goals were left out`,
      );
      notCarried.push({ field: 'goals1, goals2', why: 'the goals listed do not add up to the score' });
    } else {
      events = listed.map(({ goal, credited, minute }): ImportedEvent => {
        const at = recapMinute(minute, extraTime);
        const player = goal.name.trim();
        if (goal.owngoal) return { minute: at, type: 'own-goal', team: opponent(credited), player };
        return { minute: at, type: 'goal', team: credited, player, ...(goal.penalty ? { how: 'penalty' as const } : {}) };
      });
      used.add('goals1').add('goals2');
      const firstHalf = { home: 0, away: 0 };
      for (const { credited, minute } of listed) if (minute.base <= 45) firstHalf[credited]++;
      if (halftime && (firstHalf.home !== halftime.home || firstHalf.away !== halftime.away)) {
        warnings.push(
          `the half-time score ${halftime.home}-${halftime.away} does not match the goals' minutes (${firstHalf.home}-${firstHalf.away}); it was left out`,
        );
        notCarried.push({ field: 'score.ht', why: "it does not match the goals' minutes" });
        used.delete('score.ht');
        halftime = undefined;
      }
      if (extraTime && score.ft) {
        const regular = { home: 0, away: 0 };
        for (const { credited, minute } of listed) if (minute.base <= 90) regular[credited]++;
        if (regular.home !== score.ft[0] || regular.away !== score.ft[1])
          warnings.push(
            `the score after 90 minutes ${score.ft[0]}-${score.ft[1]} does not match the goals' minutes (${regular.home}-${regular.away})`,
          );
      }
    }
  } else if (extraTime && score.ft) {
    // Without goals, nothing in the recap says what the score was after 90 minutes.
    used.delete('score.ft');
  }
  if (match.goals1?.length === 0) used.add('goals1');
  if (match.goals2?.length === 0) used.add('goals2');

  return {
    at,
    competition: context.competition,
    ...(context.season === undefined ? {} : { season: context.season }),
    ...(round === undefined ? {} : { round }),
    kickoff,
    ...(match.ground === undefined ? {} : { venue: match.ground }),
    home: { name: match.team1.trim() },
    away: { name: match.team2.trim() },
    score: final,
    ...(halftime ? { halftime } : {}),
    extraTime,
    ...(score.p ? { penalties: asScore(score.p) } : {}),
    ...(events ? { events } : {}),
    notCarried: withUnused(notCarried, raw, used),
    warnings,
  };
}
