/**
 * Reusing the previous search index's page fragments when the index is built again (an edit).
 *
 * Pagefind writes one compressed fragment per page (`fragment/<language>_<hash>.pf_fragment`, most of an index's
 * files), named by a hash of its content, and skips a hashed file that already exists in its output folder. So the
 * fragments of pages whose input is unchanged are linked from the previous index into the new output folder before
 * Pagefind writes: it then compresses and writes only the fragments of the pages that changed (1,000 recaps, one
 * recap edited: writing the index 2.0-2.7 → 1.65-1.8 s; the rest of it, the word index, changes with any edit).
 *
 * Pagefind trusts a file's name for its content, so a linked fragment must be the one this index gives its name to.
 * It is, as long as no two fragments of the index share the first 7 hex digits of their hash, which Pagefind settles
 * by lengthening one name (and which then could be either). So after writing, `checkFragments` holds the folder to
 * what a fresh write gives: every name of standard length, one fragment per indexed page, no two for one page and no
 * more than the index counts. Otherwise the index is written again into an empty folder.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { linkFileSync } from '../lib/link-file.ts';
import { servedAt } from './cache-rules.ts';

/** What an index build is given to reuse: the previous index's folder and the URLs of pages whose input is unchanged. */
export interface FragmentSeed {
  readonly from: string;
  readonly unchanged: readonly string[];
}

/** A fragment file's name as Pagefind makes it with no hash collision: language, `_`, 7 hex digits of its hash. */
const FRAGMENT = /^[^/]+_[0-9a-f]{7}\.pf_fragment$/;

/** The bytes Pagefind puts before each compressed file's content. */
const MARK = 'pagefind_dcd';

/** The URL Pagefind gives a page of the site, from its site-relative path (`recaps/a/index.html` is `/recaps/a/`). */
export function pagefindUrl(page: string): string {
  return `/${servedAt(page)}`;
}

/** A URL as Pagefind writes it (`/players/%E6%8B%93/`) with its percent-encoding undone, as page paths are written. */
function decoded(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** The page URL a fragment file holds. */
function fragmentUrl(file: string): string {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  if (!text.startsWith(MARK)) throw new Error(`${file} is not a Pagefind fragment`);
  const { url } = JSON.parse(text.slice(MARK.length)) as { url?: unknown };
  if (typeof url !== 'string') throw new Error(`${file} holds no page URL`);
  return url;
}

/** A fragment's page URL, or undefined when the file cannot be read as one. */
function urlOrUndefined(file: string): string | undefined {
  try {
    return fragmentUrl(file);
  } catch {
    return undefined;
  }
}

/**
 * Links into `<outDir>/fragment/` the fragments of `seed.from` whose page is unchanged; returns each linked file's
 * name with its page URL. Never throws: a fragment that cannot be read or linked is left out, and Pagefind writes it.
 * The files are read and linked one after another without the thread pool (1,869 fragments: about 0.7 s of CPU as
 * promises, 16 at a time), while Pagefind, in its own process, reads the pages.
 */
export function seedFragments(seed: FragmentSeed, outDir: string): Map<string, string> {
  const unchanged = new Set(seed.unchanged);
  const from = path.join(seed.from, 'fragment');
  const into = path.join(outDir, 'fragment');
  const seeded = new Map<string, string>();
  let names: string[];
  try {
    names = readdirSync(from).filter((name) => FRAGMENT.test(name));
    mkdirSync(into, { recursive: true });
  } catch {
    return seeded;
  }
  const taken = new Set<string>();
  for (const name of names) {
    const url = urlOrUndefined(path.join(from, name));
    if (url === undefined || !unchanged.has(decoded(url)) || taken.has(url)) continue;
    try {
      linkFileSync(path.join(from, name), path.join(into, name));
    } catch {
      continue;
    }
    taken.add(url);
    seeded.set(name, url);
  }
  return seeded;
}

/**
 * True when the fragments in `<outDir>/fragment/` are what Pagefind writes into an empty folder for an index of
 * `pages` pages, given the files `seeded` put there first (name to page URL): every name of standard length, and one
 * fragment for each page, none for a page twice.
 */
export function checkFragments(outDir: string, seeded: ReadonlyMap<string, string>, pages: number): boolean {
  const dir = path.join(outDir, 'fragment');
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return false;
  }
  if (names.length !== pages || !names.every((name) => FRAGMENT.test(name))) return false;
  const urls = names.map((name) => seeded.get(name) ?? urlOrUndefined(path.join(dir, name)));
  return !urls.includes(undefined) && new Set(urls).size === urls.length;
}
