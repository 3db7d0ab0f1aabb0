/**
 * The dev server's read ahead (src/dev/read-ahead.ts): worker threads read the content folder into the read cache
 * while Astro starts, so the recap loader's first read parses no valid recap again, and finds the same recaps and
 * the same errors, in the same words, as a read of its own.
 */
import { execFile } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateRecaps } from '../../scripts/bench/generate.ts';
import { readAhead, readAheadJob, startReadAhead, workerEnv } from '../../src/dev/read-ahead.ts';
import { DevContent } from '../../src/loaders/recap-loader.ts';
import { contentDirs } from '../../src/site/load.ts';
import { contentFolder, removeContentFolders, type ContentFolder } from '../helpers/content-folder.ts';
import { parses } from '../helpers/yaml-parses.ts';

// Every YAML parse of the reader in this thread (fast or positioned), counted in `parses` (tests/helpers/yaml-parses.ts).
vi.mock('yaml', async (original) => (await import('../helpers/yaml-parses.ts')).countingYaml(original));
vi.mock('js-yaml', async (original) => (await import('../helpers/yaml-parses.ts')).countingJsYaml(original));

afterAll(removeContentFolders);
beforeEach(() => {
  parses.count = 0;
});

/** A content folder of `count` valid recaps (a team file among them) and one invalid recap. */
async function site(count: number): Promise<ContentFolder> {
  const folder = await contentFolder(count, 3, 'fulltime-read-ahead-');
  await writeFile(path.join(folder.content, 'recaps', 'broken.md'), '---\ntitle: Half a recap\n---\n\nNo teams, no score.\n');
  return folder;
}

async function devRead(content: string, root: string, cache?: string) {
  const dev = new DevContent(contentDirs(content), { includeDrafts: true, displayRoot: root }, cache);
  return dev.read().catch((error: unknown) => error);
}

describe('reading ahead in astro dev', () => {
  it.each([1, 2, 3])('leaves every valid recap in the read cache for the loader, with %i worker(s)', async (shards) => {
    const { work, content, cache } = await site(7);
    const alone = await devRead(content, work);
    parses.count = 0;
    const job = { ...readAheadJob(contentDirs(content), work), readCacheDir: cache };
    expect(await startReadAhead(job, { shards, minFiles: 0 })).toBe(shards);
    await readAhead(job);
    const after = await devRead(content, work, cache);
    // Only the team file and the invalid recap are parsed: errors are never cached, and are found again in the same words.
    // The invalid recap twice: its fast parse, then the positioned one its messages come from (src/recap/read.ts).
    expect(parses.count).toBe(3);
    expect(after).toEqual(alone);
  });

  it('keeps every entry of a warm cache, whichever worker used it', async () => {
    const { work, content, cache } = await site(6);
    const job = { ...readAheadJob(contentDirs(content), work), readCacheDir: cache };
    await startReadAhead(job, { shards: 2, minFiles: 0 });
    // A second start: each worker takes its half from the cache, and the first one writes the cache only if
    // something changed (nothing did here), with the entries both used: the loader still finds all of it.
    await startReadAhead(job, { shards: 2, minFiles: 0 });
    parses.count = 0;
    await devRead(content, work, cache);
    expect(parses.count).toBe(3);
  });

  it('starts no worker when fewer files than asked changed since the cache was written', async () => {
    const { work, content, cache } = await site(4);
    const job = { ...readAheadJob(contentDirs(content), work), readCacheDir: cache };
    // No cache yet: all six files (four recaps, the invalid one, the team file) count.
    expect(await startReadAhead(job, { shards: 2, minFiles: 6 })).toBe(2);
    expect(await startReadAhead(job, { shards: 2, minFiles: 1 })).toBe(0);
    const [first, second] = generateRecaps(2, 9);
    await writeFile(path.join(content, 'recaps', `${first!.slug}.md`), first!.text);
    expect(await startReadAhead(job, { shards: 2, minFiles: 2 })).toBe(0);
    await writeFile(path.join(content, 'recaps', `${second!.slug}.md`), second!.text);
    expect(await startReadAhead(job, { shards: 2, minFiles: 2 })).toBe(2);
  });

  it('does not make the loader wait for a read ahead of other folders', async () => {
    const { work, content, cache } = await site(1);
    const job = { ...readAheadJob(contentDirs(content), work), readCacheDir: cache };
    let finished = false;
    void startReadAhead(job, { shards: 1, minFiles: 0 }).then(() => (finished = true));
    await readAhead({ ...job, recaps: path.join(work, 'elsewhere') });
    expect(finished).toBe(false);
    await readAhead(job);
    expect(finished).toBe(true);
  });

  it("gives the workers the compile cache of Astro's thread", () => {
    const folder = path.join(path.sep, 'tmp', 'node-compile-cache');
    const version = path.join(folder, `v${process.versions.node}-x64-964aae3f-0`);
    const env = { PATH: '/usr/bin' };
    // Node's folder for this version is inside the one given to it, which is what the variable names.
    expect(workerEnv(version, env)).toEqual({ PATH: '/usr/bin', NODE_COMPILE_CACHE: folder });
    expect(workerEnv(folder, env)).toEqual({ PATH: '/usr/bin', NODE_COMPILE_CACHE: folder });
    // Set already: the workers inherit it as it is; no cache: none.
    const chosen = { ...env, NODE_COMPILE_CACHE: '/elsewhere' };
    expect(workerEnv(version, chosen)).toBe(chosen);
    expect(workerEnv(undefined, env)).toBe(env);
  });

  it('keeps the code a worker compiles in the compile cache the starting thread enabled', async () => {
    const { work, content, cache } = await site(2);
    const entries = async (workers: boolean) => {
      const compiled = path.join(work, workers ? 'compiled-with-workers' : 'compiled-alone');
      // A process like `astro dev`: the compile cache enabled on its thread only, then (or not) a read ahead.
      const script = [
        "import module from 'node:module';",
        `module.enableCompileCache(${JSON.stringify(compiled)});`,
        `const { readAheadJob, startReadAhead } = await import(${JSON.stringify(new URL('../../src/dev/read-ahead.ts', import.meta.url).href)});`,
        `const { contentDirs } = await import(${JSON.stringify(new URL('../../src/site/content-dirs.ts', import.meta.url).href)});`,
        `const job = { ...readAheadJob(contentDirs(${JSON.stringify(content)}), ${JSON.stringify(work)}), readCacheDir: ${JSON.stringify(cache)} };`,
        workers ? 'await startReadAhead(job, { shards: 1, minFiles: 0 });' : '',
        'module.flushCompileCache();',
      ].join('\n');
      const env = { ...process.env };
      delete env['NODE_COMPILE_CACHE'];
      // From a file: a worker of `node -e` compiles without the cache.
      const file = path.join(work, `${path.basename(compiled)}.mjs`);
      await writeFile(file, script);
      await promisify(execFile)(process.execPath, [file], { env });
      return (await readdir(compiled, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
    };
    // The worker loads the reader (~100 modules: YAML, the schema, the rules) that this thread never loads.
    const [alone, withWorkers] = [await entries(false), await entries(true)];
    expect(withWorkers).toBeGreaterThan(alone + 50);
  });
});
