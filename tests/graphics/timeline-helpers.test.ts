import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/graphics/colour.ts';
import { assignLanes } from '../../src/graphics/timeline/lanes.ts';
import { clashes, colourDistance, DARK, LIGHT, teamPaints } from '../../src/graphics/timeline/palette.ts';
import { timeScale } from '../../src/graphics/timeline/scale.ts';
import { spreadLabels } from '../../src/graphics/timeline/spread.ts';
import { escapeXml, num } from '../../src/graphics/timeline/svg.ts';
import { textWidth } from '../../src/graphics/timeline/text-width.ts';
import { wrapText } from '../../src/graphics/timeline/wrap.ts';
import { minute } from '../../src/recap/minute.ts';

const m = (base: number, added = 0) => minute(base, added);

describe('time scale', () => {
  const scale = timeScale({ from: 0, to: 1000, extraTime: false, minutes: [m(45, 2), m(90, 3)] });

  it('orders added time after the period end and before the next period', () => {
    const xs = [m(1), m(44), m(45), m(45, 1), m(45, 2), m(46), m(89), m(90), m(90, 1), m(90, 3)].map((x) => scale.at(x));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(xs.length);
  });

  it('draws an added-time stretch one minute longer than the latest added minute, and at least two minutes', () => {
    expect(scale.periods.map((p) => p.added)).toEqual([3, 4]);
    const quiet = timeScale({ from: 0, to: 1000, extraTime: false, minutes: [] });
    expect(quiet.periods.map((p) => p.added)).toEqual([2, 2]);
    for (const p of scale.periods) expect(p.to - p.regularTo).toBeCloseTo(p.added * scale.perMinute);
  });

  it('spans the axis exactly, with gaps between periods', () => {
    expect(scale.periods[0]?.from).toBe(0);
    expect(scale.periods.at(-1)?.to).toBeCloseTo(1000);
    expect((scale.periods[1]?.from ?? 0) - (scale.periods[0]?.to ?? 0)).toBe(6);
  });

  it('adds extra time only when it was played', () => {
    expect(scale.periods.map((p) => p.end)).toEqual([45, 90]);
    const et = timeScale({ from: 0, to: 1000, extraTime: true, minutes: [m(120, 2)] });
    expect(et.periods.map((p) => p.end)).toEqual([45, 90, 105, 120]);
    expect(et.at(m(90, 1))).toBeLessThan(et.at(m(91)));
    expect(et.at(m(105, 1))).toBeLessThan(et.at(m(106)));
    expect(et.at(m(120, 2))).toBeGreaterThan(et.at(m(120)));
  });

  it('is monotonic in match order for any minutes', () => {
    const minuteArb = fc.oneof(
      fc.integer({ min: 1, max: 120 }).map((b) => m(b)),
      fc.tuple(fc.constantFrom(45, 90, 105, 120), fc.integer({ min: 1, max: 30 })).map(([b, a]) => m(b, a)),
    );
    fc.assert(
      fc.property(fc.array(minuteArb, { maxLength: 30 }), (minutes) => {
        const s = timeScale({ from: 50, to: 900, extraTime: true, minutes });
        const sorted = [...minutes].sort((a, b) => a.order - b.order);
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1], sorted[i]] as [ReturnType<typeof m>, ReturnType<typeof m>];
          if (a.order < b.order) expect(s.at(a)).toBeLessThan(s.at(b));
        }
      }),
    );
  });
});

describe('lanes', () => {
  const options = { min: 0, max: 500, lead: 10, gap: 4 };

  it('stacks labels of the same minute in successive lanes on one stem', () => {
    const placed = assignLanes(
      [
        { anchor: 100, width: 80 },
        { anchor: 100, width: 60 },
        { anchor: 100, width: 90 },
      ],
      options,
    );
    expect(placed.map((p) => [p.lane, p.x0])).toEqual([
      [0, 90],
      [1, 90],
      [2, 90],
    ]);
  });

  it('keeps a lane for labels that do not touch, and flips labels that would run off the right edge', () => {
    const placed = assignLanes(
      [
        { anchor: 10, width: 50 },
        { anchor: 100, width: 50 },
        { anchor: 480, width: 100 },
      ],
      options,
    );
    expect(placed.map((p) => p.lane)).toEqual([0, 0, 0]);
    expect(placed[2]).toMatchObject({ align: 'end', x1: 490, x0: 390 });
  });

  it('never overlaps two labels in one lane (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ anchor: fc.integer({ min: 0, max: 500 }), width: fc.integer({ min: 20, max: 300 }) }), { maxLength: 40 }),
        (requests) => {
          const placed = assignLanes(requests, options);
          for (const a of placed)
            for (const b of placed)
              if (a !== b && a.lane === b.lane) expect(a.x1 + options.gap <= b.x0 || b.x1 + options.gap <= a.x0).toBe(true);
        },
      ),
    );
  });
});

