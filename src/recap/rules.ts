/**
 * The rules of README "Recap format" that relate fields to each other. Each rule is a small function over the
 * validated frontmatter that returns problems with field paths; `read.ts` turns them into positioned
 * diagnostics. The helpers here (score parsing, goal counting, shootout state) are also what the
 * normalised model is built from, so the rules and the model can never disagree.
 */
import { playerKey } from './appearances.ts';
import type { FieldPath } from './diagnostics.ts';
import { describeValue } from './diagnostics.ts';
import { isMinute, parseMinute, type Minute } from './minute.ts';
import type { Frontmatter, KickInput } from './schema.ts';
import { checkLanguage, checkLineups } from './lineup-rules.ts';
import { formatScore, opponent, type Score, type Side } from './model.ts';

/** A broken rule, located by field path. */
export interface Problem {
  /** Where the problem is shown in the source. */
  readonly path: FieldPath;
  /** The field named in the message, when it differs from `path` (a missing field is shown at its parent). */
  readonly field?: FieldPath;
  /** Point at the field's key rather than its value (for missing or misplaced things). */
  readonly key?: boolean;
  readonly rule: string;
  readonly message: string;
  readonly hint?: string;
}

/** Parses `4-4` into a score, or a statistic like `14-11` or `1.92-2.31` into a pair. The schema has already checked the pattern. */
export function parseScore(text: string): Score {
  const [home, away] = text.split('-').map((part) => Number(part.trim())) as [number, number];
  return { home, away };
}

