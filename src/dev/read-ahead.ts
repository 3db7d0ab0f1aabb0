/**
 * Reads the content ahead in `astro dev`, on another core, while Astro and Vite start. A dev server's first content
 * sync waits for Astro to start Vite and compile the content config (seconds, on one thread), then reads, parses
 * and validates every recap on that same thread: at 1,000 recaps with an empty read cache, about 3 s of YAML,
 * schema and rules. This integration starts a worker thread as soon as Astro has its config; the worker runs the
 * content reader over the same folders with the same read cache (src/site/load.ts, src/recap/read-cache.ts), which
 * keeps every valid recap on disk. The recap loader waits for the worker before its first read (`readAhead`) and
 * then takes those recaps from the cache, as on any later start. Nothing is handed over but the cache file, which
 * holds only valid reads, keyed by each file's bytes, path and slug and tagged with the reader's code and the team
 * data: the loader's result, errors and their words included, is the one it gets reading alone, and a file changed
 * meanwhile is read again. If the worker fails, the loader reads everything itself.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { cacheFolder, site } from '../config.ts';
import { contentDirs, type ContentDirs } from '../site/load.ts';
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

type Holder = { [SLOT]?: { readonly key: string; readonly done: Promise<void> } };

/**
 * Starts reading `job` ahead in `shards` worker threads, each reading every `shards`-th file (the first start's read
 * is the largest part of it, and the cores besides Astro's thread are idle then). The promise resolves once every
 * worker has exited and never rejects: a failed worker only leaves the cache without its files.
 */
export function startReadAhead(job: ReadAheadJob, shards = Math.max(1, Math.min(4, availableParallelism()))): Promise<void> {
  const channels = Array.from({ length: shards - 1 }, () => new MessageChannel());
  const workers = Array.from({ length: shards }, (_, shard) => {
    const ports = shard === 0 ? channels.map((c) => c.port1) : [channels[shard - 1]!.port2];
    return new Promise<void>((resolve) => {
      try {
        const worker = new Worker(new URL('./read-ahead-worker.ts', import.meta.url), {
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
  const done = Promise.all(workers).then(() => undefined);
  (globalThis as Holder)[SLOT] = { key: JSON.stringify(job), done };
  return done;
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
        if (command === 'dev') void startReadAhead(readAheadJob(contentDirs(site.contentDir), fileURLToPath(config.root)));
      },
    },
  };
}
