/**
 * Where a build keeps the content it read, for every part of it to take: a slot on `globalThis`, because the build
 * script, Astro's config (the card integration), the content config (the loader) and the pages are separate module
 * instances in one process. No imports, so pages can ask for it without bundling the reader.
 * `build-content.ts` fills and empties it; `page-cache.ts` keys hub pages by what it holds.
 */
import type { SiteContent } from './load.ts';

const SLOT = Symbol.for('fulltime.site-content');

/** What the slot holds: the content and what it was read for (folders and options). */
export interface Held {
  readonly key: string;
  readonly content: Promise<SiteContent>;
}

type Holder = { [SLOT]?: Held };

/** The content held in this process, if any. */
export function held(): Held | undefined {
  return (globalThis as Holder)[SLOT];
}

/** Holds `value`, or empties the slot with `undefined`. */
export function hold(value: Held | undefined): void {
  if (value) (globalThis as Holder)[SLOT] = value;
  else delete (globalThis as Holder)[SLOT];
}