/** Minutes of each event, parsed against the match length, with problems for the invalid ones. */
export function checkMinutes(fm: Frontmatter): { minutes: (Minute | undefined)[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const minutes = fm.events.map((event, i) => {
    const parsed = parseMinute(event.minute, fm.match.extraTime, fm.match.halfLength);
    if (isMinute(parsed)) return parsed;
    problems.push({
      path: ['events', i, 'minute'],
      rule: 'minute-range',
      message: `found ${describeValue(event.minute)}, expected ${parsed.expected}`,
      ...(parsed.hint === undefined ? {} : { hint: parsed.hint }),
    });
    return undefined;
  });
  return { minutes, problems };
}

/** The side a goal counts for: the scorer's side, or the other side for an own goal. */
export function scoringSide(event: { type: string; team: Side }): Side | undefined {
  if (event.type === 'goal') return event.team;
  if (event.type === 'own-goal') return opponent(event.team);
  return undefined;
}

/** Counts goals (including the other side's own goals) over events whose minute passes `keep`. */
export function countGoals(fm: Frontmatter, minutes: readonly (Minute | undefined)[], keep: (m: Minute) => boolean = () => true): Score {
  const score = { home: 0, away: 0 };
  fm.events.forEach((event, i) => {
    const m = minutes[i];
    const side = scoringSide(event);
    if (side && m && keep(m)) score[side]++;
  });
  return score;
}

function breakdown(fm: Frontmatter, minutes: readonly (Minute | undefined)[], keep: (m: Minute) => boolean, side: Side): string {
  let goals = 0;
  let ownGoals = 0;
  fm.events.forEach((event, i) => {
    const m = minutes[i];
    if (!m || !keep(m)) return;
    if (event.type === 'goal' && event.team === side) goals++;
    if (event.type === 'own-goal' && event.team !== side) ownGoals++;
  });
  const name = fm.match[side].name.trim();
  const other = fm.match[opponent(side)].name.trim();
  const own = ownGoals > 0 ? ` + ${ownGoals} own ${ownGoals === 1 ? 'goal' : 'goals'} by ${other}` : '';
  return `${name} ${goals} ${goals === 1 ? 'goal' : 'goals'}${own}`;
}

/** `score` equals the goals plus the other side's own goals, per team (when events are listed). */
export function checkScore(fm: Frontmatter, minutes: readonly (Minute | undefined)[], hasEvents: boolean): Problem[] {
  if (!hasEvents || minutes.some((m) => m === undefined)) return [];
  const counted = countGoals(fm, minutes);
  const written = parseScore(fm.match.score);
  if (counted.home === written.home && counted.away === written.away) return [];
  const all = () => true;
  return [
    {
      path: ['match', 'score'],
      rule: 'score-matches-events',
      message: `found "${fm.match.score}", expected "${formatScore(counted)}" as the events count it (${breakdown(fm, minutes, all, 'home')}; ${breakdown(fm, minutes, all, 'away')})`,
      hint: 'add the missing goals to `events`, or correct `score`; an own goal counts for the other side',
    },
  ];
}

/** `halftime` equals the goals up to the end of the first half (H and H+N; 45 by default). */
export function checkHalftime(fm: Frontmatter, minutes: readonly (Minute | undefined)[], hasEvents: boolean): Problem[] {
  if (fm.match.halftime === undefined || !hasEvents || minutes.some((m) => m === undefined)) return [];
  const half = fm.match.halfLength;
  const firstHalf = (m: Minute) => m.base <= half;
  const counted = countGoals(fm, minutes, firstHalf);
  const written = parseScore(fm.match.halftime);
  if (counted.home === written.home && counted.away === written.away) return [];
  return [
    {
      path: ['match', 'halftime'],
      rule: 'halftime-matches-events',
      message: `found "${fm.match.halftime}", expected "${formatScore(counted)}" as the first-half events count it (${breakdown(fm, minutes, firstHalf, 'home')}; ${breakdown(fm, minutes, firstHalf, 'away')})`,
      hint: `first-half goals are those at minutes 1-${half} and ${half}+N`,
    },
  ];
}

/** The state of a shootout after each kick, and where it went wrong if it did. */
export interface ShootoutReplay {
  /** Score after each kick. */
  readonly scores: readonly Score[];
  /** Round of each kick (1-based). */
  readonly rounds: readonly number[];
  /** Index of the kick that decided it, or -1 if it never was decided. */
  readonly decidedAt: number;
  readonly problems: Problem[];
}

/**
 * Replays shootout kicks: the teams alternate, one kick each per round; it ends as soon as one side can no
 * longer be caught within five rounds each, and after that in pairs until one round is won.
 */
export function replayShootout(kicks: readonly KickInput[]): ShootoutReplay {
  const problems: Problem[] = [];
  const scores: Score[] = [];
  const rounds: number[] = [];
  const taken = { home: 0, away: 0 };
  const scored = { home: 0, away: 0 };
  let decidedAt = -1;
  const first = kicks[0]?.team;
  kicks.forEach((kick, i) => {
    const expectedTeam: Side | undefined = first === undefined ? undefined : i % 2 === 0 ? first : opponent(first);
    if (expectedTeam !== undefined && kick.team !== expectedTeam) {
      problems.push({
        path: ['shootout', i, 'team'],
        rule: 'shootout-alternates',
        message: `found "${kick.team}" taking kick ${i + 1}, expected "${expectedTeam}": the teams alternate, one kick each per round`,
        hint: 'list the kicks in the order they were taken',
      });
    }
    if (decidedAt !== -1 && problems.length === 0) {
      problems.push({
        path: ['shootout', i],
        rule: 'shootout-after-decided',
        message: `found kick ${i + 1} after the shootout was decided at ${formatScore(scores[decidedAt] ?? scored)} by kick ${decidedAt + 1}, expected no more kicks`,
        hint: 'a shootout ends as soon as one side can no longer be caught',
      });
    }
    taken[kick.team]++;
    if (kick.result === 'scored') scored[kick.team]++;
    scores.push({ ...scored });
    rounds.push(taken[kick.team]);
    if (decidedAt === -1 && isDecided(taken, scored)) decidedAt = i;
  });
  if (kicks.length > 0 && decidedAt === -1 && problems.length === 0) {
    problems.push({
      path: ['shootout'],
      key: true,
      rule: 'shootout-undecided',
      message: `found ${kicks.length} ${kicks.length === 1 ? 'kick' : 'kicks'} ending at ${formatScore(scored)} with the winner still open, expected kicks until one side can no longer be caught`,
      hint: 'add the remaining kicks; after five rounds each, kicks go on in pairs until one round is won',
    });
  }
  return { scores, rounds, decidedAt, problems };
}

function isDecided(taken: Score, scored: Score): boolean {
  const rounds = Math.max(5, taken.home, taken.away);
  return scored.home > scored.away + (rounds - taken.away) || scored.away > scored.home + (rounds - taken.home);
}

/** Where the hints of the tie and shootout rules send the author. */
const SEE_FORMAT = 'see "Recap format" in README.md';

/**
 * `penalties` needs a drawn score, or a second leg (`leg: 2`, the tie level on aggregate), and a winner; listed
 * kicks agree with it (or give it).
 */
export function checkPenalties(fm: Frontmatter): Problem[] {
  const problems: Problem[] = [];
  const score = parseScore(fm.match.score);
  const drawn = score.home === score.away;
  const secondLeg = fm.match.leg === 2;
  const kicks = fm.shootout ?? [];
  const why = 'penalties follow a drawn score, or end the second leg of a tie level on aggregate';
  const fix = (field: string) =>
    fm.match.leg === 1
      ? `a first leg ends without a shootout: remove \`${field}\`, or write \`leg: 2\` if this was the second leg (${SEE_FORMAT})`
      : `remove \`${field}\`, correct \`score\` to the drawn result, or add \`leg: 2\` under \`match\` for the second leg of a two-legged tie (${SEE_FORMAT})`;
  if (fm.match.penalties !== undefined) {
    const pens = parseScore(fm.match.penalties);
    if (!drawn && !secondLeg) {
      problems.push({
        path: ['match', 'penalties'],
        rule: 'penalties-need-draw',
        message: `found penalties "${fm.match.penalties}" after a ${fm.match.score} score, expected no shootout: ${why}`,
        hint: fix('penalties'),
      });
    } else if (pens.home === pens.away) {
      problems.push({
        path: ['match', 'penalties'],
        rule: 'penalties-winner',
        message: `found a level shootout "${fm.match.penalties}", expected one side to win it`,
      });
    }
    if (kicks.length > 0) {
      const counted = { home: 0, away: 0 };
      for (const kick of kicks) if (kick.result === 'scored') counted[kick.team]++;
      if (counted.home !== pens.home || counted.away !== pens.away) {
        problems.push({
          path: ['match', 'penalties'],
          rule: 'penalties-match-kicks',
          message: `found "${fm.match.penalties}", expected "${formatScore(counted)}" as the listed shootout kicks count it`,
          hint: 'correct `penalties`, or the `result` of the kicks under `shootout`',
        });
      }
    }
  } else if (kicks.length > 0 && !drawn && !secondLeg) {
    problems.push({
      path: ['shootout'],
      key: true,
      rule: 'penalties-need-draw',
      message: `found shootout kicks after a ${fm.match.score} score, expected no shootout: ${why}`,
      hint: fix('shootout'),
    });
  }
  if (kicks.length > 0) problems.push(...replayShootout(kicks).problems);
  return problems;
}

/**
 * `aggregate` belongs to a second leg (`leg: 2`) and counts this match's goals; with a shootout it is drawn (a tie
 * won on aggregate has none).
 */
export function checkAggregate(fm: Frontmatter): Problem[] {
  const { aggregate: text, leg } = fm.match;
  if (text === undefined) return [];
  if (leg !== 2)
    return [
      {
        path: ['match', 'aggregate'],
        key: true,
        rule: 'aggregate-needs-second-leg',
        message: `found an aggregate "${text}" ${leg === undefined ? 'without `leg`' : `with leg ${leg}`}, expected \`leg: 2\`: the aggregate is the tie's score after its second leg`,
        hint: `add \`leg: 2\` under \`match\` for the second leg of a two-legged tie, or remove \`aggregate\` (${SEE_FORMAT})`,
      },
    ];
  const aggregate = parseScore(text);
  const score = parseScore(fm.match.score);
  const problems: Problem[] = [];
  if (aggregate.home < score.home || aggregate.away < score.away)
    problems.push({
      path: ['match', 'aggregate'],
      rule: 'aggregate-counts-score',
      message: `found an aggregate "${text}", expected at least this match's score "${fm.match.score}" for each side: the aggregate counts both legs`,
      hint: `write the tie's score after this match, this match's home team first (${SEE_FORMAT})`,
    });
  const shootout = fm.match.penalties !== undefined || (fm.shootout ?? []).length > 0;
  if (shootout && aggregate.home !== aggregate.away)
    problems.push({
      path: ['match', 'aggregate'],
      rule: 'aggregate-drawn-for-penalties',
      message: `found an aggregate "${text}" with a penalty shootout, expected a level aggregate: a tie won on aggregate has no shootout`,
      hint: `correct \`aggregate\`, or remove \`penalties\` and \`shootout\` (${SEE_FORMAT})`,
    });
  return problems;
}

/** Without events to count, `halftime` still cannot exceed `score` for either team. */
export function checkHalftimeWithinScore(fm: Frontmatter, hasEvents: boolean): Problem[] {
  if (fm.match.halftime === undefined || hasEvents) return [];
  const half = parseScore(fm.match.halftime);
  const full = parseScore(fm.match.score);
  if (half.home <= full.home && half.away <= full.away) return [];
  return [
    {
      path: ['match', 'halftime'],
      rule: 'halftime-within-score',
      message: `found "${fm.match.halftime}", expected no more goals for either team than the full-time score "${fm.match.score}"`,
      hint: 'goals are never taken away: each team has at least as many at full time as at half-time',
    },
  ];
}

let possibleShootouts: Set<string> | undefined;

/** Every final score a shootout decided within its first five rounds can have (later rounds end one goal apart). */
function shootoutScoresWithinFiveRounds(): Set<string> {
  if (possibleShootouts) return possibleShootouts;
  const found = new Set<string>();
  for (let outcomes = 0; outcomes < 1 << 10; outcomes++) {
    const taken = { home: 0, away: 0 };
    const scored = { home: 0, away: 0 };
    for (let kick = 0; kick < 10; kick++) {
      const side: Side = kick % 2 === 0 ? 'home' : 'away';
      taken[side]++;
      if (outcomes & (1 << kick)) scored[side]++;
      if (isDecided(taken, scored)) {
        found.add(formatScore(scored));
        found.add(formatScore({ home: scored.away, away: scored.home }));
        break;
      }
    }
  }
  possibleShootouts = found;
  return found;
}

/** A shootout score can happen: one goal apart, or a margin reached within five rounds each (e.g. not 5-0). */
export function isPossibleShootoutScore(score: Score): boolean {
  return Math.abs(score.home - score.away) === 1 || shootoutScoresWithinFiveRounds().has(formatScore(score));
}

/** `penalties` without listed kicks is still a score a shootout can end on. */
export function checkPenaltiesPossible(fm: Frontmatter): Problem[] {
  if (fm.match.penalties === undefined || (fm.shootout ?? []).length > 0) return [];
  const pens = parseScore(fm.match.penalties);
  if (pens.home === pens.away || isPossibleShootoutScore(pens)) return [];
  return [
    {
      path: ['match', 'penalties'],
      rule: 'penalties-possible',
      message: `found "${fm.match.penalties}", expected a score a shootout can end on: it stops as soon as one side can no longer be caught, and after five rounds each it is won by one goal`,
      hint: 'check both numbers; kicks after the decisive one are never taken, so they are not counted',
    },
  ];
}

/** Home and away are two different teams. */
export function checkTeamsDiffer(fm: Frontmatter): Problem[] {
  if (fm.match.home.name.trim().toLowerCase() !== fm.match.away.name.trim().toLowerCase()) return [];
  return [
    {
      path: ['match', 'away', 'name'],
      rule: 'teams-differ',
      message: `found "${fm.match.away.name.trim()}" as both the home and the away team, expected two different teams`,
    },
  ];
}

interface Departure {
  readonly minute: Minute;
  readonly how: string;
  readonly index: number;
}

/** A player substituted off or sent off has no later event and takes no shootout kick. */
export function checkDepartedPlayers(fm: Frontmatter, minutes: readonly (Minute | undefined)[]): Problem[] {
  const problems: Problem[] = [];
  const departed = new Map<string, Departure>();
  const id = (team: Side, player: string) => `${team}\u0000${playerKey(player)}`;
  fm.events.forEach((event, index) => {
    const m = minutes[index];
    if (!m) return;
    const record = (player: string, how: string) => {
      const key = id(event.team, player);
      const earlier = departed.get(key);
      if (!earlier || earlier.minute.order > m.order) departed.set(key, { minute: m, how, index });
    };
    if (event.type === 'sub') record(event.out, 'was substituted off');
    if (event.type === 'red') record(event.player, 'was sent off');
    if (event.type === 'second-yellow') record(event.player, 'was sent off (second yellow)');
  });
  if (departed.size === 0) return problems;

  fm.events.forEach((event, index) => {
    const m = minutes[index];
    if (!m) return;
    const names: [string, string | undefined][] = [
      ['player', 'player' in event ? event.player : undefined],
      ['assist', 'assist' in event ? event.assist : undefined],
      ['in', 'in' in event ? event.in : undefined],
      ['out', 'out' in event ? event.out : undefined],
    ];
    for (const [field, player] of names) {
      if (player === undefined) continue;
      const gone = departed.get(id(event.team, player));
      if (!gone || gone.index === index || gone.minute.order >= m.order) continue;
      problems.push({
        path: ['events', index, field],
        rule: 'departed-player',
        message: `found ${player} at ${m.label}', expected no event: ${player} ${gone.how} at ${gone.minute.label}' (events[${gone.index}])`,
        hint: 'check the minute of both events, or the player named',
      });
    }
  });
  (fm.shootout ?? []).forEach((kick, index) => {
    if (kick.player === undefined) return;
    const gone = departed.get(id(kick.team, kick.player));
    if (!gone) return;
    problems.push({
      path: ['shootout', index, 'player'],
      rule: 'departed-player',
      message: `found ${kick.player} taking a shootout kick, expected a player still on the pitch: ${kick.player} ${gone.how} at ${gone.minute.label}' (events[${gone.index}])`,
    });
  });
  return problems;
}

/** `possession` adds up to 100; `shotsOnTarget` is at most `shots` for each side. */
export function checkStats(fm: Frontmatter): Problem[] {
  const stats = fm.match.stats;
  if (!stats) return [];
  const problems: Problem[] = [];
  if (stats.possession !== undefined) {
    const p = parseScore(stats.possession);
    if (p.home + p.away !== 100)
      problems.push({
        path: ['match', 'stats', 'possession'],
        rule: 'stats-possession',
        message: `found "${stats.possession}", expected two whole percentages that add up to 100 (these add up to ${p.home + p.away})`,
        hint: 'possession is the share of the ball each side had, home first, like "45-55"',
      });
  }
  if (stats.shots !== undefined && stats.shotsOnTarget !== undefined) {
    const shots = parseScore(stats.shots);
    const onTarget = parseScore(stats.shotsOnTarget);
    const over = (['home', 'away'] as const)
      .filter((s) => onTarget[s] > shots[s])
      .map((s) => `${fm.match[s].name.trim()} ${onTarget[s]} on target from ${shots[s]} ${shots[s] === 1 ? 'shot' : 'shots'}`);
    if (over.length > 0)
      problems.push({
        path: ['match', 'stats', 'shotsOnTarget'],
        rule: 'stats-shots',
        message: `found "${stats.shotsOnTarget}", expected at most the shots "${stats.shots}" for each side (${over.join('; ')})`,
        hint: '`shots` counts every shot, on target or not',
      });
  }
  return problems;
}

/** Every cross-field rule over one recap's frontmatter. */
export function checkMatchRules(fm: Frontmatter, hasEvents: boolean): { minutes: (Minute | undefined)[]; problems: Problem[] } {
  const { minutes, problems } = checkMinutes(fm);
  problems.push(
    ...checkScore(fm, minutes, hasEvents),
    ...checkHalftime(fm, minutes, hasEvents),
    ...checkHalftimeWithinScore(fm, hasEvents),
    ...checkPenalties(fm),
    ...checkAggregate(fm),
    ...checkPenaltiesPossible(fm),
    ...checkTeamsDiffer(fm),
    ...checkDepartedPlayers(fm, minutes),
    ...checkLineups(fm, minutes),
    ...checkStats(fm),
    ...checkLanguage(fm),
  );
  return { minutes, problems };
}
