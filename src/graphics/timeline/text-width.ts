/**
 * Text width estimates for laying out labels without a browser. Widths are the larger of the advances of
 * Noto Sans (first in the standalone file's font stack) and Inter (the site's text face, which the page
 * applies to the inline SVG), plus a margin for other fallback fonts, so a label measured here is not
 * narrower than the rendered one. Tests check this against resvg.
 */

// Per character U+0020-U+007E, hundredths of an em: max(Noto Sans, Inter); bold takes Inter at 700 as 7% wider.
const ASCII_REGULAR = [
  28, 29, 47, 65, 64, 98, 73, 30, 36, 36, 55, 66, 29, 46, 29, 37, 63, 57, 61, 62, 65, 59, 62, 57, 62, 62, 29, 30, 66, 66, 66, 51, 97, 69,
  65, 73, 73, 60, 59, 75, 74, 34, 57, 67, 57, 91, 76, 78, 64, 78, 64, 64, 65, 74, 69, 99, 68, 68, 63, 36, 37, 36, 57, 46, 32, 56, 62, 57,
  62, 58, 37, 62, 62, 26, 26, 55, 26, 94, 62, 61, 62, 62, 41, 53, 36, 62, 56, 82, 55, 56, 55, 43, 55, 43, 66,
];
const ASCII_BOLD = [
  30, 31, 50, 67, 68, 105, 75, 32, 39, 39, 54, 71, 31, 49, 31, 42, 67, 57, 65, 66, 70, 63, 66, 61, 66, 66, 31, 32, 71, 71, 71, 55, 104, 74,
  70, 78, 77, 64, 63, 80, 79, 39, 61, 72, 61, 96, 81, 81, 68, 81, 68, 68, 70, 79, 74, 106, 73, 73, 67, 39, 42, 39, 57, 49, 37, 60, 65, 61,
  65, 62, 40, 65, 65, 30, 30, 62, 30, 98, 65, 64, 65, 65, 45, 57, 43, 65, 60, 88, 59, 60, 59, 46, 55, 46, 71,
];
/** Fallback fonts (DejaVu Sans, Segoe UI, SF) run up to this much wider than Noto Sans. */
const SAFETY = 1.08;

const WIDE = /[\u1100-\u11FF\u2E80-\uA4CF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;
const MARK = /\p{M}|[\u200B-\u200F\u2060-\u2069\uFE00-\uFE0F]/u;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;

function charWidth(char: string, bold: boolean): number {
  const code = char.codePointAt(0) ?? 0;
  const table = bold ? ASCII_BOLD : ASCII_REGULAR;
  if (code >= 0x20 && code <= 0x7e) return (table[code - 0x20] ?? 60) / 100;
  if (MARK.test(char)) return 0;
  if (WIDE.test(char)) return 1;
  if (ARABIC.test(char)) return 0.62;
  if (code === 0x2032) return bold ? 0.3 : 0.23;
  if (code === 0x2013) return 0.5;
  // Accented Latin: the base letter's width; anything else (Cyrillic, Greek, symbols) a wide letter.
  const base = char.normalize('NFD').codePointAt(0) ?? 0;
  if (base >= 0x20 && base <= 0x7e) return (table[base - 0x20] ?? 60) / 100 + 0.02;
  return bold ? 0.72 : 0.68;
}

/** Estimated advance width of `text` in pixels at `size`, never less than the rendered width. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charWidth(char, bold);
  return em * size * SAFETY;
}
