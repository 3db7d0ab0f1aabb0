/**
 * The slimmed pages Pagefind reads (src/delivery/search-input.ts): inline SVG emptied, pages without a search body
 * left out, and slimmed pages kept by hash so a rebuild slims only what changed.
 */
import { mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexedView, prepareSearchInput, slimForSearch } from '../../src/delivery/search-input.ts';
import { hashFiles } from '../../src/delivery/finish-cache.ts';

const page = (body: string) =>
  `<html lang="en"><head><title>T</title></head><body><svg viewBox="0 0 1 1"><title>Icon</title><path d="M0"/></svg>` +
  `<article data-pagefind-body><h1>Match</h1><svg class="timeline"><text>12'</text></svg>${body}</article></body></html>`;

describe('slimForSearch', () => {
  it('empties every inline SVG and keeps the rest of the page', () => {
    expect(slimForSearch(page('<p>Goal</p>'))).toBe(
      '<html lang="en"><head><title>T</title></head><body><svg></svg><article data-pagefind-body><h1>Match</h1><svg></svg><p>Goal</p></article></body></html>',
    );
  });

  it('skips pages without a search body', () => {
    expect(slimForSearch('<html><body><svg><path/></svg><p>Team</p></body></html>')).toBeUndefined();
  });

  it('leaves a page whole when its SVGs nest or do not pair up', () => {
    const nested = '<div data-pagefind-body><svg><svg><path/></svg><text>x</text></svg><p>after</p></div>';
    expect(slimForSearch(nested)).toBe(nested);
    const unclosed = '<div data-pagefind-body><svg><path/><p>after</p></div>';
    expect(slimForSearch(unclosed)).toBe(unclosed);
  });
});

describe('indexedView', () => {
  it('drops the text of ignored elements, nested ones included, and keeps their tags and everything else', () => {
    const html =
      '<main data-pagefind-body><h2>Matches</h2><section data-pagefind-ignore class="m"><table><tr><td><a href="/r/">Old title</a></td></tr></table>' +
      '<section><p>inner</p></section> tail</section><p>Kept text</p><span data-pagefind-ignore="all" class="x">x</span></main>';
    expect(indexedView(html)).toBe(
      '<main data-pagefind-body><h2>Matches</h2><section data-pagefind-ignore class="m"><table><tr><td><a href="/r/"></a></td></tr></table>' +
        '<section><p></p></section></section><p>Kept text</p><span data-pagefind-ignore="all" class="x"></span></main>',
    );
    // A new headline in an ignored list gives the same view; one in the page's own text does not.
    expect(indexedView(html.replace('Old title', 'New title'))).toBe(indexedView(html));
    expect(indexedView(html.replace('Kept text', 'New text'))).not.toBe(indexedView(html));
    expect(indexedView(html.replace('href="/r/"', 'href="/s/"'))).not.toBe(indexedView(html));
  });

  it('keeps an ignored element whole when it holds a title Pagefind reads, or raw text, and a page without them as it is', () => {
    const h1 = '<div data-pagefind-ignore><h1>Title</h1>text</div>';
    expect(indexedView(h1)).toBe(h1);
    const script = '<div data-pagefind-ignore><script>if (a < b) x = "</div>";</script>text</div><p>after</p>';
    expect(indexedView(script)).toBe(script);
    const field = '<div data-pagefind-ignore><span data-pagefind-meta="venue">Frisco</span></div>';
    expect(indexedView(field)).toBe(field);
    const own = '<p data-pagefind-ignore data-pagefind-filter="team">FC Dallas</p>';
    expect(indexedView(own)).toBe(own);
    const unclosed = '<div data-pagefind-ignore><p>text</p>';
    expect(indexedView(unclosed)).toBe(unclosed);
    expect(indexedView('<p>plain</p>')).toBe('<p>plain</p>');
  });
});

