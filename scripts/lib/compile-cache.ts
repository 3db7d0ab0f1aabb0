/**
 * Node's compile cache for a build: the code Node compiles (V8's code cache, and TypeScript with its types stripped)
 * kept in the build caches, for the build's own process and, through `NODE_COMPILE_CACHE`, every Node process it
 * starts (the Astro step, the card step, the search index), which each load thousands of modules again on every
 * build. Entries are checked against their source, so changed code is compiled afresh. 1,000 recaps, one edit, load
 * 2-4, three alternating runs each: 19.4-20.6 s -> 17.5-18.3 s of wall, 12.0-13.4 s -> 10.4-11.2 s of user CPU.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import path from 'node:path';

/**
 * Entries larger than this are removed before a build. The one such entry is the content itself, which Astro bundles
 * into a module named after it (17 MB at 1,000 recaps): every edit leaves one behind that no later build reads.
 * The largest module of code is ~0.25 MB.
 */
export const STALE_ENTRY_BYTES = 4 * 1024 * 1024;

/**
 * More entries than this, and the folder is emptied (the next build fills it again, ~2,400 entries at 1,000 recaps):
 * Astro's chunks are named after their content, so each edit also leaves ~40 small entries (~0.5 MB) behind.
 */
export const MAX_ENTRIES = 8000;

/**
 * Removes the entries over `STALE_ENTRY_BYTES` from a compile cache folder (Node keeps one folder per version), or all
 * of them when there are more than `MAX_ENTRIES`.
 */
export function pruneCompileCache(dir: string): void {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  if (entries.length > MAX_ENTRIES) {
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name);
    try {
      if (statSync(file).size > STALE_ENTRY_BYTES) rmSync(file, { force: true });
    } catch {
      // Removed meanwhile by another build.
    }
  }
}

/**
 * Enables the compile cache in `dir` (or where `NODE_COMPILE_CACHE` says, which is then left as it is) for this
 * process and the ones it starts. A cache that cannot be used only means compiling as before. Returns what prunes
 * `dir` (`pruneCompileCache`; nothing when `NODE_COMPILE_CACHE` chose another folder), for the build to call once it
 * knows it builds: listing the folder is wasted on a build that finds its output up to date.
 */
export function enableBuildCompileCache(dir: string): () => void {
  const chosen = process.env['NODE_COMPILE_CACHE'];
  const result = enableCompileCache(chosen ?? dir);
  if (result.directory) process.env['NODE_COMPILE_CACHE'] = result.directory;
  return () => {
    if (chosen !== undefined) return;
    try {
      pruneCompileCache(dir);
    } catch {
      // No cache yet.
    }
  };
}
