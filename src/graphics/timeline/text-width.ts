/**
 * Text width estimates for laying out labels without a browser. Widths are Noto Sans advances (the first
 * family in the timeline's font stack) plus a margin for the fallback fonts a page may use instead, so a
 * label measured here is never narrower than the rendered one. Tests check this against resvg.
 */

// Advance widths of Noto Sans for U+0020-U+007E, in hundredths of an em (regular, then bold).
const ASCII_REGULAR = [
  26, 27, 41, 65, 57, 83, 73, 23, 30, 30, 55, 57, 27, 32, 27, 37, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 27, 27, 57, 57, 57, 43, 90, 64,
  65, 63, 73, 56, 52, 73, 74, 34, 27, 62, 52, 91, 76, 78, 61, 78, 62, 55, 56, 73, 60, 93, 59, 57, 57, 33, 37, 33, 57, 44, 28, 56, 62, 48,
  62, 56, 34, 62, 62, 26, 26, 53, 26, 94, 62, 61, 62, 62, 41, 48, 36, 62, 51, 79, 53, 51, 47, 38, 55, 38, 57,
];
const ASCII_BOLD = [
  26, 28, 48, 65, 57, 90, 75, 27, 34, 34, 54, 57, 28, 32, 28, 42, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 28, 28, 57, 57, 57, 48, 90, 69,
  67, 64, 73, 56, 55, 72, 77, 39, 33, 66, 56, 94, 81, 79, 62, 79, 66, 55, 58, 76, 65, 97, 67, 63, 58, 33, 42, 33, 57, 41, 37, 60, 63, 52,
  63, 60, 39, 63, 65, 30, 30, 62, 30, 98, 65, 63, 63, 63, 45, 50, 43, 65, 57, 86, 58, 57, 49, 39, 55, 39, 57,
];
/** Fallback fonts (DejaVu Sans, Segoe UI, SF) run up to this much wider than Noto Sans. */
const SAFETY = 1.08;

const WIDE = /[\u1100-\u11FF\u2E80-\uA4CF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;
const MARK = /\p{M}|[\u200B-\u200F\u2060-\u2064\uFE00-\uFE0F]/u;
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
