/** Options for drawing the line-up graphic, with their defaults filled in. */

/** What a caller may pass. */
export interface LineupsOptions {
  /** Width in pixels (the viewBox width); default 960. */
  readonly width?: number;
  /** `wide` (both teams side by side on a landscape pitch) or `phone` (one above the other); default: phone below 560px. */
  readonly layout?: 'wide' | 'phone';
  /** Paint a background (standalone files need one); default true. */
  readonly background?: boolean;
  /** Prefix for element ids, unique per page when several graphics are inlined; default `lineups`. */
  readonly idPrefix?: string;
  /** BCP 47 language of the words (the recap's `lang`); default `en`. */
  readonly lang?: string;
}

/** Options with defaults applied. */
export interface LineupsSettings {
  readonly width: number;
  readonly layout: 'wide' | 'phone';
  readonly background: boolean;
  readonly idPrefix: string;
  readonly lang: string;
}

/** Fills in defaults and keeps the width in a drawable range. */
export function settingsFrom(options: LineupsOptions = {}): LineupsSettings {
  const width = Math.round(Math.min(2400, Math.max(280, options.width ?? 960)));
  return {
    width,
    layout: options.layout ?? (width < 560 ? 'phone' : 'wide'),
    background: options.background ?? true,
    idPrefix: (options.idPrefix ?? 'lineups').replace(/[^A-Za-z0-9_-]/g, '-'),
    lang: options.lang ?? 'en',
  };
}
