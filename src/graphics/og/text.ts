/**
 * Text builders for the card: a paragraph that fits its box (size chosen from a ladder, lines clamped)
 * and draws right-to-left scripts in visual order (see bidi.ts).
 */
import { bidiText, hasRtl, stripIsolates, type BidiWord } from './bidi.ts';
import { fitFontSize } from './fit.ts';
import { box, text, type OgElement, type Style } from './h.ts';

/** How a paragraph is set. */
export interface ParagraphOptions {
  /** Sizes to try, largest first; the first at which the text fits in `maxLines` wins. */
  readonly sizes: readonly number[];
  readonly maxWidth: number;
  readonly maxLines: number;
  readonly weight: number;
  readonly color: string;
  /** Visual alignment, or `start`: left for left-to-right text, right for right-to-left. */
  readonly align?: 'left' | 'right' | 'center' | 'start';
  readonly lineHeight?: number;
  readonly letterSpacing?: number;
  /** Keep to fewer lines down to a size before using `maxLines` (see `FitOptions`). */
  readonly prefer?: { readonly lines: number; readonly downTo: number };
}

/** A set paragraph and the height its lines take. */
export interface SetText {
  readonly node: OgElement;
  readonly size: number;
  readonly height: number;
}

const JUSTIFY = { left: 'flex-start', right: 'flex-end', center: 'center' } as const;
const JUSTIFY_REVERSED = { left: 'flex-end', right: 'flex-start', center: 'center' } as const;

function word(w: BidiWord): OgElement {
  if (w.runs.length === 1) return text({}, (w.runs[0] as { text: string }).text);
  return box({}, ...w.runs.map((r) => text({}, r.text)));
}

/** A block of text that never overflows its box: it shrinks, wraps, then clips after `maxLines`. */
export function paragraph(content: string, o: ParagraphOptions): OgElement {
  return setText(content, o).node;
}

/** Sets a paragraph (see `paragraph`) and reports its size and height. */
export function setText(content: string, o: ParagraphOptions): SetText {
  // Arabic descends further below the baseline than Latin; with tight leading the clip would cut it.
  const lineHeight = hasRtl(content) ? Math.max(o.lineHeight ?? 1.15, 1.35) : (o.lineHeight ?? 1.15);
  const { size, lines } = fitFontSize(stripIsolates(content), o);
  const height = Math.ceil(size * lineHeight * lines);
  return { node: setNode(content, o, size, lineHeight), size, height };
}

function setNode(content: string, o: ParagraphOptions, size: number, lineHeight: number): OgElement {
  const laid = bidiText(content);
  const align = o.align === 'start' || o.align === undefined ? (laid.rtl ? 'right' : 'left') : o.align;
  const shared: Style = {
    fontSize: size,
    fontWeight: o.weight,
    color: o.color,
    lineHeight,
    maxWidth: o.maxWidth,
    // Room for the deepest descenders (Arabic) below the last line; the next line's glyphs start lower.
    maxHeight: Math.ceil(size * (lineHeight * o.maxLines + 0.2)),
    overflow: 'hidden',
    ...(o.letterSpacing ? { letterSpacing: o.letterSpacing } : {}),
  };
  // satori clamps lines (with an ellipsis) only on block boxes.
  if (!laid.mixed)
    return text(
      { ...shared, display: 'block', textAlign: align, lineClamp: o.maxLines },
      stripIsolates(content).replace(/\s+/g, ' ').trim(),
    );
  // Each word is its own flex item so that satori never lays two directional runs out in logical order;
  // a right-to-left paragraph fills lines from the right (row-reverse) in logical word order.
  const words = laid.rtl ? [...laid.words].reverse() : laid.words;
  return box(
    {
      ...shared,
      flexWrap: 'wrap',
      flexDirection: laid.rtl ? 'row-reverse' : 'row',
      justifyContent: (laid.rtl ? JUSTIFY_REVERSED : JUSTIFY)[align],
      alignItems: 'baseline',
      columnGap: Math.round(size * 0.27),
    },
    ...words.map(word),
  );
}
