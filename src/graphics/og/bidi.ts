/**
 * Right-to-left text for satori. Satori shapes each same-script run with HarfBuzz (so an Arabic run comes
 * out joined and reversed correctly) but lays runs out left to right in logical order, with no bidi
 * algorithm: an Arabic sentence with a Latin name or a score inside comes out scrambled. We run the Unicode
 * bidi algorithm (bidi-js), cut the text into words and directional runs, and hand satori the runs in
 * visual order; each right-to-left run stays in logical order because HarfBuzz reverses it.
 */
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/** A run of one direction inside a word. */
export interface BidiRun {
  readonly text: string;
  /** True when satori should draw the run right to left (it does so itself for RTL scripts). */
  readonly rtl: boolean;
}

/** A word (no spaces inside): its runs in visual order, left to right. */
export interface BidiWord {
  readonly runs: readonly BidiRun[];
}

/** A paragraph laid out for satori. */
export interface BidiText {
  /** Paragraph direction, from the first strong character. */
  readonly rtl: boolean;
  /** True when any character is drawn right to left. */
  readonly mixed: boolean;
  /** Words in visual order, left to right, as on one line. */
  readonly words: readonly BidiWord[];
}

// Arabic, Hebrew, Syriac, Thaana, NKo and the presentation forms: scripts HarfBuzz draws right to left.
const STRONG_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud83a[\udc00-\udfff]|\ud83b[\udc00-\udeff]/;

/** Directional isolates (LRI, RLI, FSI, PDI): they steer the bidi algorithm and are then dropped, satori has no glyph for them. */
const ISOLATES = /[\u2066-\u2069]/g;

/** The text without directional isolates, as drawn and measured. */
export function stripIsolates(text: string): string {
  return text.replace(ISOLATES, '');
}

/** True when the text holds any right-to-left letter (the only case that needs reordering). */
export function hasRtl(text: string): boolean {
  return STRONG_RTL.test(text);
}

/** Visual order of items with bidi levels (UBA rule L2): indices, left to right. */
export function visualOrder(levels: readonly number[]): number[] {
  const order = levels.map((_, i) => i);
  if (levels.length === 0) return order;
  const max = Math.max(...levels);
  const minOdd = Math.min(...levels.map((l) => (l % 2 === 1 ? l : l + 1)));
  for (let level = max; level >= minOdd; level--) {
    let i = 0;
    while (i < order.length) {
      if ((levels[order[i] as number] as number) < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && (levels[order[j] as number] as number) >= level) j++;
      order.splice(i, j - i, ...order.slice(i, j).reverse());
      i = j;
    }
  }
  return order;
}

function mirrorReverse(run: string): string {
  return [...run]
    .reverse()
    .map((c) => bidi.getMirroredCharacter(c) ?? c)
    .join('');
}

/** Lays out one paragraph: words and runs in visual order (see the module comment). */
export function bidiText(input: string): BidiText {
  const text = input.replace(/\s+/g, ' ').trim();
  if (!hasRtl(text)) {
    const plain = stripIsolates(text);
    const words = plain === '' ? [] : plain.split(' ').map((w) => ({ runs: [{ text: w, rtl: false }] }));
    return { rtl: false, mixed: false, words };
  }
  const { levels, paragraphs } = bidi.getEmbeddingLevels(text, 'auto');
  const paraLevel = paragraphs[0]?.level ?? 0;
  const words: { runs: BidiRun[]; level: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== ' ') continue;
    if (i > start && stripIsolates(text.slice(start, i)) !== '') words.push(wordAt(text, levels, start, i));
    start = i + 1;
  }
  const order = visualOrder(words.map((w) => w.level));
  return { rtl: paraLevel % 2 === 1, mixed: true, words: order.map((i) => ({ runs: (words[i] as BidiWord).runs })) };
}

function wordAt(text: string, levels: Uint8Array, start: number, end: number): { runs: BidiRun[]; level: number } {
  const spans: { text: string; level: number }[] = [];
  for (let i = start; i < end; i++) {
    if (ISOLATES.test(text[i] as string)) {
      ISOLATES.lastIndex = 0;
      continue;
    }
    const level = levels[i] as number;
    const last = spans.at(-1);
    if (last && last.level === level) last.text += text[i];
    else spans.push({ text: text[i] as string, level });
  }
  const runs = visualOrder(spans.map((s) => s.level)).map((i) => {
    const span = spans[i] as { text: string; level: number };
    const rtl = span.level % 2 === 1;
    // HarfBuzz reverses runs of RTL letters itself; a run of only neutrals (brackets, dashes) it would draw
    // left to right, so flip and mirror those here.
    return rtl && !hasRtl(span.text) ? { text: mirrorReverse(span.text), rtl: false } : { text: span.text, rtl };
  });
  return { runs, level: Math.min(...spans.map((s) => s.level)) };
}
