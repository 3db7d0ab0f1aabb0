/**
 * What the line-up graphic says about each player: the appearance (started, on, off, minutes, from
 * `appearances()`), and what the player did, from the events: goals, own goals, assists and cards, each
 * with its minute, and whether they were player of the match.
 */
import { appearances, playerKey } from '../../recap/appearances.ts';
import type { Minute } from '../../recap/minute.ts';
import type { Appearance, Lineup, Match, Side } from '../../recap/model.ts';

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

/** The sides with a line-up, home first, each player with what they did. */
export function sideViews(match: Match): SideView[] {
  const lineups = match.lineups;
  if (!lineups) return [];
  const all = appearances(match);
  const potm = match.playerOfTheMatch === undefined ? undefined : playerKey(match.playerOfTheMatch);
  const views: SideView[] = [];
  for (const side of ['home', 'away'] as const) {
    const lineup = lineups[side];
    if (!lineup) continue;
    const players = all[side].map((appearance): PlayerView => {
      const key = playerKey(appearance.name);
      return {
        ...appearance,
        side,
        happenings: happeningsOf(match, side, key, appearance),
        // A name in both line-ups is the home player's (the rules do not tie it to a side).
        playerOfTheMatch: potm === key && !(side === 'away' && all.home.some((p) => playerKey(p.name) === key)),
      };
    });
    views.push({ side, lineup, starting: players.slice(0, lineup.starting.length), bench: players.slice(lineup.starting.length) });
  }
  return views;
}

function happeningsOf(match: Match, side: Side, key: string, appearance: Appearance): Happening[] {
  const list: Happening[] = [];
  const is = (name: string | undefined) => name !== undefined && playerKey(name) === key;
  if (appearance.on) list.push({ kind: 'on', minute: appearance.on });
  for (const event of match.events) {
    if (event.team !== side) continue;
    if (event.type === 'goal' && is(event.player))
      list.push({ kind: event.how === 'penalty' ? 'penalty-goal' : 'goal', minute: event.minute });
    else if (event.type === 'own-goal' && is(event.player)) list.push({ kind: 'own-goal', minute: event.minute });
    else if (event.type === 'yellow' || event.type === 'second-yellow' || event.type === 'red') {
      if (is(event.player)) list.push({ kind: event.type, minute: event.minute });
    }
    if (event.type === 'goal' && is(event.assist)) list.push({ kind: 'assist', minute: event.minute });
  }
  if (appearance.off && appearance.offReason === 'sub') list.push({ kind: 'off', minute: appearance.off });
  return list.sort((a, b) => a.minute.order - b.minute.order);
}
