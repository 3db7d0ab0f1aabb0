import { describe, expect, it } from 'vitest';
import { checkTargets } from '../../scripts/bench/report.ts';
import type { BuildFigures, SizeResult } from '../../scripts/bench/suite.ts';

const build = (wallS: number, cpuS: number): BuildFigures => ({
  wallMs: wallS * 1000,
  cpuMs: cpuS * 1000,
  peakRss: 800 * 2 ** 20,
  phaseRss: {},
  phases: {},
});

const target = (results: SizeResult[], name: string) => checkTargets(results, 2).find((t) => t.target.startsWith(name));

describe('the benchmark targets', () => {
  // 1,000 recaps: bare 10.7 s + 1,000 cards of 32 ms on 2 cores = 26.7 s, so 1.15× allows 30.7 s; the serial endpoint
  // 44.6 s, so 0.6× allows 26.8 s.
  const r1000: SizeResult = {
    recaps: 1000,
    cold: build(49.9, 71.6),
    bare: build(10.7, 12.1),
    serial: build(44.6, 48.5),
    raw: { cards: 200, firstMs: 120, meanMs: 32, meanBytes: 63_000 },
  };

  it('give a cold build its ratio, the time the target allows and the least its CPU takes on every core', () => {
    expect(target([r1000], 'cold 1,000 ≤ 1.15')).toEqual({
      target: 'cold 1,000 ≤ 1.15 × (bare + raw cards ÷ cores)',
      figure: '1.87× (49.9 s; 30.7 s allowed, its 71.6 s of CPU ÷ 2 cores 35.8 s)',
      met: false,
    });
    expect(target([r1000], 'cold 1,000 ≤ 0.6')?.figure).toBe('1.12× (49.9 s; 26.8 s allowed, its 71.6 s of CPU ÷ 2 cores 35.8 s)');
  });

  it('count a cold build within the allowed time as met', () => {
    const quick = { ...r1000, cold: build(30, 50) };
    expect(target([quick], 'cold 1,000 ≤ 1.15')).toMatchObject({
      figure: expect.stringMatching(/^1\.12× \(30\.0 s; 30\.7 s allowed/),
      met: true,
    });
    expect(target([quick], 'cold 1,000 ≤ 0.6')?.met).toBe(false);
  });

  it('give the 10,000-recap cold build the same', () => {
    const r10k: SizeResult = { recaps: 10_000, cold: build(433.5, 622.6) };
    expect(target([r10k], '10,000 recaps: cold')).toEqual({
      target: '10,000 recaps: cold ≤ 4 min',
      figure: '433.5 s; 240.0 s allowed, its 622.6 s of CPU ÷ 2 cores 311.3 s',
      met: false,
    });
    expect(target([r1000], '10,000 recaps: cold')).toMatchObject({ figure: 'not measured', met: undefined });
  });
});
