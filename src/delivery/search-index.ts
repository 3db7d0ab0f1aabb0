/**
 * Builds the Pagefind search index for a built site folder with Pagefind's Node API. Only pages with
 * a `data-pagefind-body` element are indexed (the recap pages); inline SVG (badges, icons, the
 * timeline) is left out because its text repeats what the page already says in words. Only the files
 * the search page uses are written: the index, its fragments and the runtime (no bundled UI).
 *
 * Pagefind's Node API talks to its Rust binary over a pipe and never settles a pending call when the
 * binary dies without an error on the pipe, which would leave the build hanging. So the build runs the
 * indexing in a child process (search-index-child.ts) and treats any exit but a clean one as failure.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, type Dirent } from 'node:fs';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { cacheKey, linkTree, mapLimit, readJsonFile, searchIndexVersion } from './finish-cache.ts';
import { linkFile } from '../lib/link-file.ts';
import { indexedDigests, prepareSearchInput } from './search-input.ts';
import { checkFragments, pagefindUrl, seedFragments, type FragmentSeed } from './search-reuse.ts';
import { PARTS_FILE, partCount, partFolder, partOf, type PartEntry } from './search-parts.ts';
import { keepInput, printedSummary, searchChild, takeInput, type EarlySearch } from './search-early.ts';

/** What indexing produced. */
export interface SearchIndexSummary {
  readonly pages: number;
  readonly files: number;
}

/** Pagefind output the search page does not load: its ready-made UIs and the playground. */
const UNUSED = /^(pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)|playground\/)/;

/** What the build reads of Pagefind's entry file: each language index's page count. */
interface PagefindEntry {
  readonly languages: Record<string, { page_count: number }>;
}

