/**
 * The columns of player totals tables (player pages, squads): which to show for a set of rows and the value of
 * each. Always appearances, goals and assists; starts and minutes only where line-ups exist; the rarer counts
 * only when someone has one, so a Sunday-league squad is not a wall of zeros.
 */
import type { PlayerTotals } from './player-stats.ts';

/** A column: its catalogue key (`players.col.<key>`, `….full`) and how to read it. */
export interface StatColumn {
  readonly key:
    | 'apps'
    | 'starts'
    | 'minutes'
    | 'goals'
    | 'assists'
    | 'penalties'
    | 'penalties-missed'
    | 'own-goals'
    | 'yellow'
    | 'red'
    | 'shootout'
    | 'potm';
  readonly value: (t: PlayerTotals) => number;
  /** Shown as `scored/taken` (shootout kicks). */
  readonly outOf?: (t: PlayerTotals) => number;
}

const ALL: readonly (StatColumn & { always?: boolean; lineups?: boolean })[] = [
  { key: 'apps', value: (t) => t.apps, always: true },
  { key: 'starts', value: (t) => t.starts, lineups: true },
  { key: 'minutes', value: (t) => t.minutes, lineups: true },
  { key: 'goals', value: (t) => t.goals, always: true },
  { key: 'assists', value: (t) => t.assists, always: true },
  { key: 'penalties', value: (t) => t.penaltyGoals },
  { key: 'penalties-missed', value: (t) => t.penaltiesMissed },
  { key: 'own-goals', value: (t) => t.ownGoals },
  { key: 'yellow', value: (t) => t.yellow, always: true },
  { key: 'red', value: (t) => t.red, always: true },
  { key: 'shootout', value: (t) => t.kicksScored, outOf: (t) => t.kicksScored + t.kicksMissed },
  { key: 'potm', value: (t) => t.playerOfTheMatch },
];

/** The columns worth showing for these rows. */
export function statColumns(rows: readonly PlayerTotals[]): StatColumn[] {
  return ALL.filter((c) =>
    c.always ? true : c.lineups ? rows.some((r) => r.lineupApps > 0) : rows.some((r) => (c.outOf ?? c.value)(r) > 0),
  );
}
