import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditMemo, cachedSearchIndex, hashFiles, hashPagesAhead, linkTree, listFiles, mapLimit } from '../../src/delivery/finish-cache.ts';
import { finishSite } from '../../src/delivery/finish-site.ts';
import { renderHeaders } from '../../src/delivery/headers.ts';
import { buildSearchIndex, indexSite } from '../../src/delivery/search-index.ts';
import type { PartEntry } from '../../src/delivery/search-parts.ts';
import { snapshotFolder } from '../site/dist.ts';
import { tempDirs } from '../helpers/temp-dirs.ts';

describe('mapLimit', () => {
  it('keeps order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const out = await mapLimit([5, 1, 4, 2, 3, 0], 2, async (n) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0]);
    expect(most).toBe(2);
    await expect(mapLimit([], 4, async () => 1)).resolves.toEqual([]);
  });
});

const tempDir = tempDirs();
// Tests that give the build caches a folder of their own set FULLTIME_CACHE_DIR with vi.stubEnv.
afterEach(() => vi.unstubAllEnvs());

describe('hashing pages ahead (hashPagesAhead, hashFiles)', () => {
  it('hashes every HTML page, and takes a hash again only for a page with the same size and time', async () => {
    const site = await tempDir('finish-ahead-');
    await mkdir(path.join(site, 'recaps', 'one'), { recursive: true });
    await writeFile(path.join(site, 'recaps', 'one', 'index.html'), '<p>One</p>');
    await writeFile(path.join(site, 'index.html'), '<p>Home</p>');
    await writeFile(path.join(site, 'site.css'), 'body{}');
    const ahead = await hashPagesAhead(site);
    expect([...ahead.keys()].sort()).toEqual(['index.html', 'recaps/one/index.html']);
    const pages = ['index.html', 'recaps/one/index.html'];
    expect(await hashFiles(site, pages, ahead)).toEqual(await hashFiles(site, pages));
    // A hash held for a page of the same size and time is taken as it is (this one is made up, to tell it apart)...
    const marked = new Map([...ahead].map(([file, held]) => [file, { ...held, hash: `held:${file}` }]));
    expect((await hashFiles(site, pages, marked)).get('index.html')).toBe('held:index.html');
    // ...and a page written again since is read again.
    await writeFile(path.join(site, 'index.html'), '<p>Home, edited</p>');
    const again = await hashFiles(site, pages, marked);
    expect(again.get('index.html')).toBe((await hashFiles(site, ['index.html'])).get('index.html'));
    expect(again.get('recaps/one/index.html')).toBe('held:recaps/one/index.html');
  });

  it('hashes each file whole, however large, and nothing of the file read before it', async () => {
    const site = await tempDir('finish-hash-sizes-');
    // Larger than the buffer files are read through (256 KB), then smaller ones, an empty one, a multi-byte one.
    const files: Record<string, Buffer> = {
      'a-large.html': Buffer.from('<p>Long report.</p>'.repeat(40_000)),
      'b-small.html': Buffer.from('<p>Short.</p>'),
      'c-empty.html': Buffer.alloc(0),
      'd-exact.html': Buffer.alloc(256 * 1024, 'x'),
      'e-kana.html': Buffer.from('<p>ゴール！</p>'),
    };
    for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(site, name), bytes);
    const expected = Object.entries(files).map(([name, bytes]) => [name, createHash('sha256').update(bytes).digest('hex')]);
    expect([...(await hashFiles(site, Object.keys(files)))]).toEqual(expected);
    const ahead = await hashPagesAhead(site);
    expect([...ahead].map(([name, held]) => [name, held.hash])).toEqual(expected);
    expect(ahead.get('a-large.html')?.size).toBe(files['a-large.html']?.length);
  });
});

