/**
 * Reading content once per process. A build reads the content folder three times in one process (the build
 * script validates it before Astro starts, the content loader syncs it, the OG card step lists the cards), and
 * at 10,000 recaps each read is seconds of YAML parsing and validation. The memo hands every caller the same
 * result while the files are byte-for-byte the same; any change to any file (or another folder or option)
 * reads again. It lives on `globalThis` because the build script and the Vite-loaded code are separate module
 * instances in the same process.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const MEMO = Symbol.for('fulltime.content-memo');

interface Entry {
  readonly fingerprint: string;
  readonly value: Promise<unknown>;
}

function memoTable(): Map<string, Entry> {
  const holder = globalThis as { [MEMO]?: Map<string, Entry> };
  return (holder[MEMO] ??= new Map());
}

/** A hash over every file below the folders (path and bytes); missing folders count as empty. */
export async function folderFingerprint(dirs: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    let files: string[];
    try {
      const entries = await readdir(dir, { recursive: true, withFileTypes: true });
      files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    files.sort();
    const contents = await Promise.all(files.map((file) => readFile(file)));
    files.forEach((file, i) => {
      const bytes = contents[i] ?? Buffer.alloc(0);
      hash.update(`${file}\0${bytes.length}\0`).update(bytes);
    });
  }
  return hash.digest('hex');
}

/**
 * Returns `load()`'s result for `key` (the folders and options) while the files under `dirs` are unchanged,
 * calling `load` again when any of them changes. Failed loads are not kept.
 */
export async function memoiseByContent<T>(key: string, dirs: readonly string[], load: () => Promise<T>): Promise<T> {
  const table = memoTable();
  const fingerprint = await folderFingerprint(dirs);
  const hit = table.get(key);
  if (hit && hit.fingerprint === fingerprint) return hit.value as Promise<T>;
  const value = load();
  table.set(key, { fingerprint, value });
  value.catch(() => {
    if (table.get(key)?.value === value) table.delete(key);
  });
  return value;
}
