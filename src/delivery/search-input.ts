/**
 * What Pagefind reads: the site's indexed pages (those with a `data-pagefind-body` element) with the inside of
 * each inline `<svg>` removed, in a folder of their own with the site's relative paths. Pagefind leaves SVG out of
 * the index anyway (excludeSelectors ['svg']), but parsed every byte of it first: the timeline and line-up
 * pitches are over half of a recap page's bytes. The index is the same, byte for byte.
 *
 * The slimmed pages are kept in the finishing cache by the page's hash, so a rebuild slims only the pages that
 * changed and links the rest into the folder Pagefind reads.
 */
import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mapLimit, readJsonFile, writeJsonFile } from './finish-cache.ts';
import { linkFile } from '../lib/link-file.ts';

/** An inline SVG element with nothing nested (the pages' SVGs never nest; a page where they do is left whole). */
const SVG = /<svg[\s>][\s\S]*?<\/svg>/g;
const OPENING = /<svg[\s>]/g;

/**
 * The page as Pagefind needs it, or undefined when Pagefind skips it (no `data-pagefind-body`). Each `<svg …>…</svg>`
 * becomes an empty `<svg></svg>`; a page whose SVG tags do not pair up one after another is returned whole.
 */
export function slimForSearch(html: string): string | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const svgs = html.match(SVG) ?? [];
  const paired = svgs.every((svg) => (svg.match(OPENING) ?? []).length === 1);
  if (!paired || svgs.length !== (html.match(OPENING) ?? []).length) return html;
  return html.replace(SVG, '<svg></svg>');
}

