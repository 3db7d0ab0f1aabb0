/**
 * Piscina worker: renders one card and writes it to the cache, linked into the output folder. Fonts are parsed once
 * per worker (render.ts keeps them), so a card costs about what satori + resvg cost on their own.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { linkFile } from '../../lib/link-file.ts';
import { exposedGc } from './gc.ts';
import type { OgElement } from './h.ts';
import { renderPng } from './render.ts';
import { withPhotos, type CardPhotos } from './photo.ts';

/** One task: the tree, the cache file to create and the output file to copy it to. */
export interface RenderTask {
  readonly tree: OgElement;
  /** Files of the photos the tree names (photo.ts). */
  readonly photos?: CardPhotos;
  readonly cacheFile: string;
  /** Where the card is linked (or copied) as well (the site being built); none when only the cache is filled. */
  readonly outFile?: string;
}

// @resvg/resvg-js 2.6.2 keeps each rendered image (~3 MB of native memory) until V8 collects its small JS
// wrapper, and V8 sees no pressure to do so: memory climbs by megabytes per card.
// https://github.com/thx/resvg-js/issues/216. The wrappers die young, so a young-generation collection (a
// scavenge, about a millisecond) after every card frees them; it replaced a full collection every 16 cards, which
// cost more CPU and let 16 images' memory pile up in each worker between collections.
const gc = exposedGc();
// FULLTIME_OG_GC_EVERY=0 turns it off (scripts/bench-og.ts uses that to show the growth it prevents).
const GC_EVERY = Number(process.env['FULLTIME_OG_GC_EVERY'] ?? 1);
let sinceGc = 0;

/**
 * Renders a batch of cards one after another; resolves with their PNG sizes. A batch keeps a worker busy while the
 * thread that hands out work is busy itself (Astro rendering pages holds the main thread for long stretches: with
 * one card per message, the worker beside it sat idle two thirds of the time).
 */
export default async function renderBatch(tasks: readonly RenderTask[]): Promise<number[]> {
  const sizes: number[] = [];
  for (const task of tasks) sizes.push(await renderTask(task));
  return sizes;
}

/** Renders a card into the cache (atomically, so a parallel build never reads half a file) and the output. */
async function renderTask(task: RenderTask): Promise<number> {
  const png = await renderPng(await withPhotos(task.tree, task.photos));
  await mkdir(path.dirname(task.cacheFile), { recursive: true });
  const tmp = `${task.cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, png);
  await rename(tmp, task.cacheFile);
  // Linked to the cache file, which is never written again (a build that removed it meanwhile: the bytes written here).
  const outFile = task.outFile;
  if (outFile !== undefined) await linkFile(task.cacheFile, outFile).catch(() => writeFile(outFile, png));
  if (GC_EVERY > 0 && ++sinceGc >= GC_EVERY) {
    sinceGc = 0;
    gc({ type: 'minor' });
  }
  return png.length;
}
