/**
 * The search index's pages read ahead. Pagefind has no incremental mode: every build reads every indexed page again
 * (1,869 at 1,000 recaps, about 1.5 s on one core) before it can write the index, and with the pages known only once
 * Astro has written them, that read waited for the whole Astro step. But the kept input folder of the last index
 * (search-index.ts) holds the pages as they were, and Pagefind, given a page under a URL it already read, puts it in
 * that page's place. So a build that changes a few content files starts Pagefind on that folder at once, at a lower
 * priority, on what the Astro step leaves of the cores; once the pages are written, it reads again only the pages that
 * changed and leaves out those gone (an empty page in their place, which Pagefind does not index), and writes the
 * index. Pagefind numbers the pages in the order it read them, and a changed page is read again at the same path, so
 * the index is the one a fresh read of the folder gives, byte for byte. A build that adds a page stops it and reads the
 * folder afresh: a new page would be numbered last.
 *
 * The folder is taken for the build by renaming it (as search-index.ts takes it), so two builds never share it.
 */
import { spawn } from 'node:child_process';
import { rename, rm, writeFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFolder } from '../config.ts';
import { readJsonFile } from './finish-cache.ts';
import type { IndexUpdate, SearchIndexSummary } from './search-index.ts';

/** Where the slimmed pages Pagefind reads are kept (search-input.ts); the input folder of the last index is beside it. */
export function searchStoreDir(): string {
  return path.join(cacheFolder('finish'), 'search-input');
}

/** The kept input folder of the last index. */
function keptInput(storeDir: string): string {
  return `${storeDir}-tree`;
}

/** The list of what a kept input folder holds (page path, kept file name), inside it: Pagefind reads only HTML. */
export const HOLDS = 'holds.json';

/** The list as written, or undefined when it is anything else. */
function pairs(list: unknown): [string, string][] | undefined {
  const valid = Array.isArray(list) && list.every((p) => Array.isArray(p) && p.length === 2 && p.every((s) => typeof s === 'string'));
  return valid ? (list as [string, string][]) : undefined;
}

/** An input folder taken for one build, and what it held (none when it is new or its list was unreadable). */
export interface TakenInput {
  readonly inputDir: string;
  readonly previous: ReadonlyMap<string, string> | undefined;
}

/**
 * Takes the kept input folder of `storeDir` for this build by renaming it to a name of its own, with its list; a
 * folder without a readable list is removed, since what it holds is unknown. The list is removed too: the folder is
 * about to change.
 */
export async function takeInput(storeDir: string): Promise<TakenInput> {
  const inputDir = `${storeDir}-input-${process.pid}-${Date.now()}`;
  const listing = path.join(inputDir, HOLDS);
  const list = await rename(keptInput(storeDir), inputDir).then(
    async () => pairs(await readJsonFile<unknown>(listing)),
    () => undefined,
  );
  if (!list) await rm(inputDir, { recursive: true, force: true });
  await rm(listing, { force: true });
  return { inputDir, previous: list && new Map(list) };
}

/** Puts a taken input folder back for the next build, with its list, unless another build has put its own back first. */
export async function keepInput(storeDir: string, taken: { inputDir: string; holds: ReadonlyMap<string, string> }): Promise<void> {
  await writeFile(path.join(taken.inputDir, HOLDS), JSON.stringify([...taken.holds]));
  await rename(taken.inputDir, keptInput(storeDir)).catch(() => undefined);
}

/** Pagefind reading a taken input folder ahead of the build's pages. */
export interface EarlySearch {
  readonly inputDir: string;
  /** What the folder holds, as Pagefind reads it: page path to kept file name. */
  readonly holds: ReadonlyMap<string, string>;
  /** True once Pagefind has read every page; false when it failed or was stopped (its process has then ended). */
  readonly read: Promise<boolean>;
  /**
   * Gives it the update (the folder changed since it was read, `changed` and `removed` only); the index it wrote, or
   * undefined when its process ended without one (the build then reads the folder afresh, and reports any failure).
   */
  finish(update: IndexUpdate): Promise<SearchIndexSummary | undefined>;
  /** Stops it, if it still runs, leaving the folder to the build. */
  stop(): Promise<void>;
  /** Stops it, and puts the folder back for the next build unless the build has put it back or removed it. */
  release(): Promise<void>;
}

/** The script that runs Pagefind in a process of its own (search-index-child.ts). */
export const searchChild = fileURLToPath(new URL('./search-index-child.ts', import.meta.url));

/** The summary a search index child printed (`SUMMARY {json}`, search-index-child.ts), if it printed one. */
export function printedSummary(stdout: string): SearchIndexSummary | undefined {
  const json = /^SUMMARY (.*)$/m.exec(stdout)?.[1];
  return json === undefined ? undefined : (JSON.parse(json) as SearchIndexSummary);
}

/** The read ahead's niceness (0 is the build's, 19 the lowest). */
const READ_AHEAD_NICENESS = 10;

/**
 * Starts Pagefind on the kept input folder of `storeDir` when it holds one index's pages (at most `partPages`); undefined
 * when there is none to read.
 */
export async function startEarlySearch(storeDir: string, partPages: number): Promise<EarlySearch | undefined> {
  const { inputDir, previous } = await takeInput(storeDir);
  if (!previous) return undefined;
  const holds = previous;
  if (holds.size === 0 || holds.size > partPages) {
    await keepInput(storeDir, { inputDir, holds });
    return undefined;
  }
  // Its errors are not read: a read ahead that fails leaves the build to read the folder afresh and report them.
  const running = spawn(process.execPath, [searchChild, inputDir, '--early'], { stdio: ['pipe', 'pipe', 'ignore'] });
  // At a lower priority, so that it takes what the Astro step leaves of the cores rather than a share of its start (its
  // validation and Astro's loading use more than one core): 1,000 recaps, the content sync started 2.75-3.06 s into an
  // edit at the same priority, 1.96-2.54 s at this one; the read is still over before the pages are. Its Pagefind,
  // started later, inherits it.
  try {
    if (running.pid !== undefined) setPriority(running.pid, READ_AHEAD_NICENESS);
  } catch {
    // Left at the build's priority.
  }
  let stdout = '';
  let markRead: (read: boolean) => void = () => undefined;
  const read = new Promise<boolean>((resolve) => (markRead = resolve));
  running.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (/^READ$/m.test(stdout)) markRead(true);
  });
  // A child that ends before reading it all makes the pipe fail: its exit is what counts.
  running.stdin.on('error', () => undefined);
  const exited = new Promise<number | null>((resolve) => {
    running.on('error', () => resolve(1));
    running.on('exit', (code) => resolve(code));
  });
  void exited.then(() => markRead(false));
  let released = false;
  const stop = async () => {
    if (running.exitCode === null && running.signalCode === null) running.kill();
    await exited;
  };
  return {
    inputDir,
    holds,
    read,
    async finish(update) {
      running.stdin.end(JSON.stringify(update));
      return (await exited) === 0 ? printedSummary(stdout) : undefined;
    },
    stop,
    async release() {
      await stop();
      if (released) return;
      released = true;
      // Gone when the build put it back itself, or removed it after a failure.
      await keepInput(storeDir, { inputDir, holds }).catch(() => undefined);
    },
  };
}
