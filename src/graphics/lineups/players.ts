/**
 * What the line-up graphic says about each player: the appearance (started, on, off, minutes, from
 * `appearances()`), and what the player did, from the events: goals, own goals, assists and cards, each
 * with its minute, and whether they were player of the match.
 */
import { appearances, playerKey } from '../../recap/appearances.ts';
import type { Minute } from '../../recap/minute.ts';
import type { Appearance, Lineup, Match, MatchEvent, Side } from '../../recap/model.ts';

/** One thing that happened to a player, in match-time order. */
export interface Happening {
  readonly kind: 'goal' | 'penalty-goal' | 'own-goal' | 'assist' | 'yellow' | 'second-yellow' | 'red' | 'on' | 'off';
  readonly minute: Minute;
}

/** A player as the graphic draws them. */
export interface PlayerView extends Appearance {
  readonly side: Side;
  /** Goals, assists, cards, coming on and going off, in match-time order. */
  readonly happenings: readonly Happening[];
  readonly playerOfTheMatch: boolean;
}

/** One side as the graphic draws it. */
export interface SideView {
  readonly side: Side;
  readonly lineup: Lineup;
  readonly starting: readonly PlayerView[];
  readonly bench: readonly PlayerView[];
}

/**
 * The last match asked for and its views: a recap page asks four times for the same match (its lists and three
 * drawings: src/components/Lineups.astro, the standalone SVG), one after another. One match is kept, not every
 * match of the build, so nothing grows with the site.
 */
let last: { readonly match: Match; readonly views: readonly SideView[] } | undefined;

/** The sides with a line-up, home first, each player with what they did. */
export function sideViews(match: Match): readonly SideView[] {
  if (last?.match !== match) last = { match, views: makeSideViews(match) };
  return last.views;
}

function makeSideViews(match: Match): SideView[] {
  const lineups = match.lineups;
  if (!lineups) return [];
  const all = appearances(match);
  const potm = match.playerOfTheMatch === undefined ? undefined : playerKey(match.playerOfTheMatch);
  // Each event's names as keys, once per match rather than once per listed player.
  const events = match.events.map((event) => ({
    event,
    player: event.player === undefined ? undefined : playerKey(event.player),
    assist: event.type === 'goal' && event.assist !== undefined ? playerKey(event.assist) : undefined,
  }));
  const homeKeys = new Set(all.home.map((p) => playerKey(p.name)));
  const views: SideView[] = [];
  for (const side of ['home', 'away'] as const) {
    const lineup = lineups[side];
    if (!lineup) continue;
    const players = all[side].map((appearance): PlayerView => {
      const key = playerKey(appearance.name);
      return {
        ...appearance,
        side,
        happenings: happeningsOf(events, side, key, appearance),
        // A name in both line-ups is the home player's (the rules do not tie it to a side).
        playerOfTheMatch: potm === key && !(side === 'away' && homeKeys.has(key)),
      };
    });
    views.push({ side, lineup, starting: players.slice(0, lineup.starting.length), bench: players.slice(lineup.starting.length) });
  }
  return views;
}

/** An event with its player's and assist's keys. */
interface KeyedEvent {
  readonly event: MatchEvent;
  readonly player: string | undefined;
  readonly assist: string | undefined;
}

function happeningsOf(events: readonly KeyedEvent[], side: Side, key: string, appearance: Appearance): Happening[] {
  const list: Happening[] = [];
  if (appearance.on) list.push({ kind: 'on', minute: appearance.on });
  for (const { event, player, assist } of events) {
    if (event.team !== side) continue;
    if (event.type === 'goal' && player === key)
      list.push({ kind: event.how === 'penalty' ? 'penalty-goal' : 'goal', minute: event.minute });
    else if (event.type === 'own-goal' && player === key) list.push({ kind: 'own-goal', minute: event.minute });
    else if (event.type === 'yellow' || event.type === 'second-yellow' || event.type === 'red') {
      if (player === key) list.push({ kind: event.type, minute: event.minute });
    }
    if (event.type === 'goal' && assist === key) list.push({ kind: 'assist', minute: event.minute });
  }
  if (appearance.off && appearance.offReason === 'sub') list.push({ kind: 'off', minute: appearance.off });
  return list.sort((a, b) => a.minute.order - b.minute.order);
}
