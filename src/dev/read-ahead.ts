/**
 * Reads the content ahead in `astro dev`, on another core, while Astro and Vite start. A dev server's first content
 * sync waits for Astro to start Vite and compile the content config (seconds, on one thread), then reads, parses
 * and validates every recap on that same thread: at 1,000 recaps with an empty read cache, about 1 s of YAML,
 * schema and rules (src/recap/fast-yaml.ts). This integration starts worker threads as soon as Astro has its config; the workers run the
 * content reader over the same folders with the same read cache (src/site/load.ts, src/recap/read-cache.ts), which
 * keeps every valid recap on disk. The recap loader waits for the workers before its first read (`readAhead`) and
 * then takes those recaps from the cache, as on any later start. Nothing is handed over but the cache file, which
 * holds only valid reads, keyed by each file's bytes, path and slug and tagged with the reader's code and the team
 * data: the loader's result, errors and their words included, is the one it gets reading alone, and a file changed
 * meanwhile is read again. If a worker fails, the loader reads its files itself. A start on a cache about current
 * (fewer than 100 recap and team files changed since it was written) starts no worker: loading the reader in one costs
 * more than the loader's read of those few files.
 */
import { readdir, stat } from 'node:fs/promises';
import { getCompileCacheDir } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { cacheFolder, site } from '../config.ts';
import { readCacheWritten } from '../recap/read-cache.ts';
import { contentDirs, type ContentDirs } from '../site/content-dirs.ts';
import type { ShardData } from './read-ahead-worker.ts';

/** What is read ahead: the recap loader's folders, the root its messages are relative to, its read cache. */
export interface ReadAheadJob {
  readonly recaps: string;
  readonly teams: string;
  readonly displayRoot: string;
  readonly readCacheDir: string;
}

/** The job for a read of `dirs` shown relative to `displayRoot`, into the build's read cache. */
export function readAheadJob(dirs: ContentDirs, displayRoot: string): ReadAheadJob {
  return { recaps: path.resolve(dirs.recaps), teams: path.resolve(dirs.teams), displayRoot, readCacheDir: cacheFolder('reads') };
}

const SLOT = Symbol.for('fulltime.dev.read-ahead');

type Holder = { [SLOT]?: { readonly key: string; readonly done: Promise<number> } };

/** How the read ahead runs: in how many workers, and from how many files to read it takes workers at all. */
export interface ReadAheadOptions {
  /**
   * Worker threads, each reading every `shards`-th file; default one per core but the one Astro's thread starts on, at
   * least one and up to 4. On 2 cores, 1,000 recaps: one worker reads them all before Astro is ready (about 1 s of
   * reading since the fast frontmatter parse), and a second one only took a core from Astro's start (first start
   * 5.9-6.1 s against 4.9-5.7 s with one, under load).
   */
  readonly shards?: number;
  /**
   * Fewer recap and team files than this changed since the read cache was written: no workers (the loader reads
   * those few faster than a worker loads the reader, about half a second of CPU each). Default 100.
   */
  readonly minFiles?: number;
}

/**
 * Starts reading `job` ahead in worker threads, each reading every n-th file (the first start's read is the largest
 * part of it, and the cores besides Astro's thread are idle then), unless the read cache is about current. Resolves
 * to the number of workers started once every one has exited; never rejects: a failed worker only leaves the cache
 * without its files.
 */
export function startReadAhead(job: ReadAheadJob, options: ReadAheadOptions = {}): Promise<number> {
  const shards = options.shards ?? Math.max(1, Math.min(4, availableParallelism() - 1));
  const done = changedSinceCache(job).then((changed) => (changed < (options.minFiles ?? 100) ? 0 : runWorkers(job, shards)));
  (globalThis as Holder)[SLOT] = { key: JSON.stringify(job), done };
  return done;
}

/**
 * How many recap and team files were changed (or added) since the read cache was written: all of them without a
 * cache. Other reasons for a cache to miss (the reader's code changed) are not seen here; the loader then reads alone.
 */
async function changedSinceCache(job: ReadAheadJob): Promise<number> {
  const written = await readCacheWritten(job.readCacheDir);
  const listed = await Promise.all(
    [job.recaps, job.teams].map((dir) => readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])),
  );
  const files = listed
    .flat()
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
  if (written === undefined) return files.length;
  const times = await Promise.all(
    files.map((file) =>
      stat(file).then(
        (s) => s.mtimeMs,
        () => Infinity,
      ),
    ),
  );
  return times.filter((time) => time >= written).length;
}

/**
 * The environment of a read-ahead worker: this process's, with Node's compile cache if this thread has one. Astro's
 * command line turns the cache on for its own thread only (`module.enableCompileCache()`); a worker thread keeps what
 * it compiles (the reader's TypeScript stripped of its types, YAML, the schema) only when NODE_COMPILE_CACHE names the
 * folder. With it, a worker loads the reader in ~0.2 s of CPU instead of ~0.3 s on every start after the first.
 * `cacheDir` is the folder this thread uses (`module.getCompileCacheDir()`): Node's version-named folder inside the one
 * it was given, which is what the variable names.
 */
export function workerEnv(cacheDir = getCompileCacheDir(), env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (cacheDir === undefined || env['NODE_COMPILE_CACHE'] !== undefined) return env;
  const given = path.basename(cacheDir).startsWith(`v${process.versions.node}-`) ? path.dirname(cacheDir) : cacheDir;
  return { ...env, NODE_COMPILE_CACHE: given };
}

async function runWorkers(job: ReadAheadJob, shards: number): Promise<number> {
  const channels = Array.from({ length: shards - 1 }, () => new MessageChannel());
  const workers = Array.from({ length: shards }, (_, shard) => {
    const ports = shard === 0 ? channels.map((c) => c.port1) : [channels[shard - 1]!.port2];
    return new Promise<void>((resolve) => {
      try {
        const worker = new Worker(new URL('./read-ahead-worker.ts', import.meta.url), {
          env: workerEnv(),
          workerData: { job, shard, shards, ports } satisfies ShardData,
          transferList: ports,
        });
        worker.once('error', () => resolve());
        worker.once('exit', () => resolve());
      } catch {
        // Its ports close with it unused: shard 0 goes on without this shard.
        for (const port of ports) port.close();
        resolve();
      }
    });
  });
  await Promise.all(workers);
  return shards;
}

/** Waits for a read ahead of the same job started in this process; returns at once if there is none. */
export async function readAhead(job: ReadAheadJob): Promise<void> {
  const started = (globalThis as Holder)[SLOT];
  if (started?.key === JSON.stringify(job)) await started.done;
}

/** The integration: in `astro dev`, reads the site's content folder (src/config.ts) ahead as soon as the config is set up. */
export function contentReadAhead(): AstroIntegration {
  return {
    name: 'fulltime-content-read-ahead',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        // The folders src/content.config.ts gives the loader (the reader itself is not loaded on Astro's thread as it
        // starts: ~0.2 s; the workers load their own).
        if (command === 'dev') void startReadAhead(readAheadJob(contentDirs(site.contentDir), fileURLToPath(config.root)));
      },
    },
  };
}
