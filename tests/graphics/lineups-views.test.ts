import { describe, expect, it } from 'vitest';
import { sideViews } from '../../src/graphics/lineups/players.ts';
import { busyPlayer, cupTie } from './lineups-matches.ts';

describe('line-up views of one match after another', () => {
  it('are made once for a match asked again, and never given for another match', () => {
    const a = cupTie();
    const b = busyPlayer();
    const first = sideViews(a);
    expect(sideViews(a)).toBe(first);
    const other = sideViews(b);
    expect(other).not.toBe(first);
    // Asked again after another match: the same views as a fresh match with the same data.
    expect(sideViews(a)).toEqual(sideViews(cupTie()));
    expect(sideViews(b)).toEqual(other);
    const names = (views: typeof first) => views.flatMap((v) => v.starting.map((p) => p.name));
    expect(names(sideViews(a))).toEqual(names(first));
    expect(names(sideViews(a))).not.toEqual(names(other));
  });
});