describe('linkTree', () => {
  it('links every file and makes every folder, nested and empty ones too', async () => {
    const from = await tempDir('finish-copy-from-');
    await mkdir(path.join(from, 'a', 'b', 'c'), { recursive: true });
    await mkdir(path.join(from, 'empty'), { recursive: true });
    await writeFile(path.join(from, 'top.json'), '{"x":1}');
    await writeFile(path.join(from, 'a', 'b', 'c', 'deep.bin'), Buffer.from([0, 1, 2, 255]));
    await writeFile(path.join(from, 'a', 'one.txt'), 'one');
    const to = path.join(await tempDir('finish-copy-to-'), 'out');
    await linkTree(from, to);
    expect(await snapshotFolder(to)).toEqual(await snapshotFolder(from));
    expect(await listFiles(path.join(to, 'empty'))).toEqual([]);
    expect((await stat(path.join(to, 'a', 'b', 'c', 'deep.bin'))).ino).toBe((await stat(path.join(from, 'a', 'b', 'c', 'deep.bin'))).ino);
  });
});

const page = (title: string, body: string, indexed: boolean) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main${indexed ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${body}</p></main></body></html>`;

describe('finishSite', () => {
  it(
    'reuses the index for unchanged pages, indexes an edited page again, and lists the index in _headers',
    { timeout: 60_000 },
    async () => {
      vi.stubEnv('FULLTIME_CACHE_DIR', await tempDir('finish-cache-'));
      const site = await tempDir('finish-site-');
      await mkdir(path.join(site, 'recaps', 'one'), { recursive: true });
      await mkdir(path.join(site, '_astro'), { recursive: true });
      await writeFile(path.join(site, 'recaps', 'one', 'index.html'), page('One', 'A header from the edge of the box.', true));
      await writeFile(path.join(site, 'index.html'), page('Home', 'Latest recaps.', false));
      await writeFile(path.join(site, '_astro', 'site.css'), 'body{color:black}');
      const first = await finishSite(site, '/');
      expect(first.searchPages).toBe(1);
      const built = await snapshotFolder(site);
      // _headers covers the whole site, the search index included, as a fresh listing sees it.
      const listed = (await listFiles(site)).filter((f) => f !== '_headers');
      expect(listed.some((f) => f.startsWith('pagefind/'))).toBe(true);
      expect(await readFile(path.join(site, '_headers'), 'utf8')).toBe(renderHeaders(listed, '/'));
      expect(first.files).toBe(listed.length);

      // The same pages again (a fresh output folder, as a rebuild makes): the same index and _headers, from the cache.
      await rm(path.join(site, 'pagefind'), { recursive: true });
      await rm(path.join(site, '_headers'));
      expect(await finishSite(site, '/')).toEqual(first);
      expect(await snapshotFolder(site)).toEqual(built);

      // An edited page is indexed again: its new words are in the index.
      await writeFile(path.join(site, 'recaps', 'one', 'index.html'), page('One', 'A volley from thirty yards.', true));
      await rm(path.join(site, 'pagefind'), { recursive: true });
      await finishSite(site, '/');
      const edited = await snapshotFolder(site);
      const indexFiles = (files: Record<string, string>) => Object.keys(files).filter((f) => f.startsWith('pagefind/index/'));
      expect(indexFiles(edited)).not.toEqual(indexFiles(built));
    },
  );

  it('fails on a page that breaks the CSP, with its index made afresh or taken from the cache', { timeout: 60_000 }, async () => {
    // The audit starts once Pagefind's input folder is made, or once the index is taken from the cache, which makes none.
    vi.stubEnv('FULLTIME_CACHE_DIR', await tempDir('finish-audit-cache-'));
    const site = await tempDir('finish-audit-site-');
    await mkdir(path.join(site, 'recaps', 'one'), { recursive: true });
    await writeFile(path.join(site, 'recaps', 'one', 'index.html'), page('One', 'A header from the edge of the box.', true));
    await writeFile(path.join(site, 'index.html'), page('Home', 'Latest recaps.', false).replace('<p>', '<p style="color:red">'));
    await expect(finishSite(site, '/')).rejects.toThrow(/break the Content-Security-Policy[\s\S]*index\.html/);
    await rm(path.join(site, 'pagefind'), { recursive: true });
    // The index of the same pages is now in the cache: the page fails all the same.
    await expect(finishSite(site, '/')).rejects.toThrow(/break the Content-Security-Policy[\s\S]*index\.html/);
    // Mended, it passes.
    await writeFile(path.join(site, 'index.html'), page('Home', 'Latest recaps.', false));
    await rm(path.join(site, 'pagefind'), { recursive: true });
    await expect(finishSite(site, '/')).resolves.toMatchObject({ searchPages: 1, htmlPages: 2 });
  });
});

describe('the search index of a site', () => {
  it(
    'is linked from the cache, not copied, and a site keeps its index when a later build replaces the cached one',
    { timeout: 60_000 },
    async () => {
      const cache = await tempDir('finish-link-cache-');
      vi.stubEnv('FULLTIME_CACHE_DIR', cache);
      const site = async (words: string) => {
        const dir = await tempDir('finish-link-site-');
        await mkdir(path.join(dir, 'recaps', 'one'), { recursive: true });
        await writeFile(path.join(dir, 'recaps', 'one', 'index.html'), page('One', words, true));
        await finishSite(dir, '/');
        return dir;
      };
      const slot = path.join(cache, 'finish', 'pagefind', 'files');
      const first = await site('A header from the edge of the box.');
      const before = await snapshotFolder(path.join(first, 'pagefind'));
      const files = await listFiles(path.join(first, 'pagefind'));
      expect(files).toContain('pagefind-entry.json');
      for (const file of files) {
        expect((await stat(path.join(first, 'pagefind', file))).ino, file).toBe((await stat(path.join(slot, file))).ino);
      }
      // Another build with an edited page replaces the cached index; the first site's index is as it was.
      const second = await site('A volley from thirty yards.');
      expect(await snapshotFolder(path.join(second, 'pagefind'))).not.toEqual(before);
      expect(await snapshotFolder(path.join(first, 'pagefind'))).toEqual(before);
      // One slot is kept, nothing beside it, and Pagefind's input folder for the next build.
      expect((await readdir(path.join(cache, 'finish'))).filter((f) => f.startsWith('pagefind'))).toEqual(['pagefind']);
      expect((await readdir(path.join(cache, 'finish'))).filter((f) => f.startsWith('search-input-'))).toEqual(['search-input-tree']);
      // The index built on the kept input folder is the one a fresh cache gives.
      vi.stubEnv('FULLTIME_CACHE_DIR', await tempDir('finish-link-fresh-'));
      const fresh = await site('A volley from thirty yards.');
      expect(await snapshotFolder(path.join(second, 'pagefind'))).toEqual(await snapshotFolder(path.join(fresh, 'pagefind')));
    },
  );
});

describe("reusing the previous index's page fragments (src/delivery/search-reuse.ts)", () => {
  const pages: [string, string][] = [
    ['recaps/one/index.html', 'A header from the edge of the box.'],
    ['recaps/two/index.html', 'A volley from thirty yards.'],
    ['recaps/three/index.html', 'A penalty saved low to the left.'],
    ['players/拓海中村/index.html', 'Two assists and a yellow card.'],
  ];
  const writeSite = async (dir: string, words: (page: string, text: string) => string) => {
    for (const [file, text] of pages) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), page(file, words(file, text), true));
    }
  };
  /** The index's fragment files by name, with their inode numbers. */
  const fragments = async (dir: string) => {
    const names = await readdir(path.join(dir, 'fragment'));
    return new Map(await Promise.all(names.map(async (n) => [n, (await stat(path.join(dir, 'fragment', n))).ino] as const)));
  };

  it(
    'links the fragments of unchanged pages from the previous index, and gives the index an empty cache gives',
    { timeout: 60_000 },
    async () => {
      const cache = await tempDir('finish-reuse-cache-');
      vi.stubEnv('FULLTIME_CACHE_DIR', cache);
      const slot = path.join(cache, 'finish', 'pagefind', 'files');
      const site = await tempDir('finish-reuse-site-');
      await writeSite(site, (_, text) => text);
      await finishSite(site, '/');
      const before = await fragments(slot);
      expect(before.size).toBe(pages.length);

      // One page edited, in a fresh output folder as a rebuild makes: three fragments are the previous files, one is new.
      await writeFile(path.join(site, 'recaps', 'two', 'index.html'), page('recaps/two/index.html', 'A free kick into the wall.', true));
      await rm(path.join(site, 'pagefind'), { recursive: true });
      await finishSite(site, '/');
      const after = await fragments(slot);
      expect(after.size).toBe(pages.length);
      const inodes = new Set(before.values());
      expect([...after.values()].filter((ino) => inodes.has(ino))).toHaveLength(pages.length - 1);

      // The same pages with an empty cache: the same index, byte for byte.
      vi.stubEnv('FULLTIME_CACHE_DIR', await tempDir('finish-reuse-fresh-'));
      const fresh = await tempDir('finish-reuse-site-');
      await writeSite(fresh, (file, text) => (file === 'recaps/two/index.html' ? 'A free kick into the wall.' : text));
      await finishSite(fresh, '/');
      expect(await snapshotFolder(path.join(site, 'pagefind'))).toEqual(await snapshotFolder(path.join(fresh, 'pagefind')));
    },
  );

  it(
    'writes the index again into an empty folder when a linked fragment is not the one Pagefind would write',
    { timeout: 60_000 },
    async () => {
      const site = await tempDir('finish-reuse-check-');
      await writeSite(site, (_, text) => text);
      const fresh = await tempDir('finish-reuse-out-');
      await indexSite(site, fresh);
      const want = await snapshotFolder(fresh);
      const names = [...(await fragments(fresh)).keys()].sort();
      const url = async (name: string) => {
        const text = gunzipSync(await readFile(path.join(fresh, 'fragment', name))).toString('utf8');
        return (JSON.parse(text.slice('pagefind_dcd'.length)) as { url: string }).url;
      };
      const [first, second] = [names[0] ?? '', names[1] ?? ''];
      // A fragment of an older version of a page said to be unchanged (here, the page's under a name that is not its
      // hash): Pagefind writes the page's own fragment beside it, and the linked one would be left over.
      const stale = await tempDir('finish-reuse-stale-');
      await mkdir(path.join(stale, 'fragment'), { recursive: true });
      await writeFile(path.join(stale, 'fragment', 'en_0000000.pf_fragment'), await readFile(path.join(fresh, 'fragment', first)));
      // A hash collision: the file Pagefind gives one page's name holds another page, so Pagefind would skip it.
      const collided = await tempDir('finish-reuse-collided-');
      await mkdir(path.join(collided, 'fragment'), { recursive: true });
      await writeFile(path.join(collided, 'fragment', first), await readFile(path.join(fresh, 'fragment', second)));
      for (const from of [stale, collided]) {
        const out = await tempDir('finish-reuse-out-');
        const unchanged = [decodeURI(await url(first)), decodeURI(await url(second))];
        const before = await snapshotFolder(from);
        await indexSite(site, out, { from, unchanged });
        expect(await snapshotFolder(out)).toEqual(want);
        // Pagefind left the linked file as it was (it skips a hashed file that exists): the previous index, which the
        // live site links to, is never written through. A Pagefind that rewrote such files would fail here.
        expect(await snapshotFolder(from)).toEqual(before);
      }
    },
  );
});

describe('finishSite beside a step still writing files (the cards)', () => {
  const site = async () => {
    const dir = await tempDir('finish-beside-');
    await mkdir(path.join(dir, 'og'), { recursive: true });
    await writeFile(path.join(dir, 'index.html'), page('Home', 'Latest recaps.', true));
    await writeFile(path.join(dir, 'og', 'early.png'), 'png');
    return dir;
  };
  const withCache = async (run: () => Promise<void>) => {
    vi.stubEnv('FULLTIME_CACHE_DIR', await tempDir('finish-beside-cache-'));
    await run();
  };

  it('lists the folder in _headers once the step is done, with the files it wrote meanwhile', { timeout: 60_000 }, () =>
    withCache(async () => {
      const dir = await site();
      let finished = false;
      // The step writes its last file only after the finishing steps have listed the site and started indexing.
      const done = new Promise<void>((resolve) => setTimeout(resolve, 300)).then(async () => {
        await writeFile(path.join(dir, 'og', 'late-0123456789ab.png'), 'png');
        finished = true;
      });
      const summary = await finishSite(dir, '/', { folder: 'og', done });
      expect(finished).toBe(true);
      const listed = (await listFiles(dir)).filter((f) => f !== '_headers');
      expect(listed).toContain('og/late-0123456789ab.png');
      expect(await readFile(path.join(dir, '_headers'), 'utf8')).toBe(renderHeaders(listed, '/'));
      expect(summary.files).toBe(listed.length);
    }),
  );

  it("fails with the step's error, after the index is written", { timeout: 60_000 }, () =>
    withCache(async () => {
      const dir = await site();
      const done = Promise.reject(new Error('Rendering the social cards failed (exit code 1).'));
      done.catch(() => undefined);
      await expect(finishSite(dir, '/', { folder: 'og', done })).rejects.toThrow('social cards failed');
      expect(await listFiles(path.join(dir, 'pagefind'))).toContain('pagefind-entry.json');
      await expect(readFile(path.join(dir, '_headers'))).rejects.toThrow();
    }),
  );
});

describe('a broken finishing cache', () => {
  it('means doing the work again, not a failed build', async () => {
    const cache = await tempDir('finish-broken-');
    vi.stubEnv('FULLTIME_CACHE_DIR', cache);
    await mkdir(path.join(cache, 'finish', 'pagefind'), { recursive: true });
    await writeFile(path.join(cache, 'finish', 'csp-audit.json'), '{"key": "cut off');
    await writeFile(path.join(cache, 'finish', 'pagefind', 'key.json'), '');
    const memo = await auditMemo(['sha256-x']);
    expect(memo.passed('a')).toBe(false);
    await memo.save(['a']);
    expect((await auditMemo(['sha256-x'])).passed('a')).toBe(true);
    const site = await tempDir('finish-broken-site-');
    let built = 0;
    const build = async (outDir: string) => {
      built++;
      await mkdir(outDir, { recursive: true });
      await writeFile(path.join(outDir, 'pagefind-entry.json'), '{}');
      return { pages: 1 };
    };
    expect(await cachedSearchIndex(site, new Map([['index.html', 'h']]), build)).toEqual({ pages: 1 });
    expect(built).toBe(1);
    expect(await readFile(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')).toBe('{}');
  });
});

describe('a search index in parts (src/delivery/search-parts.ts)', () => {
  it(
    'indexes each part once, again only the part of an edited page, and gives what a fresh cache gives',
    { timeout: 120_000 },
    async () => {
      const cache = await tempDir('finish-parts-cache-');
      const site = await tempDir('finish-parts-site-');
      const words = ['corner', 'header', 'volley', 'penalty', 'offside', 'tackle', 'save'];
      for (const [i, word] of words.entries()) {
        await mkdir(path.join(site, 'recaps', `r${i}`), { recursive: true });
        await writeFile(path.join(site, 'recaps', `r${i}`, 'index.html'), page(`Recap ${i}`, `A ${word} in the first half.`, true));
      }
      const build = async (cacheDir: string) => {
        const pageHashes = await hashFiles(site, await listFiles(site));
        const outDir = await tempDir('finish-parts-out-');
        const storeDir = path.join(cacheDir, 'search-input');
        const summary = await buildSearchIndex(site, { pageHashes, storeDir, partPages: 2 }, outDir);
        const slots = new Map<string, number>();
        for (const name of await readdir(`${storeDir}-parts`)) slots.set(name, (await stat(path.join(`${storeDir}-parts`, name))).ino);
        return { summary, outDir, slots };
      };
      const first = await build(cache);
      expect(first.summary.pages).toBe(7);
      const parts = JSON.parse(await readFile(path.join(first.outDir, 'parts.json'), 'utf8')) as PartEntry[];
      expect(parts.map((p) => p.folder)).toEqual(['', 'part-1/', 'part-2/', 'part-3/']);
      expect(parts.reduce((sum, p) => sum + (p.languages['en'] ?? 0), 0)).toBe(7);
      // Pagefind's script only in the first part; each part has its own entry file and worker.
      const files = await listFiles(first.outDir);
      expect(files.filter((f) => f.endsWith('pagefind.js'))).toEqual(['pagefind.js']);
      expect(files.filter((f) => f.endsWith('pagefind-entry.json'))).toHaveLength(4);
      expect(files.filter((f) => f.endsWith('pagefind-worker.js'))).toHaveLength(4);

      // A change Pagefind leaves out (the text of an ignored list, as a recap's new headline on its players' pages):
      // every part is the slot the first build left, and the index is the one an empty cache gives.
      const ignoredList = (title: string) => `<ul data-pagefind-ignore><li><a href="/recaps/x/">${title}</a></li></ul>`;
      await writeFile(
        path.join(site, 'recaps', 'r0', 'index.html'),
        page('Recap 0', `A corner in the first half.${ignoredList('Old')}`, true),
      );
      const listed = await build(cache);
      await writeFile(
        path.join(site, 'recaps', 'r0', 'index.html'),
        page('Recap 0', `A corner in the first half.${ignoredList('New')}`, true),
      );
      const relisted = await build(cache);
      expect([...relisted.slots].filter(([name, ino]) => listed.slots.get(name) === ino)).toHaveLength(4);
      expect(await snapshotFolder(relisted.outDir)).toEqual(
        await snapshotFolder((await build(await tempDir('finish-parts-list-'))).outDir),
      );

      // One page edited: its part is indexed again, the other three are the slots the first build left.
      const edited = words.length - 1;
      await writeFile(path.join(site, 'recaps', `r${edited}`, 'index.html'), page(`Recap ${edited}`, 'A save at the near post.', true));
      const partsDir = path.join(cache, 'search-input-parts');
      const fragmentInodes = async (dir: string) => {
        const files = (await listFiles(dir)).filter((f) => f.endsWith('.pf_fragment'));
        return Promise.all(files.map(async (f) => (await stat(path.join(dir, f))).ino));
      };
      const before = new Set(await fragmentInodes(partsDir));
      const second = await build(cache);
      const kept = [...second.slots].filter(([name, ino]) => relisted.slots.get(name) === ino);
      expect(kept).toHaveLength(3);
      expect(second.slots.size).toBe(4);
      // The part made again has the previous slot's fragments of its other pages (search-reuse.ts).
      const [remade = ''] = [...second.slots.keys()].filter((name) => !relisted.slots.has(name));
      const { pages: partPages } = JSON.parse(await readFile(path.join(partsDir, remade, 'summary.json'), 'utf8')) as { pages: number };
      expect(partPages).toBeGreaterThan(1);
      const reused = (await fragmentInodes(path.join(partsDir, remade))).filter((ino) => before.has(ino));
      expect(reused).toHaveLength(partPages - 1);
      // The same index as a build with an empty cache.
      const fresh = await build(await tempDir('finish-parts-fresh-'));
      expect(await snapshotFolder(second.outDir)).toEqual(await snapshotFolder(fresh.outDir));
    },
  );
});
