/**
 * How long browsers and CDNs may keep each file of the built site. Files whose name changes with their
 * content (Astro's `/_astro/` bundles, Pagefind's index chunks, content-hashed images) are immutable for
 * a year; everything else (HTML, feeds, the sitemap, Pagefind's entry point) is cached briefly and
 * revalidated, so a new deploy shows up within minutes.
 *
 * Netlify and Cloudflare Pages both apply every matching `_headers` rule and join a header set twice
 * with a comma, so the rules are made not to overlap: a folder whose files all share one policy gets
 * one `/folder/*` rule, a mixed folder gets a rule per file and per subfolder.
 */
import { PART_FOLDER } from './search-parts.ts';

/** The two cache policies. */
export type CachePolicy = 'immutable' | 'revalidate';

/** The Cache-Control value of each policy. */
export const CACHE_CONTROL: Readonly<Record<CachePolicy, string>> = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'public, max-age=300, must-revalidate',
};

/** A `_headers` path pattern and the policy for what it matches. */
export interface CacheRule {
  readonly pattern: string;
  readonly policy: CachePolicy;
}

/** Open Graph cards are named `<stem>-<12 hex digits of SHA-256>.png` (src/graphics/og/key.ts). */
const HASHED_CARD = /-[0-9a-f]{12}\.(png|jpe?g|webp)$/;

/** Pagefind names its index, filter and fragment chunks and language meta files by content hash, in every part. */
const HASHED_INDEX = new RegExp(`^pagefind/(${PART_FOLDER.source})?((index|filter|fragment)/|pagefind\\.[^/]+\\.pf_meta$)`);

/** The policy for one file, by its path relative to the site root (forward slashes). */
export function cachePolicy(file: string): CachePolicy {
  if (file.startsWith('_astro/')) return 'immutable';
  if (HASHED_INDEX.test(file)) return 'immutable';
  if (file.startsWith('og/') && HASHED_CARD.test(file)) return 'immutable';
  return 'revalidate';
}

interface Folder {
  readonly files: string[];
  readonly folders: Map<string, Folder>;
}

function tree(files: readonly string[]): Folder {
  const root: Folder = { files: [], folders: new Map() };
  for (const file of files) {
    const parts = file.split('/');
    let folder = root;
    for (const part of parts.slice(0, -1)) {
      let next = folder.folders.get(part);
      if (!next) folder.folders.set(part, (next = { files: [], folders: new Map() }));
      folder = next;
    }
    folder.files.push(file);
  }
  return root;
}

function policiesUnder(folder: Folder): Set<CachePolicy> {
  const found = new Set(folder.files.map(cachePolicy));
  for (const child of folder.folders.values()) for (const p of policiesUnder(child)) found.add(p);
  return found;
}

/** The URL path a file is served at: `a/index.html` → `a/`, the rest unchanged. */
export function servedAt(file: string): string {
  return file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Non-overlapping cache rules for a site's files (relative paths, forward slashes), with patterns under
 * `base` (`/` or `/prefix/`). Sorted by pattern so the output is stable.
 */
export function cacheRules(files: readonly string[], base: string): CacheRule[] {
  const rules: CacheRule[] = [];
  const visit = (folder: Folder, prefix: string) => {
    const policies = [...policiesUnder(folder)];
    if (prefix !== '' && policies.length === 1) {
      rules.push({ pattern: `${base}${prefix}*`, policy: policies[0]! });
      return;
    }
    for (const file of folder.files) rules.push({ pattern: `${base}${servedAt(file)}`, policy: cachePolicy(file) });
    for (const [name, child] of folder.folders) visit(child, `${prefix}${name}/`);
  };
  visit(tree(files), '');
  return rules.sort((a, b) => (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0));
}
