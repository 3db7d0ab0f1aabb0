/** Options for drawing a timeline, with their defaults filled in. */
import { translator, type Translator } from '../../i18n/index.ts';

/** What a caller may pass. */
export interface TimelineOptions {
  /** Width in pixels (the viewBox width); default 960. */
  readonly width?: number;
  /** `wide` (time left to right) or `compact` (time top to bottom, for phones); default: compact below 560px. */
  readonly layout?: 'wide' | 'compact';
  /** Draw the scoreline and match details on top; default true (the page, which shows a scoreboard, turns it off). */
  readonly header?: boolean;
  /** Paint a background (standalone files need one); default true. */
  readonly background?: boolean;
  /** Prefix for element ids, unique per page when several timelines are inlined; default `timeline`. */
  readonly idPrefix?: string;
  /**
   * BCP 47 language of every word in the drawing (labels, titles, the summary, dates); default `en`. A
   * right-to-left language mirrors the drawing: minute 1 at the right, the home side on the right.
   */
  readonly lang?: string;
}

/** Options with defaults applied. */
export interface TimelineSettings {
  readonly width: number;
  readonly layout: 'wide' | 'compact';
  readonly header: boolean;
  readonly background: boolean;
  readonly idPrefix: string;
  readonly lang: string;
  /** The words of `lang`. */
  readonly t: Translator;
}

/** Fills in defaults and keeps the width in a drawable range. */
export function settingsFrom(options: TimelineOptions = {}): TimelineSettings {
  const width = Math.round(Math.min(2400, Math.max(280, options.width ?? 960)));
  return {
    width,
    layout: options.layout ?? (width < 560 ? 'compact' : 'wide'),
    header: options.header ?? true,
    background: options.background ?? true,
    idPrefix: (options.idPrefix ?? 'timeline').replace(/[^A-Za-z0-9_-]/g, '-'),
    lang: options.lang ?? 'en',
    t: translator(options.lang ?? 'en'),
  };
}
