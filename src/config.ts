/**
 * Site settings: the one place to change the publication's name, address and layout options.
 * Environment variables override the defaults so tests and benchmarks can build variants
 * (another content folder, a base path) without editing this file.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Settings that shape the whole site. */
export interface SiteConfig {
  /** Publication name, shown in the header, feeds and cards. */
  readonly title: string;
  /** One-line description for the home page, feeds and meta tags. */
  readonly description: string;
  /** Absolute origin the site is deployed to, used for canonical URLs, feeds and OG images. */
  readonly url: string;
  /** Path prefix the site is served under: `/` or `/something/` (leading and trailing slash). */
  readonly base: string;
  /** BCP 47 language tag of the content. */
  readonly lang: string;
  /** Recaps per index page. */
  readonly pageSize: number;
  /** Folder holding `recaps/` and `teams/` (absolute path). */
  readonly contentDir: string;
  /** Indexed pages per part of the search index: a site with more is indexed in parts (src/delivery/search-parts.ts). */
  readonly searchPartPages: number;
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The folder of one of the build's caches (validated reads, social cards, the finishing steps' index and audit):
 * `$FULLTIME_CACHE_DIR/<name>`, else `.cache/<name>` in the project (README, "Site settings").
 */
export function cacheFolder(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = env['FULLTIME_CACHE_DIR'];
  return base ? path.join(base, name) : path.join(projectRoot, '.cache', name);
}

/** Normalises a base path to `/` or `/segment/.../`. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

const env = process.env;

/** The publication's line when the settings give none; pages show it in their own language (`site.description` key). */
export const DEFAULT_DESCRIPTION = 'Match recaps with the whole story: goals, cards, shootouts and the score as it moved.';

/** The site configuration in force for this process. */
export const site: SiteConfig = {
  title: env['FULLTIME_TITLE'] ?? 'Fulltime',
  description: env['FULLTIME_DESCRIPTION'] ?? DEFAULT_DESCRIPTION,
  url: (env['FULLTIME_SITE_URL'] ?? 'https://fulltime.example').replace(/\/+$/, ''),
  base: normaliseBase(env['FULLTIME_BASE'] ?? '/'),
  lang: env['FULLTIME_LANG'] ?? 'en',
  pageSize: positiveInt(env['FULLTIME_PAGE_SIZE'], 10),
  contentDir: path.resolve(projectRoot, env['FULLTIME_CONTENT_DIR'] ?? 'content'),
  searchPartPages: positiveInt(env['FULLTIME_SEARCH_PART_PAGES'], 5000),
};
