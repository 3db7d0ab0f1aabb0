/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`): a page whose key and module
 * graph are unchanged since the last build is copied from the cache instead of rendered. Astro already hashes
 * the page's code, its config and the lockfile; the key adds what it cannot see: the page's data (the
 * loader's digest of the recap, body included) and the site settings taken from the environment
 * (title, language, URL…), which reach pages through src/config.ts rather than through Astro's config.
 * Pages that list many recaps are keyed by the whole content the build read (`contentKeyed`).
 */
import { createHash } from 'node:crypto';
import type { GetStaticPaths } from 'astro';
import { site } from '../config.ts';
import { allRecaps, recapDigests } from './content.ts';
import { held } from '../site/held-content.ts';
import type { SiteContent } from '../site/load.ts';

const SETTINGS = JSON.stringify(site);

/** The incremental-build cache key of a page made from `parts` (e.g. a recap's content digest). */
export function pageCacheKey(...parts: readonly string[]): string {
  const hash = createHash('sha256').update(SETTINGS);
  for (const part of parts) hash.update('\0').update(part);
  return hash.digest('base64url').slice(0, 32);
}

/** Digests of content objects already hashed (one per build: the content the build read). */
const digests = new WeakMap<object, string>();

/** A digest of everything the build read: every recap (body included), team, competition and player file. */
function contentDigest(content: SiteContent): string {
  const known = digests.get(content);
  if (known) return known;
  const hash = createHash('sha256');
  // Recap by recap, so no single string holds the whole site; then the rest (teams and the other data files).
  for (const recap of content.recaps) hash.update(JSON.stringify(recap)).update('\0');
  const { recaps: _recaps, sources: _sources, diagnostics: _diagnostics, files: _files, ...rest } = content;
  hash.update(JSON.stringify(rest));
  const digest = hash.digest('base64url');
  digests.set(content, digest);
  return digest;
}

/**
 * Gives every route of a page that lists, counts or sums recaps (the index, hubs, feeds, tables) the cache key of
 * the whole content, so a rebuild with nothing changed copies them instead of rendering them again, and any change
 * to the content renders them all. Routes get no key (and always render) when no content is held, e.g. in a
 * process that did not read it through src/site/build-content.ts.
 */
export function contentKeyed(paths: GetStaticPaths): GetStaticPaths {
  return async (options) => {
    const routes = await paths(options);
    const content = await held()?.content;
    if (!content) return routes;
    const cacheKey = pageCacheKey(contentDigest(content));
    return routes.map((route) => ({ ...route, cacheKey }));
  };
}

/**
 * Each recap object of the store, and its match, by its digest (the loader's hash of its data and body), so a key can
 * name a recap by its digest instead of serialising it: index pages, feeds, hubs and player pages carry dozens of
 * whole recaps or matches in their props, and serialising those for every route cost 2 s per build at 1,000 recaps
 * (player pages alone: 235 MB of JSON). Pages get their recaps from `allRecaps()`, whose
 * objects are the store's, so the same objects are found here; any other object is serialised as before.
 */
async function recapTokens(): Promise<WeakMap<object, string>> {
  // A build's content never changes: the tokens are made once for every keyed page (`astro dev` makes them anew).
  if (!import.meta.env.DEV) return (builtTokens ??= makeRecapTokens());
  return makeRecapTokens();
}

let builtTokens: Promise<WeakMap<object, string>> | undefined;

async function makeRecapTokens(): Promise<WeakMap<object, string>> {
  const [recaps, digests] = await Promise.all([allRecaps(), recapDigests()]);
  const tokens = new WeakMap<object, string>();
  for (const recap of recaps) {
    const digest = digests.get(recap.slug);
    if (!digest) continue;
    tokens.set(recap, `\0recap:${recap.slug}:${digest}`);
    // Match records (player pages, round-ups) hold a report's match rather than the report.
    tokens.set(recap.match, `\0match:${recap.slug}:${digest}`);
  }
  return tokens;
}

/** The cache key of props: their JSON, with every recap of the store written as its slug and digest. */
function propsKey(props: unknown, tokens: WeakMap<object, string>): string {
  return JSON.stringify(props ?? {}, (_key, value: unknown) => (typeof value === 'object' && value !== null && tokens.get(value)) || value);
}

/**
 * A key part for what else a page reads (its `extra`, e.g. a competition's statistics): its JSON, with every recap
 * and match of the store written as its slug and digest, as in the props' key.
 */
export async function contentJson(value: unknown): Promise<string> {
  return propsKey(value, await recapTokens());
}

/**
 * Keys each route by its own props, for pages drawn from their props alone (a player page from the player's
 * matches): an edit renders again only the routes whose props it changed, not every page of the kind. `extra`
 * names what else a route's page reads (e.g. a team's squad from the stats index), so that changes it too.
 */
export function propsKeyed<P extends object>(paths: GetStaticPaths, extra?: (props: P) => string | Promise<string>): GetStaticPaths {
  return async (options) => {
    const [routes, tokens] = await Promise.all([paths(options), recapTokens()]);
    return Promise.all(
      routes.map(async (route) => {
        const props = (route.props ?? {}) as P;
        const parts = [propsKey(props, tokens), ...(extra ? [await extra(props)] : [])];
        return { ...route, cacheKey: pageCacheKey(...parts) };
      }),
    );
  };
}