describe('spread', () => {
  it('centres a crowded group on its events and keeps order', () => {
    const starts = spreadLabels(
      [
        { at: 100, size: 20 },
        { at: 100, size: 20 },
      ],
      { min: 0, max: 1000, gap: 4 },
    );
    expect(starts).toEqual([78, 102]);
  });

  it('never overlaps labels (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.integer({ min: 0, max: 400 }), size: fc.integer({ min: 10, max: 60 }) }), { maxLength: 40 }),
        (requests) => {
          const starts = spreadLabels(requests, { min: 0, max: Number.POSITIVE_INFINITY, gap: 4 });
          const boxes = requests.map((r, i) => [starts[i] as number, (starts[i] as number) + r.size] as const).sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < boxes.length; i++)
            expect((boxes[i] as readonly number[])[0]).toBeGreaterThanOrEqual(
              ((boxes[i - 1] as readonly number[])[1] as number) + 4 - 1e-9,
            );
          expect(Math.min(...starts, 0)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('team colours', () => {
  it('keeps distinct colours and replaces a clashing away colour', () => {
    expect(clashes('#d11241', '#1d4ed8')).toBe(false);
    expect(teamPaints('#d11241', '#1d4ed8').away.substituted).toBe(false);
    const same = teamPaints('#d11241', '#d01040');
    expect(same.away.substituted).toBe(true);
    expect(colourDistance(same.home.fill, same.away.fill)).toBeGreaterThan(0.12);
  });

  it('outlines a colour that is too faint on a background, per theme', () => {
    const white = teamPaints('#ffffff', '#111111');
    expect(white.home).toMatchObject({ edgeLight: true, edgeDark: false });
    expect(white.away).toMatchObject({ edgeLight: false, edgeDark: true });
  });

  it('keeps WCAG AA text contrast on any team colour, and home and away apart (property)', () => {
    const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
    fc.assert(
      fc.property(hex, hex, (home, away) => {
        const paints = teamPaints(home, away);
        for (const paint of [paints.home, paints.away]) {
          expect(contrastRatio(paint.text, paint.fill)).toBeGreaterThanOrEqual(4.5);
          expect(paint.edgeLight).toBe(contrastRatio(paint.fill, LIGHT.surface) < 3);
          expect(paint.edgeDark).toBe(contrastRatio(paint.fill, DARK.surface) < 3);
        }
        expect(clashes(paints.home.fill, paints.away.fill)).toBe(false);
      }),
    );
  });
});

describe('text', () => {
  it('escapes markup and quotes and drops characters XML forbids', () => {
    expect(escapeXml(`<script>"a" & 'b'\u0001</script>`)).toBe('&lt;script&gt;&quot;a&quot; &amp; &apos;b&apos;&lt;/script&gt;');
  });

  it('prints numbers with at most two decimals and no negative zero', () => {
    expect([num(1.005), num(2.5), num(-0.001), num(3)]).toEqual(['1', '2.5', '0', '3']);
  });

  it('measures wide scripts wider than Latin and ignores combining marks', () => {
    expect(textWidth('笘野薫', 12)).toBeGreaterThan(textWidth('abc', 12));
    expect(textWidth('e\u0301', 12)).toBeCloseTo(textWidth('e', 12));
    expect(textWidth('Messi', 12, true)).toBeGreaterThan(textWidth('Messi', 12));
  });

  it('wraps at spaces and breaks an over-long word between graphemes', () => {
    expect(wrapText('Benjamin Cremaschi', 70, 12)).toEqual(['Benjamin', 'Cremaschi']);
    const lines = wrapText('Milinković-Savić', 40, 12);
    expect(lines.join('')).toBe('Milinković-Savić');
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(40);
  });
});
