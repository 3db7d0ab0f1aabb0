import { describe, expect, it } from 'vitest';
import { renderTimeline } from '../../src/graphics/timeline/index.ts';
import { tickMinutes, timeScale } from '../../src/graphics/timeline/scale.ts';
import { minute } from '../../src/recap/minute.ts';
import { sevenASide } from './lineups-matches.ts';

describe('the timeline follows the match length (halfLength)', () => {
  it('ends the periods at H and 2H, and at 2H+15 and 2H+30 with extra time', () => {
    const scale = timeScale({ from: 0, to: 600, extraTime: true, halfLength: 25, minutes: [] });
    expect(scale.periods.map((p) => [p.start, p.end])).toEqual([
      [0, 25],
      [25, 50],
      [50, 65],
      [65, 80],
    ]);
    // 25+2 sits in first-half added time: after 25 and before 26.
    expect(scale.at(minute(25, 2))).toBeGreaterThan(scale.at(minute(25)));
    expect(scale.at(minute(25, 2))).toBeLessThan(scale.at(minute(26)));
    expect(scale.at(minute(50))).toBeLessThan(scale.at(minute(51)));
  });

  it('marks every 10 minutes in halves shorter than 40, every 15 in longer ones, none in extra time', () => {
    const short = timeScale({ from: 0, to: 600, extraTime: true, halfLength: 25, minutes: [] });
    expect(short.periods.map((p) => tickMinutes(p, 25))).toEqual([[10, 20], [35, 45], [], []]);
    const long = timeScale({ from: 0, to: 600, extraTime: false, halfLength: 45, minutes: [] });
    expect(long.periods.map((p) => tickMinutes(p, 45))).toEqual([
      [15, 30],
      [60, 75],
    ]);
  });

  it('draws a 2×25 match with half-time at 25 and full time at 50, on both layouts', () => {
    const match = sevenASide();
    expect(match.halfLength).toBe(25);
    for (const width of [960, 360]) {
      const svg = renderTimeline(match, { width });
      expect(svg).toContain('>HT 2\u20131<');
      expect(svg).toContain('>FT 2\u20132<');
      expect(svg).toContain('>35\u2032<');
      expect(svg).not.toContain('>60\u2032<');
      expect(svg).not.toContain('>75\u2032<');
    }
  });
});
