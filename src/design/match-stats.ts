/**
 * The match stats block as data: each statistic the author gave, in display order, with both sides' values as
 * the language writes them and each side's share of the bar (the two shares add up to 1).
 */
import type { Translator } from '../i18n/index.ts';
import { STAT_KEYS, type Match, type StatKey } from '../recap/model.ts';

/** One side's value in a row. */
export interface StatCell {
  readonly value: number;
  /** As shown: `55%`, `1.92`, `14`. */
  readonly text: string;
  /** Share of the bar, 0-1. */
  readonly share: number;
}

/** One statistic for both sides. */
export interface StatRow {
  readonly key: StatKey;
  readonly label: string;
  readonly home: StatCell;
  readonly away: StatCell;
}

/** The rows of the stats block; empty when the match has no stats. */
export function statRows(match: Pick<Match, 'stats'>, t: Translator): StatRow[] {
  const stats = match.stats;
  if (!stats) return [];
  const format = (key: StatKey, value: number) => {
    if (key === 'possession') return t('stats.percent', { value: t.number(value) });
    if (key === 'xg') return t.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return t.number(value);
  };
  return STAT_KEYS.flatMap((key) => {
    const pair = stats[key];
    if (!pair) return [];
    const total = pair.home + pair.away;
    // Nothing to compare (0-0): the bar splits evenly.
    const homeShare = total > 0 ? pair.home / total : 0.5;
    return [
      {
        key,
        label: t(`stats.${key}`),
        home: { value: pair.home, text: format(key, pair.home), share: homeShare },
        away: { value: pair.away, text: format(key, pair.away), share: 1 - homeShare },
      },
    ];
  });
}
