/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`): a page whose key and module
 * graph are unchanged since the last build is copied from the cache instead of rendered. Astro already hashes
 * the page's code, its config and the lockfile; the key adds what it cannot see: the page's data (the
 * loader's digest of the recap, body included) and the site settings taken from the environment
 * (title, language, URL…), which reach pages through src/config.ts rather than through Astro's config.
 */
import { createHash } from 'node:crypto';
import { site } from '../config.ts';

const SETTINGS = JSON.stringify(site);

/** The incremental-build cache key of a page made from `parts` (e.g. a recap's content digest). */
export function pageCacheKey(...parts: readonly string[]): string {
  const hash = createHash('sha256').update(SETTINGS);
  for (const part of parts) hash.update('\0').update(part);
  return hash.digest('base64url').slice(0, 32);
}
