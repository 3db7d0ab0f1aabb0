/**
 * Round-ups: the weekly post a league publishes, one per competition, season and round: every result, the
 * scorers with their minutes, the red cards, and the reports of each match.
 */
import type { Side } from '../recap/model.ts';
import { opponent } from '../recap/model.ts';
import { slugFor } from '../recap/slug.ts';
import type { MatchRecord } from './match-records.ts';
import type { PlayerDirectory } from './players.ts';

/** A player named in a round-up, with a page slug when the site has one. */
export interface NamedPlayer {
  readonly name: string;
  readonly slug?: string;
}

/** One scorer of one side in one match: every minute they scored, in order. */
export interface ScorerMinutes extends NamedPlayer {
  /** Minutes as written (`23`, `90+2`), with the kind of goal when it is not from open play (pages word them). */
  readonly minutes: readonly { readonly minute: string; readonly kind?: 'penalty' | 'own-goal' }[];
}

/** A sending-off. */
export interface SendingOff extends NamedPlayer {
  readonly side: Side;
  /** As written: `63`, `90+2`. */
  readonly minute: string;
  /** True for a second yellow. */
  readonly secondYellow: boolean;
}

/** One match of a round. */
export interface RoundUpMatch {
  readonly record: MatchRecord;
  /** Scorers by the side the goals counted for. */
  readonly scorers: { readonly home: readonly ScorerMinutes[]; readonly away: readonly ScorerMinutes[] };
  readonly sendingsOff: readonly SendingOff[];
}

/** One round of a season of a competition. */
export interface RoundUp {
  readonly competitionSlug: string;
  readonly competition: string;
  readonly season?: string;
  readonly seasonSlug: string;
  readonly round: string;
  readonly roundSlug: string;
  /** The latest kick-off date of the round (YYYY-MM-DD): the round-up's date. */
  readonly date: string;
  /** Earliest kick-off first. */
  readonly matches: readonly RoundUpMatch[];
  readonly goals: number;
}

/** The round-up of one match. */
function roundUpMatch(record: MatchRecord, slugOf: (name: string, side: Side) => string | undefined): RoundUpMatch {
  const { match } = record;
  const scorers = { home: new Map<string, ScorerMinutes>(), away: new Map<string, ScorerMinutes>() };
  for (const goal of match.goals) {
    const side = goal.scoredFor ?? goal.team;
    const name = goal.player ?? '';
    const playerSide = goal.type === 'own-goal' ? opponent(side) : side;
    const entry = scorers[side].get(name) ?? {
      name,
      ...(goal.player && slugOf(goal.player, playerSide) ? { slug: slugOf(goal.player, playerSide) as string } : {}),
      minutes: [],
    };
    const kind = goal.type === 'own-goal' ? 'own-goal' : goal.how === 'penalty' ? 'penalty' : undefined;
    scorers[side].set(name, { ...entry, minutes: [...entry.minutes, { minute: goal.minute.label, ...(kind ? { kind } : {}) }] });
  }
  const sendingsOff = match.events.flatMap((event): SendingOff[] => {
    if ((event.type !== 'red' && event.type !== 'second-yellow') || !event.player) return [];
    const slug = slugOf(event.player, event.team);
    return [
      {
        name: event.player,
        ...(slug ? { slug } : {}),
        side: event.team,
        minute: event.minute.label,
        secondYellow: event.type === 'second-yellow',
      },
    ];
  });
  return { record, scorers: { home: [...scorers.home.values()], away: [...scorers.away.values()] }, sendingsOff };
}

/** The round-ups of every competition, season and named round, in the order the rounds were played. */
export function roundUps(
  records: readonly MatchRecord[],
  slugs: ReadonlyMap<string, string>,
  directory: Pick<PlayerDirectory, 'identify'>,
): RoundUp[] {
  const groups = new Map<string, MatchRecord[]>();
  for (const record of records) {
    if (!record.round) continue;
    const key = `${record.competitionSlug}|${record.seasonSlug}|${slugFor(record.round)}`;
    const list = groups.get(key);
    if (list) list.push(record);
    else groups.set(key, [record]);
  }
  return [...groups.values()].map((list): RoundUp => {
    const first = list[0] as MatchRecord;
    const matches = list.map((record) =>
      roundUpMatch(record, (name, side) => slugs.get(directory.identify(name, record.match[side].slug).id)),
    );
    return {
      competitionSlug: first.competitionSlug,
      competition: first.competition,
      ...(first.season ? { season: first.season } : {}),
      seasonSlug: first.seasonSlug,
      round: first.round as string,
      roundSlug: slugFor(first.round as string) || 'round',
      date: list.reduce((max, r) => (r.match.kickoffDate > max ? r.match.kickoffDate : max), first.match.kickoffDate),
      matches,
      goals: list.reduce((n, r) => n + r.match.score.home + r.match.score.away, 0),
    };
  });
}
