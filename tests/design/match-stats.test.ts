import { describe, expect, it } from 'vitest';
import { statRows } from '../../src/design/match-stats.ts';
import { translator } from '../../src/i18n/index.ts';

const t = translator('en');

describe('statRows', () => {
  it('keeps the order README "Recap format" gives, only the stats the author wrote, and splits each bar by share', () => {
    const rows = statRows(
      { stats: { xg: { home: 1.9, away: 0.42 }, possession: { home: 45, away: 55 }, corners: { home: 0, away: 0 } } },
      t,
    );
    expect(rows.map((r) => [r.key, r.label, r.home.text, r.away.text, Math.round(r.home.share * 100)])).toEqual([
      ['possession', 'Possession', '45%', '55%', 45],
      ['corners', 'Corners', '0', '0', 50],
      ['xg', 'Expected goals (xG)', '1.90', '0.42', 82],
    ]);
    for (const row of rows) expect(row.home.share + row.away.share).toBeCloseTo(1);
  });

  it('is empty without stats', () => {
    expect(statRows({}, t)).toEqual([]);
  });
});
