/**
 * API-Football events → recap events and shootout kicks. In a substitution `player` goes off and `assist` comes
 * on; an own goal is listed under the team it counts for (the recap's `team` is the scorer's own side); shootout
 * kicks are goal events at 120' marked "Penalty Shootout", whose `extra` counts the kicks: the array is in no
 * particular order, so the kicks are sorted by that counter.
 */
import { opponent, type Side } from '../recap/model.ts';
import type { Fixture, FixtureProblem, sideFinder } from './api-football-schema.ts';
import type { Squads } from './api-football-lineups.ts';
import type { ImportedEvent, ImportedKick, NotCarried } from './model.ts';

/** The event fields every event's conversion reads. */
export const EVENT_FIELDS = ['time', 'team.id', 'team.name', 'player', 'assist', 'type', 'detail', 'comments'].map((p) => `events[].${p}`);

/** The events of a fixture in recap terms. */
export interface Events {
  readonly events: readonly ImportedEvent[];
  /** Kicks in the order taken. */
  readonly shootout: readonly ImportedKick[];
  readonly notCarried: readonly NotCarried[];
}

/** The recap's minute for an event: `elapsed` plus stoppage `extra`; 93 without extra time is 90+3. */
export function eventMinute(elapsed: number, extra: number | null | undefined, extraTime: boolean): number | string {
  const last = extraTime ? 120 : 90;
  if (extra && extra > 0) return `${elapsed}+${extra}`;
  if (elapsed > last) return `${last}+${elapsed - last}`;
  return Math.max(1, elapsed);
}

/** The card an API-Football detail names ("Yellow Card", "Second Yellow card", "Red Card"). */
function cardType(detail: string): 'yellow' | 'second-yellow' | 'red' | undefined {
  if (detail.includes('second')) return 'second-yellow';
  if (detail.includes('red')) return 'red';
  return detail.includes('yellow') ? 'yellow' : undefined;
}

/** Reads a fixture's events; what has no place (a coach's card, an unknown type) is listed as not carried. */
export function readEvents(
  fixture: Fixture,
  sideOf: ReturnType<typeof sideFinder>,
  squads: Squads,
  extraTime: boolean,
): Events | FixtureProblem {
  const events: ImportedEvent[] = [];
  const kicks: { order: number; counter: number; kick: ImportedKick }[] = [];
  const notCarried: NotCarried[] = [];
  const skip = (why: string) => notCarried.push({ field: 'events[]', why });
  const { named } = squads;
  for (const [order, event] of (fixture.events ?? []).entries()) {
    const side = sideOf(event.team.id, ['events', order, 'team', 'id']);
    if (typeof side !== 'string') return side;
    const type = event.type.toLowerCase();
    const detail = (event.detail ?? '').toLowerCase();
    const comments = event.comments?.trim() || undefined;
    const minute = eventMinute(event.time.elapsed, event.time.extra, extraTime);
    const note = comments ? { note: comments } : {};
    if (type === 'goal' && comments?.toLowerCase() === 'penalty shootout') {
      const player = named(event.player, side);
      // "Missed Penalty" covers saved and missed kicks alike: written as missed.
      const result = detail === 'penalty' ? 'scored' : 'missed';
      kicks.push({ order, counter: event.time.extra ?? order, kick: { team: side, ...(player ? { player } : {}), result } });
    } else if (type === 'goal' && detail === 'own goal') {
      // Listed under the team it counts for: the scorer's own side is the other one (the line-ups confirm it).
      const own: Side = squads.sideOfPlayer(event.player) ?? opponent(side);
      const player = named(event.player, own);
      events.push({ minute, type: 'own-goal', team: own, ...(player ? { player } : {}), ...note });
    } else if (type === 'goal') {
      const player = named(event.player, side);
      const missed = detail === 'missed penalty';
      if (!player) skip(`${missed ? 'a missed penalty' : 'a goal'} by a player the line-up does not list`);
      else if (missed) events.push({ minute, type: 'penalty-miss', team: side, player, ...note });
      else {
        const assist = named(event.assist, side);
        const how = detail === 'penalty' ? { how: 'penalty' as const } : {};
        events.push({ minute, type: 'goal', team: side, player, ...(assist ? { assist } : {}), ...how, ...note });
      }
    } else if (type === 'card') {
      const player = named(event.player, side);
      const kind = cardType(detail);
      if (!kind) skip(`a card of a kind the format does not have ("${event.detail ?? ''}")`);
      else if (!player) skip('a card for someone the line-up does not list (a coach or official)');
      else events.push({ minute, type: kind, team: side, player, ...note });
    } else if (type === 'subst') {
      const out = named(event.player, side);
      const into = named(event.assist, side);
      if (!out || !into) skip('a substitution whose players the line-up does not list');
      else events.push({ minute, type: 'sub', team: side, in: into, out, ...note });
    } else if (type === 'var') {
      const player = named(event.player, side);
      const text = [event.detail?.trim(), comments].filter(Boolean).join('; ');
      events.push({ minute, type: 'var', team: side, ...(player ? { player } : {}), ...(text ? { note: text } : {}) });
    } else skip(`an event of a type the format does not have ("${event.type}")`);
  }
  const shootout = kicks.sort((a, b) => a.counter - b.counter || a.order - b.order).map((k) => k.kick);
  return { events, shootout, notCarried };
}
