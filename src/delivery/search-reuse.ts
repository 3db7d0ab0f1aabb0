/**
 * Reusing the previous search index's page fragments when the index is built again (an edit).
 *
 * Pagefind writes one compressed fragment per page (`fragment/<language>_<hash>.pf_fragment`, most of an index's
 * files), named by a hash of its content, and skips a hashed file that already exists in its output folder. So the
 * fragments of pages whose input is unchanged are linked from the previous index into the new output folder before
 * Pagefind writes: it then compresses and writes only the fragments of the pages that changed (1,000 recaps: writing
 * the index 2.0-2.7 → about 0.9 s).
 *
 * Pagefind trusts a file's name for its content, so a linked fragment must be the one this index gives its name to.
 * It is, as long as no two fragments of the index share the first 7 characters of their hash, which Pagefind settles
 * by lengthening one name (and which then could be either). So after writing, `checkFragments` holds the folder to
 * what a fresh write gives: every name of standard length, one fragment per indexed page, no two for one page and no
 * more than the index counts. Otherwise the index is written again into an empty folder.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { linkFile } from '../lib/link-file.ts';
import { mapLimit } from './finish-cache.ts';

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
  return `/${page.replace(/(^|\/)index\.html$/, '$1')}`;
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
async function fragmentUrl(file: string): Promise<string> {
  const text = gunzipSync(await readFile(file)).toString('utf8');
  if (!text.startsWith(MARK)) throw new Error(`${file} is not a Pagefind fragment`);
  const { url } = JSON.parse(text.slice(MARK.length)) as { url?: unknown };
  if (typeof url !== 'string') throw new Error(`${file} holds no page URL`);
  return url;
}

/**
 * Links into `<outDir>/fragment/` the fragments of `seed.from` whose page is unchanged; returns each linked file's
 * name with its page URL. A fragment that cannot be read or linked is left out: Pagefind writes it.
 */
export async function seedFragments(seed: FragmentSeed, outDir: string): Promise<Map<string, string>> {
  const unchanged = new Set(seed.unchanged);
  const from = path.join(seed.from, 'fragment');
  const into = path.join(outDir, 'fragment');
  const names = (await readdir(from).catch(() => [])).filter((name) => FRAGMENT.test(name));
  await mkdir(into, { recursive: true });
  const seeded = new Map<string, string>();
  const taken = new Set<string>();
  await mapLimit(names, 16, async (name) => {
    const url = await fragmentUrl(path.join(from, name)).catch(() => undefined);
    if (url === undefined || !unchanged.has(decoded(url)) || taken.has(url)) return;
    taken.add(url);
    const linked = await linkFile(path.join(from, name), path.join(into, name)).then(
      () => true,
      () => false,
    );
    if (linked) seeded.set(name, url);
    else taken.delete(url);
  });
  return seeded;
}

/**
 * True when the fragments in `<outDir>/fragment/` are what Pagefind writes into an empty folder for an index of
 * `pages` pages, given the files `seeded` put there first (name to page URL): every name of standard length, and one
 * fragment for each page, none for a page twice.
 */
export async function checkFragments(outDir: string, seeded: ReadonlyMap<string, string>, pages: number): Promise<boolean> {
  const dir = path.join(outDir, 'fragment');
  const names = await readdir(dir).catch(() => []);
  if (names.length !== pages || !names.every((name) => FRAGMENT.test(name))) return false;
  const urls = await mapLimit(names, 16, async (name) => seeded.get(name) ?? (await fragmentUrl(path.join(dir, name)).catch(() => '')));
  return !urls.includes('') && new Set(urls).size === urls.length;
}
