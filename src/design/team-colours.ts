/**
 * Team colours where text sits on them (badges, chips). The text is near-black or white, whichever
 * contrasts more; for mid-tones where even the better one misses WCAG AA (4.5:1, about a tenth of all
 * colours), the colour is darkened just enough for white text to reach it.
 */
import { INK, contrastRatio, ensureContrast, textOn } from '../graphics/colour.ts';

/** WCAG AA for normal-size text. */
export const AA_TEXT = 4.5;

/** Fill and text colours for a label on a team colour. */
export function labelColours(color: string): { fill: string; ink: string } {
  const ink = textOn(color);
  if (contrastRatio(ink, color) >= AA_TEXT) return { fill: color, ink };
  return { fill: ensureContrast(color, INK.light, AA_TEXT), ink: INK.light };
}
