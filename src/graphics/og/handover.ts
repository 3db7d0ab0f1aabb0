/**
 * Where the card step's inputs live: the card cache, and the name of the variable that tells the Astro step where to
 * hand the card jobs over. Kept apart from the card machinery (site-cards.ts), so that scripts/build.ts reads them
 * without loading it: the build's own process stays small while the Astro step, the build's peak, runs beside it.
 */
import { cacheFolder } from '../../config.ts';

/** The disk cache of rendered cards: `$FULLTIME_OG_CACHE_DIR`, else the build's `og` cache folder (src/config.ts). */
export function cardCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['FULLTIME_OG_CACHE_DIR'] ?? cacheFolder('og', env);
}

/**
 * Environment variable scripts/build.ts sets for its Astro step: the file to write the card jobs to, instead of
 * rendering them. The card step reads them from there, so the build's own process never deserialises or holds them
 * (passed through it, 10,000 recaps' trees stayed in its heap through the search index).
 */
export const CARDS_AFTER_ASTRO = 'FULLTIME_CARD_JOBS_FILE';

/** What the Astro step tells scripts/build.ts over IPC once it has handed the cards over. */
export interface CardsHandedOver {
  /** Cards not in the cache, in the jobs file (none written when 0): with a few, the finishing steps run beside them. */
  readonly cardsToRender: number;
}
