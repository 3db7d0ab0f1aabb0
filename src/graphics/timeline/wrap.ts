/**
 * Word wrapping for the compact layout's narrow columns: break at spaces, and inside a word only when
 * the word alone is too wide (between grapheme clusters, so accents and CJK characters stay whole).
 */
import { textWidth } from './text-width.ts';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Splits text into lines no wider than `maxWidth` (a single grapheme wider than that gets a line of its own). */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => textWidth(candidate, size, bold) <= maxWidth;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    if (fits(word)) {
      line = word;
      continue;
    }
    for (const { segment } of graphemes.segment(word)) {
      if (line !== '' && !fits(line + segment)) {
        lines.push(line);
        line = '';
      }
      line += segment;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}
