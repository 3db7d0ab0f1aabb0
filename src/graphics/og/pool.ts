/**
 * Renders many cards on all cores with a Piscina worker pool, skipping every card already in the disk
 * cache. Cache files are named by content hash, so a hit is always the right picture.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import { placeCachedCards } from './card-files.ts';
import type { CardJob } from './key.ts';
import type { RenderTask } from './worker.ts';

/** Where cards go and how many render at once. */
export interface RenderCardsOptions {
  /** Folder the `file` of each job is written under (the site's `og/` folder); without one, cards only fill the cache. */
  readonly outDir?: string;
  /** Disk cache of rendered cards, kept between builds. */
  readonly cacheDir: string;
  /** Worker threads; default: one per core. */
  readonly concurrency?: number;
  /** Called after each card with the running counts. */
  readonly onProgress?: (progress: RenderCardsResult) => void;
  /**
   * Until this settles, one worker fewer than `concurrency` renders (at least one): the build starts its cards while
   * Astro renders pages on one core, then widens to every core when the pages are written. The same workers carry
   * on, so none parses the fonts a second time.
   */
  readonly narrowUntil?: Promise<unknown>;
}

/** What a run did. */
export interface RenderCardsResult {
  readonly rendered: number;
  readonly cached: number;
  readonly total: number;
}

/**
 * Cards per message to a worker. The thread handing out work can be busy for seconds (Astro renders pages on it), and
 * a worker holding a few batches (perWorker below) keeps rendering meanwhile; it renders a batch's cards one by one.
 */
const BATCH = 8;

/** Renders every job not in the cache, links (or copies) the rest from it. */
export async function renderCards(jobs: readonly CardJob[], options: RenderCardsOptions): Promise<RenderCardsResult> {
  const { outDir, cacheDir } = options;
  const counts = { rendered: 0, cached: 0, total: jobs.length };
  const out = (job: CardJob) => (outDir === undefined ? undefined : path.join(outDir, job.file));
  const cacheFile = (job: CardJob) => path.join(cacheDir, path.basename(job.file));
  const report = () => options.onProgress?.({ ...counts });
  // Cache hits first, which keeps the progress count honest from the start; this makes every job's folder.
  const misses = await placeCachedCards(jobs, {
    ...(outDir === undefined ? {} : { outDir }),
    cacheDir,
    onPlaced: () => {
      counts.cached++;
      report();
    },
  });
  if (misses.length === 0) return counts;
  const threads = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), misses.length));
  // Each worker holds a few queued cards, so it keeps rendering while the main thread is busy rendering pages
  // (one task at a time left workers idle ~20% of a build, waiting for the main event loop to hand out the next).
  const perWorker = 4;
  const pool = new Piscina<RenderTask[], number[]>({
    filename: new URL('./worker.ts', import.meta.url).href,
    maxThreads: threads,
    minThreads: 1,
    idleTimeout: 1000,
    concurrentTasksPerWorker: perWorker,
  });
  try {
    // Cards are handed out as workers free up rather than queued all at once, so that the pool starts (and keeps
    // busy) only as many workers as the current limit allows.
    let limit = (options.narrowUntil ? Math.max(1, threads - 1) : threads) * perWorker;
    let next = 0;
    let inFlight = 0;
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const pump = () => {
        if (failed) return;
        if (next >= misses.length && inFlight === 0) return resolve();
        while (inFlight < limit && next < misses.length) {
          const batch = misses.slice(next, next + BATCH);
          next += batch.length;
          inFlight++;
          pool
            .run(
              batch.map((job): RenderTask => {
                const outFile = out(job);
                return {
                  tree: job.tree,
                  ...(job.photos ? { photos: job.photos } : {}),
                  cacheFile: cacheFile(job),
                  ...(outFile === undefined ? {} : { outFile }),
                };
              }),
            )
            .then(() => {
              inFlight--;
              counts.rendered += batch.length;
              report();
              pump();
            })
            .catch((error: unknown) => {
              failed = true;
              reject(error instanceof Error ? error : new Error(String(error)));
            });
        }
      };
      const widen = () => {
        limit = threads * perWorker;
        pump();
      };
      options.narrowUntil?.then(widen, widen);
      pump();
    });
  } finally {
    await pool.destroy();
  }
  return counts;
}
