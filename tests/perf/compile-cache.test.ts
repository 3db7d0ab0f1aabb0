import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ENTRIES, pruneCompileCache, STALE_ENTRY_BYTES } from '../../scripts/lib/compile-cache.ts';

let dir: string | undefined;
afterEach(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

describe('pruneCompileCache', () => {
  it("removes the entries as large as a bundled content module, and keeps the code's", async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'compile-cache-'));
    const version = path.join(dir, 'v24.21.0-x64-964aae3f-0');
    await mkdir(version, { recursive: true });
    await writeFile(path.join(version, '0a1b2c3d'), Buffer.alloc(256 * 1024));
    await writeFile(path.join(version, '4e5f6a7b'), Buffer.alloc(STALE_ENTRY_BYTES + 1));
    await writeFile(path.join(version, '8c9d0e1f'), Buffer.alloc(STALE_ENTRY_BYTES));
    pruneCompileCache(dir);
    expect((await readdir(version)).sort()).toEqual(['0a1b2c3d', '8c9d0e1f']);
  });

  it('empties the folder when it holds more entries than a few builds leave', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'compile-cache-'));
    const version = path.join(dir, 'v24.21.0-x64-964aae3f-0');
    await mkdir(version, { recursive: true });
    await Promise.all(Array.from({ length: MAX_ENTRIES }, (_, i) => writeFile(path.join(version, `e${i}`), 'x')));
    pruneCompileCache(dir);
    expect(await readdir(version)).toHaveLength(MAX_ENTRIES);
    await writeFile(path.join(version, 'one-more'), 'x');
    pruneCompileCache(dir);
    expect(existsSync(dir)).toBe(false);
  });
});
