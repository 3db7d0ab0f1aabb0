/**
 * Who played and for how long: a side's line-up replayed through its substitutions and sendings-off.
 * The replay is shared by the line-up rules (`lineup-rules.ts`: is a player on the pitch at that minute?)
 * and by `appearances()`, which gives every listed player's minutes for pages, graphics and player hubs.
 *
 * Minutes played, the convention: a minute is counted up to the minute written, and added time counts as the
 * end of its period (`45+2` counts as 45, `90+3` as 90). A starter who stays on plays the whole match: 2H, or
 * 2H+30 with extra time (90 or 120 with 45-minute halves). A player who comes on at 63' plays 90 - 63 = 27; one
 * who goes off or is sent off at 63' plays 63. A player who came on plays at least 1 minute (on at 90+3 → 1).
 * An unused substitute plays 0, and so does one sent off from the bench.
 */
import { LRUCache } from 'lru-cache';
import { lastMinute, type Minute } from './minute.ts';
import type { Appearance, LeftReason, Match, Side } from './model.ts';
import type { EventType } from './schema.ts';

/** Keys already made: a build asks for the same few thousand names again and again (every page that shows a line-up). */
const keys = new LRUCache<string, string>({ max: 50_000 });

/** A player's identity within a match: the name with case, spacing and Unicode composition aside. */
export function playerKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    keys.set(name, (key = name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()));
  }
  return key;
}

/** An event as the replay reads it: one side's events, in match-time order. */
export interface ReplayEvent {
  /** Position in the author's list (for messages). */
  readonly index: number;
  readonly minute: Minute;
  readonly type: EventType;
  readonly player?: string | undefined;
  readonly in?: string | undefined;
  readonly out?: string | undefined;
}

/** A listed player as the replay needs them: the name. */
export interface NamedPlayer {
  readonly name: string;
}

/** One listed player's time on the pitch. */
export interface Stint {
  readonly player: NamedPlayer;
  readonly started: boolean;
  /** Where the player is listed: `starting` or `bench`, and the position in that list. */
  readonly list: 'starting' | 'bench';
  readonly at: number;
  /** When a substitute came on, and the event that brought them on. */
  on?: { readonly minute: Minute; readonly index: number };
  /** When the player went off or was sent off, how, and the event. */
  off?: { readonly minute: Minute; readonly index: number; readonly reason: LeftReason };
}

/** The players a line-up lists, as the replay needs them. */
export interface ReplayLineup {
  readonly starting: readonly NamedPlayer[];
  readonly bench: readonly NamedPlayer[];
}

/**
 * Replays one side's events over its line-up: substitutes come on (once, if they are on the bench and have not
 * played), players on the pitch go off, and red cards and second yellows send players off (from the bench too).
 * Returns each listed player's stint by `playerKey`; the first listing wins when a name is listed twice.
 */
export function replayLineup(lineup: ReplayLineup, events: readonly ReplayEvent[]): Map<string, Stint> {
  const stints = new Map<string, Stint>();
  const list = (players: readonly NamedPlayer[], kind: 'starting' | 'bench') =>
    players.forEach((player, at) => {
      const key = playerKey(player.name);
      if (!stints.has(key)) stints.set(key, { player, started: kind === 'starting', list: kind, at });
    });
  list(lineup.starting, 'starting');
  list(lineup.bench, 'bench');
  const stintOf = (name: string | undefined) => (name === undefined ? undefined : stints.get(playerKey(name)));
  for (const event of events) {
    if (event.type === 'sub') {
      const coming = stintOf(event.in);
      if (coming && !coming.started && !coming.on && !coming.off) coming.on = { minute: event.minute, index: event.index };
      const going = stintOf(event.out);
      if (going && !going.off && (going.started || going.on)) going.off = { minute: event.minute, index: event.index, reason: 'sub' };
    } else if (event.type === 'red' || event.type === 'second-yellow') {
      const sent = stintOf(event.player);
      if (sent && !sent.off) sent.off = { minute: event.minute, index: event.index, reason: event.type };
    }
  }
  return stints;
}

/** True when the player has taken the field by `minute` (a substitute who comes on in the same minute counts). */
export function hasComeOn(stint: Stint, minute?: Minute): boolean {
  if (stint.started) return true;
  if (!stint.on) return false;
  return minute === undefined || stint.on.minute.order <= minute.order;
}

/** Minutes a stint spent on the pitch in a match of `length` minutes (see the convention at the top of this file). */
function minutesPlayed(stint: Stint, length: number): number {
  if (!hasComeOn(stint)) return 0;
  const from = stint.on ? stint.on.minute.base : 0;
  const to = stint.off ? stint.off.minute.base : length;
  const played = Math.max(0, to - from);
  return stint.started ? played : Math.max(1, played);
}

/** The events of one side as the replay reads them (the match's events are already in match-time order). */
export function sideEvents(match: Pick<Match, 'events'>, side: Side): ReplayEvent[] {
  return match.events.filter((event) => event.team === side);
}

/**
 * Every listed player's appearance, per side: starters in line-up order, then the bench. A side without a
 * line-up has none (an empty list).
 */
export function appearances(match: Pick<Match, 'lineups' | 'events' | 'extraTime' | 'halfLength'>): {
  home: Appearance[];
  away: Appearance[];
} {
  const length = lastMinute(match.extraTime, match.halfLength);
  const side = (which: Side): Appearance[] => {
    const lineup = match.lineups?.[which];
    if (!lineup) return [];
    const stints = replayLineup(lineup, sideEvents(match, which));
    return [...lineup.starting, ...lineup.bench].map((player) => {
      const stint = stints.get(playerKey(player.name)) as Stint;
      return {
        name: player.name,
        ...(player.number === undefined ? {} : { number: player.number }),
        ...(player.position === undefined ? {} : { position: player.position }),
        started: stint.started,
        ...(stint.on ? { on: stint.on.minute } : {}),
        ...(stint.off ? { off: stint.off.minute, offReason: stint.off.reason } : {}),
        minutes: minutesPlayed(stint, length),
      };
    });
  };
  return { home: side('home'), away: side('away') };
}