/** An element Pagefind leaves out of the index (`data-pagefind-ignore`, any value), and any tag. */
const IGNORED = /<([a-zA-Z][\w-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/g;
const TAG = /<(\/?)([a-zA-Z][\w-]*)\b[^>]*>/g;
/**
 * What keeps an ignored element whole: raw text a tag scan could misread, a heading Pagefind reads its title from
 * anyway, and fields Pagefind can take from an element's text (`data-pagefind-meta="title"`, with no value).
 */
const KEEP_WHOLE = /<(script|style|textarea|h1)\b|<!--|data-pagefind-(meta|filter|sort|default-meta)\b/i;

/**
 * What Pagefind takes from a page, for telling whether its index can change: the page with the text inside each
 * `data-pagefind-ignore` element removed. Pagefind leaves that text out; the elements' tags and attributes stay,
 * since filters, metadata and sort keys on them still count, and an element with a field Pagefind may read from its
 * text, an `<h1>` (the title Pagefind reads from it) or raw text stays whole. A player page's list of matches is an
 * ignored element: a recap's new headline changes every page of its players, but not what the index holds of them.
 */
export function indexedView(html: string): string {
  let view = '';
  let from = 0;
  for (const open of html.matchAll(IGNORED)) {
    if (open.index < from) continue;
    const name = (open[1] ?? '').toLowerCase();
    const start = open.index + open[0].length;
    let depth = 1;
    let end = -1;
    TAG.lastIndex = start;
    for (let tag = TAG.exec(html); tag; tag = TAG.exec(html)) {
      if ((tag[2] ?? '').toLowerCase() !== name) continue;
      if (tag[1]) depth -= 1;
      else if (!tag[0].endsWith('/>')) depth += 1;
      if (depth === 0) {
        end = tag.index;
        break;
      }
    }
    if (end < 0) break;
    const inside = html.slice(start, end);
    const whole = KEEP_WHOLE.test(open[0]) || KEEP_WHOLE.test(inside);
    view += html.slice(from, start) + (whole ? inside : inside.replace(/(^|>)[^<]+/g, '$1'));
    from = end;
  }
  return view + html.slice(from);
}

/** Version of the slimming rule: slimmed pages kept under another version are not reused. */
const VERSION = createHash('sha256').update(`${SVG.source}\0${OPENING.source}\0${slimForSearch.toString()}`).digest('hex').slice(0, 12);

/**
 * Fills `inputDir` with the slimmed indexed pages of `siteDir`, reusing slimmed pages kept in `storeDir` by page hash
 * and keeping new ones there; kept pages no page has any more are removed. `inputDir` is empty or missing, or holds
 * exactly the links `previous` lists (page path to kept file name), left by an earlier build: then only the pages
 * whose kept file changed are linked again and those gone are removed. Returns what it holds now, in that form.
 */
export async function prepareSearchInput(
  siteDir: string,
  pageHashes: ReadonlyMap<string, string>,
  storeDir: string,
  inputDir: string,
  previous: ReadonlyMap<string, string> = new Map(),
): Promise<Map<string, string>> {
  await mkdir(storeDir, { recursive: true });
  const kept = new Set(await readdir(storeDir));
  const used = new Set<string>();
  const pages = [...pageHashes].sort(([a], [b]) => a.localeCompare(b));
  const names = (hash: string) => ({ skip: `${VERSION}-${hash}.skip`, html: `${VERSION}-${hash}.html` });
  const holds = new Map<string, string>();
  // Links of an earlier build that no longer hold this build's page: removed first (with the folder, once empty).
  for (const [page, name] of previous) {
    const hash = pageHashes.get(page);
    if (hash !== undefined && names(hash).html === name) continue;
    const target = path.join(inputDir, page);
    rmSync(target, { force: true });
    if (hash === undefined) rmdirQuietly(path.dirname(target));
  }
  // A page per folder: the folders and the links of the kept pages are made one after another without the thread
  // pool (1,000 recaps, ~1,900 of each: ~0.1 s of CPU against ~0.5 s as promises 32 at a time; making the folders
  // is up to 0.5 s more on a busy disk, which an earlier build's links spare).
  const others = pages.filter(([page, hash]) => {
    const { skip, html } = names(hash);
    used.add(skip).add(html);
    if (kept.has(skip)) return false;
    if (previous.get(page) === html) {
      holds.set(page, html);
      return false;
    }
    const target = path.join(inputDir, page);
    mkdirSync(path.dirname(target), { recursive: true });
    if (!kept.has(html)) return true;
    try {
      linkSync(path.join(storeDir, html), target);
      holds.set(page, html);
      return false;
    } catch {
      return true;
    }
  });
  let written = 0;
  await mapLimit(others, 32, async ([page, hash]) => {
    const { skip, html } = names(hash);
    const stored = path.join(storeDir, html);
    if (!kept.has(html)) {
      const slim = slimForSearch(await readFile(path.join(siteDir, page), 'utf8'));
      // Two pages can have the same bytes (and hash): each writes a file of its own and renames it in.
      const tmp = `${stored}.${process.pid}.${written++}.tmp`;
      await writeFile(tmp, slim ?? '');
      await rename(tmp, slim === undefined ? path.join(storeDir, skip) : stored);
      if (slim === undefined) return;
    }
    const target = path.join(inputDir, page);
    // A concurrent build may have just removed the kept file: then slim the page again straight into place.
    await linkFile(stored, target).catch(async () =>
      writeFile(target, slimForSearch(await readFile(path.join(siteDir, page), 'utf8')) ?? ''),
    );
    holds.set(page, html);
  });
  await Promise.all([...kept].filter((f) => !used.has(f) && f !== DIGESTS).map((f) => rm(path.join(storeDir, f), { force: true })));
  return holds;
}

function rmdirQuietly(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // Not empty (another page's folder too), or already gone.
  }
}

/** The file in the store of slimmed pages holding their digests (`indexedDigests`). */
const DIGESTS = 'digests.json';
const DIGEST_VERSION = createHash('sha256').update(indexedView.toString()).digest('hex').slice(0, 12);

/**
 * sha256 of the indexed view (`indexedView`) of each slimmed page kept in `storeDir`, by kept file name: read from the
 * store's list where it has them, else from the kept file, and the list saved again with just these names.
 */
export async function indexedDigests(storeDir: string, names: Iterable<string>): Promise<Map<string, string>> {
  const file = path.join(storeDir, DIGESTS);
  const stored = await readJsonFile<{ version: string; digests: Record<string, string> }>(file);
  const known = stored?.version === DIGEST_VERSION ? stored.digests : {};
  const digests = new Map<string, string>();
  for (const name of names) {
    if (digests.has(name)) continue;
    const digest = Object.hasOwn(known, name) ? known[name] : undefined;
    digests.set(
      name,
      digest ??
        createHash('sha256')
          .update(indexedView(readFileSync(path.join(storeDir, name), 'utf8')))
          .digest('hex'),
    );
  }
  await writeJsonFile(file, { version: DIGEST_VERSION, digests: Object.fromEntries([...digests].sort(([a], [b]) => a.localeCompare(b))) });
  return digests;
}
