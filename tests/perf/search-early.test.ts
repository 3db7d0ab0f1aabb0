/** The search index's pages read ahead (src/delivery/search-early.ts): the same index as a fresh read, or a fresh read. */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { finishSite } from '../../src/delivery/finish-site.ts';
import { HOLDS, searchStoreDir, startEarlySearch } from '../../src/delivery/search-early.ts';
import { snapshotFolder } from '../site/dist.ts';
import { tempDirs } from '../helpers/temp-dirs.ts';

const tempDir = tempDirs();
// Tests that give the build caches a folder of their own set FULLTIME_CACHE_DIR with vi.stubEnv.
afterEach(() => vi.unstubAllEnvs());

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;

/** A site's pages: path to paragraph. */
type Pages = Record<string, string>;
const first: Pages = {
  'index.html': 'The latest results from the Westmarch league.',
  'recaps/one/index.html': 'A header from the edge of the box.',
  'recaps/two/index.html': 'A volley from thirty yards.',
  'recaps/three/index.html': 'A penalty saved low to the left.',
  'players/拓海中村/index.html': 'Two assists and a yellow card.',
  'teams/harbour/index.html': 'Eleven wins from twenty matches.',
};

async function writeSite(dir: string, pages: Pages): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), page(file, text));
  }
}

/** The search index a fresh cache gives for `pages`. */
async function freshIndex(pages: Pages): Promise<Record<string, string>> {
  vi.stubEnv('FULLTIME_CACHE_DIR', await tempDir('early-fresh-cache-'));
  const site = await tempDir('early-fresh-site-');
  await writeSite(site, pages);
  await finishSite(site, '/');
  return snapshotFolder(path.join(site, 'pagefind'));
}

/**
 * A site built once with `first`, then rebuilt with `next` with Pagefind reading ahead (its process ended once it has
 * read, with `stopped`); what the read ahead was told.
 */
async function rebuild(next: Pages, { stopped = false } = {}) {
  const cache = await tempDir('early-cache-');
  vi.stubEnv('FULLTIME_CACHE_DIR', cache);
  const site = await tempDir('early-site-');
  await writeSite(site, first);
  await finishSite(site, '/');
  const early = await startEarlySearch(searchStoreDir(), 100);
  if (!early) throw new Error('nothing read ahead');
  const finish = vi.spyOn(early, 'finish');
  if (stopped) {
    expect(await early.read).toBe(true);
    await early.stop();
  }
  await writeSite(site, next);
  await finishSite(site, '/', undefined, undefined, early);
  const kept = JSON.parse(await readFile(path.join(`${searchStoreDir()}-tree`, HOLDS), 'utf8')) as [string, string][];
  return { index: await snapshotFolder(path.join(site, 'pagefind')), finish, kept: kept.map(([p]) => p).sort(), cache };
}

describe('the search index read ahead (src/delivery/search-early.ts)', () => {
  it(
    'reads again only the pages that changed, leaves out those gone, and gives the index a fresh read gives',
    { timeout: 60_000 },
    async () => {
      const next: Pages = { ...first, 'recaps/two/index.html': 'A free kick into the wall.', 'players/拓海中村/index.html': 'One assist.' };
      delete next['recaps/three/index.html'];
      // The home page lists the latest recaps, so it changes with any of them.
      next['index.html'] = 'The latest results, with a free kick into the wall.';
      const { index, finish, kept } = await rebuild(next);
      expect(finish).toHaveBeenCalledTimes(1);
      const update = finish.mock.calls[0]?.[0];
      expect([...(update?.changed ?? [])].sort()).toEqual(['index.html', 'players/拓海中村/index.html', 'recaps/two/index.html']);
      expect(update?.removed).toEqual(['recaps/three/index.html']);
      expect(index).toEqual(await freshIndex(next));
      // The folder is kept for the next build, with what it holds now.
      expect(kept).toEqual(Object.keys(next).sort());
    },
  );

  it('reads the folder afresh when the site has a page it did not hold', { timeout: 60_000 }, async () => {
    const next: Pages = { ...first, 'recaps/four/index.html': 'A late winner from a corner.' };
    const { index, finish, kept } = await rebuild(next);
    expect(finish).not.toHaveBeenCalled();
    expect(index).toEqual(await freshIndex(next));
    expect(kept).toEqual(Object.keys(next).sort());
  });

  it("reads the folder afresh when the read ahead's process is gone", { timeout: 60_000 }, async () => {
    const next: Pages = { ...first, 'recaps/two/index.html': 'A free kick into the wall.' };
    const { index, finish, kept } = await rebuild(next, { stopped: true });
    expect(finish).toHaveBeenCalledTimes(1);
    expect(index).toEqual(await freshIndex(next));
    expect(kept).toEqual(Object.keys(next).sort());
  });

  it('puts the folder back as it was when the build does not use it (a failed build)', { timeout: 60_000 }, async () => {
    vi.stubEnv('FULLTIME_CACHE_DIR', await tempDir('early-cache-'));
    const site = await tempDir('early-site-');
    await writeSite(site, first);
    await finishSite(site, '/');
    const tree = `${searchStoreDir()}-tree`;
    const before = await snapshotFolder(tree);
    const early = await startEarlySearch(searchStoreDir(), 100);
    expect(early).toBeDefined();
    await early?.release();
    expect(await snapshotFolder(tree)).toEqual(before);
    // More pages than one index holds: nothing is read ahead, and the folder stays.
    expect(await startEarlySearch(searchStoreDir(), 3)).toBeUndefined();
    expect(await snapshotFolder(tree)).toEqual(before);
  });
});
