import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, toHex } from '../../src/graphics/colour.ts';
import { AA_TEXT, labelColours } from '../../src/design/team-colours.ts';
import { cssName, DARK_PALETTE, LIGHT_PALETTE, type Palette } from '../../src/design/palette.ts';

/** A palette keyed by custom property name (`--ink-soft`), as the pairs below name them. */
const tokens = (palette: Palette): Record<string, string> => Object.fromEntries(Object.entries(palette).map(([k, v]) => [cssName(k), v]));

const light = tokens(LIGHT_PALETTE);
const dark = tokens(DARK_PALETTE);

/** [foreground, background, minimum ratio]: every text pairing the stylesheets use, and the UI marks (3:1). */
const pairs: [string, string, number][] = [
  ...['--paper', '--surface', '--sunken'].flatMap((bg): [string, string, number][] => [
    ['--ink', bg, AA_TEXT],
    ['--ink-soft', bg, AA_TEXT],
    ['--muted', bg, AA_TEXT],
    ['--accent', bg, AA_TEXT],
    ['--focus', bg, 3],
    ['--win', bg, 3],
    ['--loss', bg, 3],
  ]),
  ['--paper', '--ink', AA_TEXT],
  ['--paper', '--ink-soft', AA_TEXT],
  ['--on-accent', '--accent', AA_TEXT],
  ['--ink', '--accent-soft', AA_TEXT],
  ['--mark-ink', '--mark-bg', AA_TEXT],
  // Names and minutes on the line-up pitch.
  ['--ink', '--pitch', AA_TEXT],
  ['--muted', '--pitch', AA_TEXT],
  ['--pitch-line', '--pitch', 1.3],
];

describe('colour contrast (WCAG AA)', () => {
  for (const [name, palette] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`meets the minimum for every pairing in the ${name} theme`, () => {
      const failures = pairs
        .map(([fg, bg, min]) => ({ pair: `${fg} on ${bg}`, ratio: contrastRatio(palette[fg]!, palette[bg]!), min }))
        .filter(({ ratio, min }) => !(ratio >= min));
      expect(failures).toEqual([]);
    });
  }

  it('keeps text on any team colour readable', () => {
    const channel = fc.integer({ min: 0, max: 255 });
    fc.assert(
      fc.property(channel, channel, channel, (r, g, b) => {
        const { fill, ink } = labelColours(toHex({ r, g, b }));
        expect(contrastRatio(fill, ink)).toBeGreaterThanOrEqual(AA_TEXT);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves colours that already contrast untouched and darkens mid-tones just enough', () => {
    expect(labelColours('#0b1f3a')).toEqual({ fill: '#0b1f3a', ink: '#ffffff' });
    expect(labelColours('#f4e04d')).toEqual({ fill: '#f4e04d', ink: '#111418' });
    // #777777 is a mid-tone: neither near-black (4.1:1) nor white (4.48:1) reaches AA on it.
    const grey = labelColours('#777777');
    expect(grey.ink).toBe('#ffffff');
    expect(grey.fill).not.toBe('#777777');
    expect(contrastRatio(grey.fill, '#ffffff')).toBeGreaterThanOrEqual(AA_TEXT);
  });
});
