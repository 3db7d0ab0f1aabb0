/**
 * Puts a file of a cache into the site being built as a hard link instead of a copy. Safe only for cache files that
 * are never written again once in place (written beside their name and renamed in): a link always shows the bytes it
 * was made from, and costs one call however large the file.
 */
import { copyFileSync, linkSync, rmSync } from 'node:fs';
import { copyFile, link, rm } from 'node:fs/promises';

/**
 * Makes `to` a hard link to `from`. A file already at `to` is replaced, never written through (it may be a link into
 * a cache itself). Where links cannot be made (another file system, a file system without them), `from` is copied.
 * Rejects with ENOENT when `from` (or the folder of `to`) does not exist.
 */
export async function linkFile(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw error;
    if (code === 'EEXIST') {
      await rm(to, { force: true });
      return linkFile(from, to);
    }
    await copyFile(from, to);
  }
}

/**
 * `linkFile` made one call after another, without the thread pool: for linking thousands of small files where the
 * pool's round trips cost more than the calls (the search index's fragments).
 */
export function linkFileSync(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw error;
    if (code === 'EEXIST') {
      rmSync(to, { force: true });
      return linkFileSync(from, to);
    }
    copyFileSync(from, to);
  }
}