describe('prepareSearchInput', () => {
  const dirs: string[] = [];
  afterEach(async () => Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))));

  it('writes slimmed indexed pages at their paths, reuses kept ones and drops what no page has', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'search-input-'));
    dirs.push(root);
    const site = path.join(root, 'site');
    const store = path.join(root, 'store');
    await mkdir(path.join(site, 'recaps/a'), { recursive: true });
    await writeFile(path.join(site, 'recaps/a/index.html'), page('<p>One</p>'));
    await writeFile(path.join(site, 'index.html'), '<html><body><p>Home</p></body></html>');
    const run = async (input: string) => {
      const pages = ['index.html', 'recaps/a/index.html'];
      await prepareSearchInput(site, await hashFiles(site, pages), store, path.join(root, input));
    };
    await run('in1');
    expect(await readdir(path.join(root, 'in1'), { recursive: true })).toEqual(expect.arrayContaining(['recaps/a/index.html']));
    expect(await readdir(path.join(root, 'in1'))).not.toContain('index.html');
    expect(await readFile(path.join(root, 'in1/recaps/a/index.html'), 'utf8')).toBe(slimForSearch(page('<p>One</p>')));
    const stored = (await readdir(store)).sort();
    expect(stored).toHaveLength(2);

    // Unchanged: the same kept file, linked again rather than written.
    const before = await stat(path.join(root, 'in1/recaps/a/index.html'));
    await run('in2');
    expect((await stat(path.join(root, 'in2/recaps/a/index.html'))).ino).toBe(before.ino);

    // Edited: slimmed again, and the old kept file removed.
    await writeFile(path.join(site, 'recaps/a/index.html'), page('<p>Two</p>'));
    await run('in3');
    expect(await readFile(path.join(root, 'in3/recaps/a/index.html'), 'utf8')).toContain('<p>Two</p>');
    const after = (await readdir(store)).sort();
    expect(after).toHaveLength(2);
    expect(after.filter((f) => stored.includes(f))).toHaveLength(1);
  });

  it("takes over an earlier build's folder: links only changed pages, drops gone ones, and holds what a fresh one would", async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'search-input-'));
    dirs.push(root);
    const site = path.join(root, 'site');
    const store = path.join(root, 'store');
    for (const slug of ['a', 'b', 'c']) {
      await mkdir(path.join(site, 'recaps', slug), { recursive: true });
      await writeFile(path.join(site, 'recaps', slug, 'index.html'), page(`<p>${slug}</p>`));
    }
    const pages = (slugs: string[]) => slugs.map((slug) => `recaps/${slug}/index.html`);
    const input = path.join(root, 'in');
    const first = await prepareSearchInput(site, await hashFiles(site, pages(['a', 'b', 'c'])), store, input);
    expect([...first.keys()].sort()).toEqual(pages(['a', 'b', 'c']));
    const kept = await stat(path.join(input, 'recaps/a/index.html'));

    // b edited, c gone, d new: a stays as it was, b and d are linked, c and its folder go.
    await writeFile(path.join(site, 'recaps/b/index.html'), page('<p>b again</p>'));
    await mkdir(path.join(site, 'recaps/d'), { recursive: true });
    await writeFile(path.join(site, 'recaps/d/index.html'), page('<p>d</p>'));
    const hashes = await hashFiles(site, pages(['a', 'b', 'd']));
    const second = await prepareSearchInput(site, hashes, store, input, first);
    expect([...second.keys()].sort()).toEqual(pages(['a', 'b', 'd']));
    expect((await stat(path.join(input, 'recaps/a/index.html'))).ino).toBe(kept.ino);
    expect(await readdir(path.join(input, 'recaps'))).not.toContain('c');
    const fresh = path.join(root, 'fresh');
    await prepareSearchInput(site, hashes, store, fresh);
    const files = async (dir: string) =>
      Object.fromEntries(
        await Promise.all(
          (await readdir(dir, { recursive: true, withFileTypes: true }))
            .filter((e) => e.isFile())
            .map(async (e) => [
              path.relative(dir, path.join(e.parentPath, e.name)),
              await readFile(path.join(e.parentPath, e.name), 'utf8'),
            ]),
        ),
      );
    expect(await files(input)).toEqual(await files(fresh));
    expect(await readFile(path.join(input, 'recaps/b/index.html'), 'utf8')).toContain('b again');
  });
});