/** Pages in the index, from Pagefind's entry file (addDirectory's count includes pages without data-pagefind-body). */
function indexedPages(entry: string): number {
  const { languages } = JSON.parse(entry) as PagefindEntry;
  return Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** An empty page under the URL of a page gone since the kept input was read: Pagefind then leaves that page out. */
const GONE = '<!doctype html><html><body></body></html>';

/** What an index read ahead is told once the build's pages are known (search-early.ts). */
export interface IndexUpdate {
  readonly outDir: string;
  /** Pages whose input changed, as paths in the folder read ahead (each is read again from there). */
  readonly changed: readonly string[];
  /** Pages read ahead that the site no longer has. */
  readonly removed: readonly string[];
  readonly seed?: FragmentSeed | undefined;
}

/**
 * Indexes the pages in `siteDir` in this process and writes the index to `outDir` (default `<siteDir>/pagefind/`); throws
 * with Pagefind's own messages on failure. With a `seed`, the previous index's fragments of unchanged pages are linked
 * into `outDir` while Pagefind reads the pages, so it writes only the others (search-reuse.ts); when the result is not
 * what an empty folder gives, the index is written again into an emptied one.
 */
export async function indexSite(
  siteDir: string,
  outDir = path.join(siteDir, 'pagefind'),
  seed?: FragmentSeed,
): Promise<SearchIndexSummary> {
  return withIndex(async (index) => {
    const adding = index.addDirectory({ path: siteDir });
    // Linked while Pagefind reads the pages in its own process; this one only waits for its answer meanwhile.
    const seeded = seed ? seedFragments(seed, outDir) : new Map<string, string>();
    checkPagefind(`index ${siteDir}`, await adding);
    return writeIndex(index, outDir, seeded);
  });
}

/**
 * Reads the pages in `siteDir` ahead of the build that changes them (search-early.ts), says so with `onRead`, and waits
 * for `update`: the pages that changed are read again and those gone left out, under the paths they were read from
 * (Pagefind gives a page read again the place of the one with its URL), and the index is written as `indexSite` writes
 * it. Without an update nothing is written.
 */
export async function indexSiteUpdated(
  siteDir: string,
  onRead: () => void,
  update: Promise<IndexUpdate | undefined>,
): Promise<SearchIndexSummary | undefined> {
  return withIndex(async (index) => {
    checkPagefind(`index ${siteDir}`, await index.addDirectory({ path: siteDir }));
    onRead();
    const plan = await update;
    if (!plan) return undefined;
    for (const page of plan.changed) {
      const content = await readFile(path.join(siteDir, page), 'utf8');
      checkPagefind(`index ${page}`, await index.addHTMLFile({ sourcePath: page, content }));
    }
    for (const page of plan.removed) {
      checkPagefind(`leave out ${page}`, await index.addHTMLFile({ sourcePath: page, content: GONE }));
    }
    const seeded = plan.seed ? seedFragments(plan.seed, plan.outDir) : new Map<string, string>();
    return writeIndex(index, plan.outDir, seeded);
  });
}

/** Runs `use` on a new Pagefind index (excluding inline SVG), and closes Pagefind after. */
async function withIndex<T>(use: (index: pagefind.PagefindIndex) => Promise<T>): Promise<T> {
  try {
    const created = await pagefind.createIndex({ excludeSelectors: ['svg'] });
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
    return await use(created.index);
  } finally {
    await pagefind.close();
  }
}

/** Throws the errors Pagefind answered a request with (`doing`: what it was asked, as in "could not ..."), if any. */
function checkPagefind(doing: string, answer: { errors: string[] }): void {
  if (answer.errors.length > 0) throw new Error(`Pagefind could not ${doing}: ${answer.errors.join('; ')}`);
}

/**
 * Writes the index into `outDir`, given the fragments `seeded` linked there first (written again into an emptied folder
 * when the result is not what an empty one gives), and removes what the search page does not use.
 */
async function writeIndex(index: pagefind.PagefindIndex, outDir: string, seeded: ReadonlyMap<string, string>): Promise<SearchIndexSummary> {
  // Pagefind writes the files itself: asked for them instead (getFiles), it sends the whole index over its pipe as
  // base64 in one message, which this process then decoded and held (10,000 recaps: over 100 MB of index).
  const write = async () => {
    checkPagefind('write the index', await index.writeFiles({ outputPath: outDir }));
    return indexedPages(await readFile(path.join(outDir, 'pagefind-entry.json'), 'utf8'));
  };
  let pages = await write();
  if (seeded.size > 0 && !checkFragments(outDir, seeded, pages)) {
    await rm(outDir, { recursive: true, force: true });
    pages = await write();
  }
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const relative = (e: Dirent) => path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/');
  const unused = entries.filter((e) => UNUSED.test(relative(e)));
  await Promise.all(unused.map((e) => rm(path.join(e.parentPath, e.name), { recursive: true, force: true })));
  const kept = entries.filter((e) => e.isFile() && !UNUSED.test(relative(e)));
  return { pages, files: kept.length };
}

/**
 * Indexes `siteDir` in a child process (see above) and writes the index to `outDir` (default `<siteDir>/pagefind/`);
 * rejects with Pagefind's output when it does not finish cleanly. Given the hashes of the site's HTML pages, Pagefind
 * reads slimmed copies of the indexed pages (search-input.ts) kept in `storeDir`, linked into a folder beside it at
 * the site's paths. That folder is kept for the next build (`<storeDir>-tree`, with the list of what it holds), which
 * then links only the pages that changed instead of making ~2,000 folders and links and removing them again. A build
 * takes it by renaming it to a name of its own, so two builds never share it: the one that finds it gone makes its own.
 * Given the folder of the previous index (`previousIndex`), one index reuses its fragments of the pages that folder
 * still holds as they were (search-reuse.ts). Given Pagefind already reading that folder (`early`, search-early.ts), one
 * index is finished there when the site has no page the folder did not hold; else that read is stopped.
 */
export async function buildSearchIndex(
  siteDir: string,
  input?: {
    pageHashes: ReadonlyMap<string, string>;
    storeDir: string;
    partPages: number;
    previousIndex?: string | undefined;
    early?: EarlySearch | undefined;
    /** Called once Pagefind's input folder is made, before Pagefind reads it. */
    inputMade?: (() => void) | undefined;
  },
  outDir = path.join(siteDir, 'pagefind'),
): Promise<SearchIndexSummary> {
  if (!input) return indexWhole(siteDir, outDir);
  const { early } = input;
  // Pagefind may be reading the folder already (search-early.ts): it changes only once that read is over.
  const taken = early ? { inputDir: early.inputDir, previous: early.holds } : await takeInput(input.storeDir);
  const { inputDir } = taken;
  const ahead = early && (await early.read) ? early : undefined;
  try {
    const before = new Map(taken.previous);
    const holds = await prepareSearchInput(siteDir, input.pageHashes, input.storeDir, inputDir, before);
    input.inputMade?.();
    // The pages Pagefind reads as it read them for the last index this folder was made for, normally the previous one.
    const unchanged = [...holds].filter(([page, kept]) => before.get(page) === kept).map(([page]) => pagefindUrl(page));
    const seed = fragmentSeed(input.previousIndex, unchanged);
    const added = [...holds.keys()].some((page) => !before.has(page));
    // Finished where Pagefind read ahead when it can be; else (a new page, an index in parts, or its process gone) the
    // folder, now as a fresh read finds it, is read afresh.
    const finished =
      ahead && !added && partCount(holds.size, input.partPages) === 1
        ? await finishAhead(ahead, holds, before, { outDir, seed })
        : undefined;
    await early?.stop();
    const summary =
      finished ??
      (await indexParts(inputDir, holds, outDir, input.partPages, input.storeDir, { unchanged, previousIndex: input.previousIndex }));
    await keepInput(input.storeDir, { inputDir, holds });
    return summary;
  } finally {
    await rm(inputDir, { recursive: true, force: true });
  }
}

/**
 * Finishes the index Pagefind read ahead (search-early.ts) from the folder as it held `before` and now holds `holds`,
 * into `outDir`; undefined, with nothing left in `outDir`, when its process is gone.
 */
async function finishAhead(
  ahead: EarlySearch,
  holds: ReadonlyMap<string, string>,
  before: ReadonlyMap<string, string>,
  { outDir, seed }: { outDir: string; seed: FragmentSeed | undefined },
): Promise<SearchIndexSummary | undefined> {
  const changed = [...holds].filter(([page, kept]) => before.get(page) !== kept).map(([page]) => page);
  const removed = [...before.keys()].filter((page) => !holds.has(page));
  const summary = await ahead.finish({ outDir, changed, removed, seed });
  if (summary) return onlyPart(outDir, summary);
  await rm(outDir, { recursive: true, force: true });
  return undefined;
}

/** The fragments to reuse from the index in `from` (search-reuse.ts): those of the `unchanged` pages, if any. */
function fragmentSeed(from: string | undefined, unchanged: readonly string[]): FragmentSeed | undefined {
  return from && unchanged.length > 0 ? { from, unchanged } : undefined;
}

/**
 * What the search page loads from the first part only: Pagefind's script. Its worker stays in every part, since it is
 * loaded from the first part the page searches (search-parts.ts), which need not be the first.
 */
const FIRST_PART_ONLY = ['pagefind.js'];

/**
 * Indexes the pages `inputDir` holds (page path to kept file, `holds`) into `outDir`: in one index when they are at
 * most `partPages`, else in parts (search-parts.ts), one after another. Each part is kept beside the store of slimmed
 * pages (`<storeDir>-parts`) by its pages and what Pagefind takes from each, so a part whose pages all give the same
 * index is linked, not indexed again; parts no longer used are removed. An index made again reuses the fragments of
 * the `unchanged` pages (their URLs) from the one it replaces: the previous whole index, or the previous slot of the
 * same part (search-reuse.ts).
 */
async function indexParts(
  inputDir: string,
  holds: ReadonlyMap<string, string>,
  outDir: string,
  partPages: number,
  storeDir: string,
  reuse: { unchanged: readonly string[]; previousIndex: string | undefined },
): Promise<SearchIndexSummary> {
  const slotsDir = `${storeDir}-parts`;
  const count = partCount(holds.size, partPages);
  const seedFrom = (from: string | undefined) => fragmentSeed(from, reuse.unchanged);
  if (count === 1) return indexWhole(inputDir, outDir, seedFrom(reuse.previousIndex));
  // A part is indexed again only when what Pagefind takes from one of its pages changed (search-input.ts).
  const digests = await indexedDigests(storeDir, holds.values());
  const members = Array.from({ length: count }, (): [string, string][] => []);
  for (const [page, kept] of [...holds].sort(([a], [b]) => a.localeCompare(b)))
    members[partOf(page, count)]?.push([page, digests.get(kept) ?? kept]);
  const version = await searchIndexVersion();
  const keys = members.map((pages, n) => cacheKey([version, count, n, pages]));
  // Which part a slot holds (the same code, number of parts and part number), so its next version can reuse it.
  const ids = members.map((_, n) => cacheKey([version, count, n]));
  const earlier = new Map<string, string>();
  for (const name of (await readdir(slotsDir).catch(() => [])).filter((f) => /^[0-9a-f]{64}$/.test(f))) {
    const held = await readJsonFile<{ part?: unknown }>(path.join(slotsDir, name, 'summary.json'));
    if (typeof held?.part === 'string') earlier.set(held.part, path.join(slotsDir, name, 'files'));
  }
  const folders: string[] = [];
  let pages = 0;
  for (const [n, part] of members.entries()) {
    // A part with no page (only possible with a handful of pages a part) is left out; the first always has the script.
    if (n > 0 && part.length === 0) continue;
    const slot = path.join(slotsDir, keys[n] ?? '');
    const into = path.join(outDir, partFolder(n));
    const kept = await readJsonFile<SearchIndexSummary>(path.join(slot, 'summary.json'));
    // A kept part another build removes meanwhile (it had other pages) is indexed again.
    const linked =
      kept &&
      (await linkTree(path.join(slot, 'files'), into).then(
        () => kept,
        () => undefined,
      ));
    const id = ids[n] ?? '';
    const summary = linked ?? (await indexPart(inputDir, part, { n, id, slot }, seedFrom(earlier.get(id))));
    if (!linked) await linkTree(path.join(slot, 'files'), into);
    pages += summary.pages;
    folders.push(partFolder(n));
  }
  const used = new Set(keys);
  const slots = await readdir(slotsDir).catch(() => []);
  await Promise.all(
    slots.filter((f) => /^[0-9a-f]{64}$/.test(f) && !used.has(f)).map((f) => rm(path.join(slotsDir, f), { recursive: true, force: true })),
  );
  await writePartsList(outDir, folders);
  const files = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
  return { pages, files };
}

/** Indexes every page of `dir` into `outDir` as one index, the only part, reusing what `seed` gives. */
async function indexWhole(dir: string, outDir: string, seed?: FragmentSeed): Promise<SearchIndexSummary> {
  return onlyPart(outDir, await runChild(dir, outDir, seed));
}

/** An index written whole into `outDir`, as the only part: the parts list is written beside it, and counted. */
async function onlyPart(outDir: string, summary: SearchIndexSummary): Promise<SearchIndexSummary> {
  await writePartsList(outDir, [partFolder(0)]);
  return { ...summary, files: summary.files + 1 };
}

/** Writes the list of the index's parts in `outDir` (search-parts.ts), with each part's pages by language from Pagefind's entry file. */
async function writePartsList(outDir: string, folders: readonly string[]): Promise<void> {
  const parts: PartEntry[] = [];
  for (const folder of folders) {
    const entry = JSON.parse(await readFile(path.join(outDir, folder, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
    parts.push({ folder, languages: Object.fromEntries(Object.entries(entry.languages).map(([code, l]) => [code, l.page_count])) });
  }
  await writeFile(path.join(outDir, PARTS_FILE), JSON.stringify(parts));
}

/**
 * Indexes part `n` (its pages, as held in `inputDir`) into `slot`, made beside it and renamed in, reusing what `seed`
 * gives; returns its summary. The slot records the part it holds (`id`).
 */
async function indexPart(
  inputDir: string,
  pages: readonly [string, string][],
  { n, id, slot }: { n: number; id: string; slot: string },
  seed: FragmentSeed | undefined,
): Promise<SearchIndexSummary> {
  const next = `${slot}-${process.pid}-${Date.now()}`;
  const tree = `${next}-input`;
  try {
    for (const [page] of pages) mkdirSync(path.dirname(path.join(tree, page)), { recursive: true });
    // Copied where links cannot be made, as the input folder's own pages are.
    await mapLimit(pages, 32, ([page]) => linkFile(path.join(inputDir, page), path.join(tree, page)));
    const summary = await runChild(tree, path.join(next, 'files'), seed);
    const dropped = n === 0 ? [] : FIRST_PART_ONLY;
    await Promise.all(dropped.map((f) => rm(path.join(next, 'files', f), { force: true })));
    await writeFile(path.join(next, 'summary.json'), JSON.stringify({ ...summary, part: id }));
    // Another build may have put the same part in place first: then this one is removed below and that one used.
    await rename(next, slot).catch(() => undefined);
    return summary;
  } finally {
    await Promise.all([rm(tree, { recursive: true, force: true }), rm(next, { recursive: true, force: true })]);
  }
}

function runChild(siteDir: string, outDir: string, seed?: FragmentSeed): Promise<SearchIndexSummary> {
  return new Promise((resolve, reject) => {
    const args = [searchChild, siteDir, outDir, ...(seed ? ['--seed'] : [])];
    const running = execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const summary = printedSummary(stdout);
      if (!error && summary) return resolve(summary);
      const why = error?.code === 13 ? 'Pagefind stopped answering (its binary exited)' : `exit code ${String(error?.code ?? 0)}`;
      const output = `${stderr}${stdout}`.trim().split('\n').slice(-15).join('\n');
      reject(new Error(`Building the search index failed: ${why}.${output ? `\n${output}` : ''}`));
    });
    // A child that ends before reading it all makes the pipe fail: its exit is what counts.
    running.stdin?.on('error', () => undefined);
    running.stdin?.end(seed ? JSON.stringify(seed) : undefined);
  });
}
