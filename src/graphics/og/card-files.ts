/**
 * Cached cards into the site being built. The card cache holds each rendered card under its content-hashed name,
 * written beside it and renamed in (worker.ts) and never written again, so a card goes into a site as a hard link to
 * its cache file (src/lib/link-file.ts), not a copy.
 */
import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { linkFile } from '../../lib/link-file.ts';
import type { CardJob } from './key.ts';

/** Where cached cards go: without `outDir`, the cache is only checked. */
export interface PlaceCachedOptions {
  /** Folder the `file` of each job is placed under (created). */
  readonly outDir?: string;
  readonly cacheDir: string;
  /** Called after each card found in the cache. */
  readonly onPlaced?: () => void;
}

/**
 * Links every job found in the cache under `outDir` (an edit's 1,000 cached cards took 0.4-1 s to copy, on the cores
 * the search index needs); returns the jobs that are not in the cache, in order.
 */
export async function placeCachedCards(jobs: readonly CardJob[], options: PlaceCachedOptions): Promise<CardJob[]> {
  const { outDir, cacheDir } = options;
  const folders = new Set(outDir === undefined ? [] : jobs.map((job) => path.dirname(path.join(outDir, job.file))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  const found = await Promise.all(
    jobs.map(async (job) => {
      const cached = path.join(cacheDir, path.basename(job.file));
      try {
        await (outDir === undefined ? access(cached) : linkFile(cached, path.join(outDir, job.file)));
        options.onPlaced?.();
        return true;
      } catch {
        return false;
      }
    }),
  );
  return jobs.filter((_, i) => !found[i]);
}
