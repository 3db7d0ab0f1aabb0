import { describe, expect, it } from 'vitest';
import { bidiText, visualOrder } from '../../src/graphics/og/bidi.ts';
import { fitFontSize, lineCount } from '../../src/graphics/og/fit.ts';

const visual = (text: string) => bidiText(text).words.map((w) => w.runs.map((r) => (r.rtl ? `<${r.text}>` : r.text)).join(''));

describe('bidi layout', () => {
  it('reverses runs level by level (UBA rule L2)', () => {
    expect(visualOrder([0, 1, 1, 0])).toEqual([0, 2, 1, 3]);
    expect(visualOrder([1, 2, 2, 1])).toEqual([3, 1, 2, 0]);
    expect(visualOrder([0, 0])).toEqual([0, 1]);
  });

  it('leaves left-to-right text alone', () => {
    expect(bidiText('Inter  Miami CF')).toEqual({
      rtl: false,
      mixed: false,
      words: ['Inter', 'Miami', 'CF'].map((text) => ({ runs: [{ text, rtl: false }] })),
    });
  });

  it('orders an Arabic sentence from the right and keeps an embedded Latin name left to right', () => {
    expect(bidiText('فاز Joaquín Arrieta اليوم').rtl).toBe(true);
    expect(visual('فاز Joaquín Arrieta اليوم')).toEqual(['<اليوم>', 'Joaquín', 'Arrieta', '<فاز>']);
  });

  it('keeps an Arabic name inside an English sentence in right-to-left order', () => {
    expect(visual('Goal for نادي القصر today')).toEqual(['Goal', 'for', '<القصر>', '<نادي>', 'today']);
  });

  it('keeps brackets around an Arabic word on the left-to-right side', () => {
    expect(visual('Al Wahah (الواحة)')).toEqual(['Al', 'Wahah', '(<الواحة>)']);
  });
});

describe('text fitting', () => {
  it('counts wrapped lines, breaking CJK anywhere and Latin at spaces', () => {
    expect(lineCount('FC Dallas', 60, 370)).toBe(1);
    expect(lineCount('Borussia Kühlenbrückenau', 60, 370)).toBe(Number.POSITIVE_INFINITY);
    expect(lineCount('港南ファルコンズが終盤の逆転で北山レッズを下す', 40, 400)).toBe(3);
  });

  it('shrinks a long name before wrapping it, and wraps only below the preferred size', () => {
    const o = { sizes: [60, 54, 48, 44, 40, 36, 32, 28], prefer: { lines: 1, downTo: 44 }, maxWidth: 370, maxLines: 2, weight: 800 };
    expect(fitFontSize('FC Dallas', o)).toEqual({ size: 60, lines: 1 });
    expect(fitFontSize('Inter Miami CF', o)).toEqual({ size: 44, lines: 1 });
    expect(fitFontSize('Wetherhampton Wanderers Football Club', o).lines).toBe(2);
    expect(fitFontSize('x'.repeat(200), o)).toEqual({ size: 28, lines: 2 });
  });
});
