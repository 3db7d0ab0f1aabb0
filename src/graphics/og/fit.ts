/**
 * Cheap text measurement for choosing font sizes: Noto Sans advance widths for ASCII (measured with satori
 * and kept here as data), class estimates for other scripts, and a greedy line-wrap simulation. Layout
 * stays pure (no font parsing); satori's own wrapping plus `overflow: hidden` remain the safety net, so an
 * estimate that is a little off only costs a size step.
 */

// Advances of U+0020..U+007E in hundredths of an em, Noto Sans Regular and ExtraBold.
const REGULAR =
  '26,27,41,65,57,83,73,23,30,30,55,57,27,32,27,37,57,57,57,57,57,57,57,57,57,57,27,27,57,57,57,43,90,64,65,61,73,56,52,73,74,34,27,62,52,91,76,78,61,78,62,55,57,73,60,93,59,57,57,33,37,33,57,45,28,56,62,48,62,56,34,62,62,26,26,53,26,94,62,61,62,62,41,48,36,62,51,79,53,51,47,38,55,38,57';
const BOLD =
  '26,29,50,65,57,92,77,28,35,35,54,58,30,32,28,43,58,58,58,58,58,58,58,58,58,58,28,29,58,58,58,49,90,71,67,63,73,56,54,73,77,41,34,68,57,95,82,79,63,79,67,56,60,76,67,100,69,64,59,33,43,33,55,45,39,61,64,53,64,61,40,64,66,31,31,64,31,99,66,63,64,64,46,51,45,66,59,88,60,59,50,41,53,41,58';
const TABLES = { regular: REGULAR.split(',').map((n) => Number(n) / 100), bold: BOLD.split(',').map((n) => Number(n) / 100) };

const FULL_WIDTH = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|[\ud840-\ud87f][\udc00-\udfff]/;
const EMOJI = /\p{Extended_Pictographic}/u;
const MARK = /[\p{M}\u200c\u200d\ufe0f]/u;

/** Estimated advance of one character, in em, at a weight. */
export function charWidth(char: string, weight = 400): number {
  const table = weight >= 600 ? TABLES.bold : TABLES.regular;
  const code = char.codePointAt(0) as number;
  if (code >= 0x20 && code < 0x7f) return table[code - 0x20] as number;
  if (MARK.test(char)) return 0;
  if (FULL_WIDTH.test(char)) return 1;
  if (EMOJI.test(char)) return 1.2;
  const base = char.normalize('NFD').codePointAt(0) as number;
  if (base >= 0x20 && base < 0x7f) return table[base - 0x20] as number;
  return weight >= 600 ? 0.72 : 0.66;
}

/** Estimated width of a string in pixels. */
export function textWidth(text: string, fontSize: number, weight = 400, letterSpacing = 0): number {
  let em = 0;
  let count = 0;
  for (const char of text) {
    em += charWidth(char, weight);
    count++;
  }
  return em * fontSize + letterSpacing * count;
}

const CJK_OR_REST =
  /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|[^\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+/g;

// Break opportunities: spaces, and around every full-width (CJK) character.
function tokens(text: string): { word: string; space: boolean }[] {
  const out: { word: string; space: boolean }[] = [];
  for (const part of text.split(/\s+/).filter(Boolean)) {
    (part.match(CJK_OR_REST) ?? []).forEach((piece, i) => out.push({ word: piece, space: i === 0 && out.length > 0 }));
  }
  return out;
}

/** How text is set: size, weight and letter spacing. */
export interface Setting {
  readonly weight?: number;
  readonly letterSpacing?: number;
}

// Estimates are within a few percent; keep that much in hand so satori never wraps where we did not.
const SAFETY = 0.96;

/** Lines greedy wrapping needs at `fontSize` in `maxWidth` (infinite when a word is wider than the box). */
export function lineCount(text: string, fontSize: number, maxWidth: number, setting: Setting = {}): number {
  const width = (s: string) => textWidth(s, fontSize, setting.weight, setting.letterSpacing);
  const room = maxWidth * SAFETY;
  let lines = 1;
  let used = 0;
  for (const { word, space } of tokens(text)) {
    const w = width(word);
    if (w > room) return Number.POSITIVE_INFINITY;
    const gap = space && used > 0 ? width(' ') : 0;
    if (used > 0 && used + gap + w > room) {
      lines++;
      used = w;
    } else used += gap + w;
  }
  return lines;
}

/** What to fit: the box width, the most lines allowed, and the sizes to try, largest first. */
export interface FitOptions extends Setting {
  readonly maxWidth: number;
  readonly maxLines: number;
  readonly sizes: readonly number[];
  /**
   * Keep to `lines` lines down to size `downTo` before using more (a name split as `Inter Miami / CF`
   * reads worse than a slightly smaller one-line name).
   */
  readonly prefer?: { readonly lines: number; readonly downTo: number };
}

/** The largest size from `sizes` at which `text` fits, and its line count; the smallest size when none does. */
export function fitFontSize(text: string, o: FitOptions): { size: number; lines: number } {
  if (o.prefer) {
    for (const size of o.sizes.filter((s) => s >= (o.prefer?.downTo ?? 0))) {
      const lines = lineCount(text, size, o.maxWidth, o);
      if (lines <= o.prefer.lines) return { size, lines };
    }
  }
  for (const size of o.sizes) {
    const lines = lineCount(text, size, o.maxWidth, o);
    if (lines <= o.maxLines) return { size, lines };
  }
  return { size: o.sizes.at(-1) ?? 16, lines: o.maxLines };
}
