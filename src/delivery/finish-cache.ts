/**
 * Caches for the steps after `astro build`, so a rebuild with unchanged pages skips them: the Pagefind index
 * is reused when every HTML file is byte-for-byte the same as when it was built, and a page whose bytes
 * already passed the Content-Security-Policy audit is not parsed again. Keys include the code that produces
 * the verdict (the audit and policy modules, Pagefind's version), so changing either starts afresh.
 * The cache lives in `$FULLTIME_CACHE_DIR/finish` (else `.cache/finish` in the project).
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFolder } from '../config.ts';
import { linkFile } from '../lib/link-file.ts';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The one buffer files are hashed through (hashFileSync). */
const chunk = Buffer.allocUnsafeSlow(256 * 1024);

/**
 * A file's sha256 with the size and time it had when it was opened, read through one reused buffer. Read whole,
 * each page was a buffer of its own, and the allocator kept what they had held: after hashing the pages of 1,000
 * recaps the build's process held 129 MB through the card step (84 MB before; 103 MB through one buffer), and a
 * process that only hashed them 151 MB with a 9 MB heap (89 MB through one buffer).
 */
function hashFileSync(full: string): HashedFile {
  const fd = openSync(full, 'r');
  try {
    const { size, mtimeMs } = fstatSync(fd);
    const hash = createHash('sha256');
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) hash.update(chunk.subarray(0, read));
    return { hash: hash.digest('hex'), size, mtimeMs };
  } finally {
    closeSync(fd);
  }
}

/**
 * Maps over `items` with at most `limit` calls in flight, results in order. Reading every page of a large site
 * at once would hold all of them in memory together (10,000 recaps: over a gigabyte of HTML).
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A cache file's JSON, or undefined when it is missing, unreadable or not JSON: a broken cache means doing the work. */
export async function readJsonFile<T>(file: string): Promise<T | undefined> {
  return readFile(file, 'utf8')
    .then((text) => (JSON.parse(text) as T | null) ?? undefined)
    .catch(() => undefined);
}

/** Writes a cache file's JSON beside it and renames it in, so a concurrent reader never sees half of it. */
export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(value));
  await rename(tmp, file);
}

/** Every file under `dir`, relative, with forward slashes, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * sha256 of each file's bytes, by site-relative path. Read one after another without the thread pool, through one
 * buffer (hashFileSync): the 2,000 pages of 1,000 recaps (150 MB) in 0.25-0.45 s of CPU, against ~0.45 s as promises
 * 32 at a time (each an open, a stat, reads and a close handed to the pool and back). A file `known` holds with the
 * same size and modification time is not read again: its hash is taken from there (`hashPagesAhead`).
 */
export async function hashFiles(
  siteDir: string,
  files: readonly string[],
  known?: ReadonlyMap<string, HashedFile>,
): Promise<Map<string, string>> {
  return new Map(
    files.map((file) => {
      const full = path.join(siteDir, file);
      const before = known?.get(file);
      if (before && sameStamp(before, statSync(full))) return [file, before.hash];
      return [file, hashFileSync(full).hash];
    }),
  );
}

/** A file's hash, with the size and modification time it had when it was read. */
export interface HashedFile {
  readonly hash: string;
  readonly size: number;
  readonly mtimeMs: number;
}

function sameStamp(a: { size: number; mtimeMs: number }, b: { size: number; mtimeMs: number }): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/**
 * Every HTML page under `siteDir` hashed as `hashFiles` does, each with its size and time as read: for hashing the
 * pages while Astro finishes (its sitemap, the card jobs), and taking those hashes afterwards for every page still the
 * same. Each file's size and time are taken before it is read, so a page written again meanwhile shows as changed.
 */
export async function hashPagesAhead(siteDir: string): Promise<Map<string, HashedFile>> {
  const hashed = new Map<string, HashedFile>();
  for (const file of (await listFiles(siteDir)).filter((f) => f.endsWith('.html')))
    hashed.set(file, hashFileSync(path.join(siteDir, file)));
  return hashed;
}

/**
 * Links every file of the folder `from` into `to` (created; files of the same name replaced, src/lib/link-file.ts),
 * for cache folders whose files are never written again. Node's `fs.cp` checks and stats every entry one after
 * another: the ~2,000 files of the search index of 1,000 recaps took it ~1 s, a copy of each ~0.3 s, a link ~0.1 s.
 */
export async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const dirs = new Set([to]);
  const files: string[] = [];
  for (const entry of entries) {
    const rel = path.relative(from, path.join(entry.parentPath, entry.name));
    if (entry.isDirectory()) dirs.add(path.join(to, rel));
    else if (entry.isFile()) files.push(rel);
  }
  // Parents sort before their children, so each mkdir finds its parent made.
  for (const dir of [...dirs].sort()) await mkdir(dir, { recursive: true });
  await mapLimit(files, 32, (rel) => linkFile(path.join(from, rel), path.join(to, rel)));
}

/** A hash over source files next to this module (the code whose output a cache holds). */
async function codeVersion(files: readonly string[]): Promise<string> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const texts = await Promise.all(files.map((f) => readFile(path.join(here, f), 'utf8')));
  return sha256(texts.join('\0'));
}

function pagefindVersion(): string {
  // The package exports no package.json; its entry point is lib/index.js.
  const manifest = path.resolve(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

let indexVersion: Promise<string> | undefined;

/**
 * A key over what makes a search index from given pages: Pagefind's version and the code that runs it. Read once per
 * process: the whole index's key and each part's key both start from it.
 */
export function searchIndexVersion(): Promise<string> {
  indexVersion ??= codeVersion([
    'search-index.ts',
    'search-index-child.ts',
    'search-early.ts',
    'search-input.ts',
    'search-parts.ts',
    'search-reuse.ts',
  ]).then((code) => cacheKey([pagefindVersion(), code]));
  return indexVersion;
}

/** sha256 of a JSON value, for cache keys. */
export function cacheKey(value: unknown): string {
  return sha256(JSON.stringify(value));
}

/**
 * Returns the search index summary and puts the index in `<siteDir>/pagefind/`: linked from the cache when the pages
 * and the index `settings` are unchanged, and otherwise written by `build` into a new cache slot (never into the site)
 * and linked from there. `build` is given the previous slot's index when the same code and settings made it, so that it
 * can link in the files Pagefind would write the same (search-reuse.ts). A slot's files are never written again once it
 * is renamed in: Pagefind skips a hashed file that exists, so it never writes through the linked ones either.
 */
export async function cachedSearchIndex<T>(
  siteDir: string,
  pageHashes: ReadonlyMap<string, string>,
  build: (outDir: string, previous: string | undefined) => Promise<T>,
  settings: unknown = null,
): Promise<T> {
  const pages = [...pageHashes].sort(([a], [b]) => a.localeCompare(b));
  const setup = cacheKey([await searchIndexVersion(), settings]);
  const key = cacheKey([setup, pages]);
  const slot = path.join(cacheFolder('finish'), 'pagefind');
  const stamp = path.join(slot, 'key.json');
  const site = path.join(siteDir, 'pagefind');
  const previous = await readJsonFile<{ key: string; setup?: string; summary: T }>(stamp);
  if (previous?.key === key) {
    await linkTree(path.join(slot, 'files'), site);
    return previous.summary;
  }
  // Written beside the slot and renamed in, so a concurrent build never links half an index.
  const next = `${slot}-${process.pid}-${Date.now()}`;
  try {
    const summary = await build(path.join(next, 'files'), previous?.setup === setup ? path.join(slot, 'files') : undefined);
    await writeFile(path.join(next, 'key.json'), JSON.stringify({ key, setup, summary }));
    await linkTree(path.join(next, 'files'), site);
    const old = `${next}-old`;
    await rename(slot, old).catch(() => undefined);
    await rename(next, slot).catch(() => undefined);
    return summary;
  } finally {
    // The slot it replaced, or this one when another build renamed its own in first (or it failed).
    await Promise.all([rm(`${next}-old`, { recursive: true, force: true }), rm(next, { recursive: true, force: true })]);
  }
}

/** Page hashes that passed the audit before, under the current audit code and allowed script hashes. */
export interface AuditMemo {
  /** True when these bytes passed before. */
  passed(pageHash: string): boolean;
  /** Records the hashes of pages that passed this time and saves the memo. */
  save(passedHashes: Iterable<string>): Promise<void>;
}

/** Loads the audit memo for the policy given by `allowedScriptHashes`. */
export async function auditMemo(allowedScriptHashes: readonly string[]): Promise<AuditMemo> {
  const key = cacheKey([await codeVersion(['html-audit.ts', 'csp.ts']), [...allowedScriptHashes].sort()]);
  const file = path.join(cacheFolder('finish'), 'csp-audit.json');
  const stored = await readJsonFile<{ key: string; passed: string[] }>(file);
  const known = new Set(stored?.key === key ? stored.passed : []);
  return {
    passed: (pageHash) => known.has(pageHash),
    save: (passedHashes) => writeJsonFile(file, { key, passed: [...new Set(passedHashes)].sort() }),
  };
}
