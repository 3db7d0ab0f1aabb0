/**
 * The search index in parts (src/delivery/search-parts.ts) in Chromium: the sample site built twice, with one index
 * and with parts of about 25 pages, must answer the search page alike. A query finds the pages one index finds
 * (each part ranks with its own word counts, so only the set is compared); filters alone list the same pages newest
 * first, through every "more" page; a page in Spanish searches only the Spanish pages, though most parts have none.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PartEntry } from '../../src/delivery/search-parts.ts';
import { ROOT } from '../helpers/site.ts';
import { buildAndServe, contextOptions, describeInBrowser, launchBrowser, openPage, type ServedSite } from './harness.ts';

const CONTENT = path.join(ROOT, 'content');

/** Every result of a search page's URL (query and filters), following "more" to the end: link and date line. */
async function results(page: Page, url: string): Promise<{ href: string; kicker: string }[]> {
  await page.goto(url);
  const status = page.locator('[data-search-status]');
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).not.toBe('');
  // Every search asked here finds something: the first results, then the button's state, follow the status line.
  await expect.poll(() => page.locator('[data-search-results] > li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  const more = page.locator('[data-search-more]');
  for (;;) {
    const shown = await page.locator('[data-search-results] > li').count();
    if (await more.isHidden()) break;
    await more.click();
    await expect.poll(() => page.locator('[data-search-results] > li').count(), { timeout: 15_000 }).toBeGreaterThan(shown);
  }
  return page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
      kicker: li.querySelector('.result__kicker')?.textContent ?? '',
    })),
  );
}

describeInBrowser('a search index in parts', () => {
  let whole: ServedSite;
  let parted: ServedSite;
  let browser: Browser;

  beforeAll(async () => {
    [whole, parted, browser] = await Promise.all([
      buildAndServe({ contentDir: CONTENT }),
      buildAndServe({ contentDir: CONTENT, base: '/fulltime/', env: { FULLTIME_SEARCH_PART_PAGES: '25' } }),
      launchBrowser(),
    ]);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await Promise.all([whole?.close(), parted?.close()]);
  });

  it('is written in parts, each with its own index', async () => {
    const one = JSON.parse(await whole.site.read('pagefind/parts.json')) as PartEntry[];
    const parts = JSON.parse(await parted.site.read('pagefind/parts.json')) as PartEntry[];
    expect(one.map((p) => p.folder)).toEqual(['']);
    expect(parts.length).toBeGreaterThan(4);
    // Some parts have no Spanish page: the Spanish search page must leave them out.
    expect(parts.filter((p) => !p.languages['es']).length).toBeGreaterThan(0);
    const pages = (list: PartEntry[]) => list.reduce((sum, p) => sum + Object.values(p.languages).reduce((a, b) => a + b, 0), 0);
    expect(pages(parts)).toBe(pages(one));
  });

  it('answers queries and filters as one index does', { timeout: 240_000 }, async () => {
    const context = await browser.newContext(contextOptions('light', 1280));
    try {
      const { page, problems } = await openPage(context, parted.at('search/'));
      const local = (list: { href: string; kicker: string }[]) => list.map((r) => ({ ...r, href: r.href.replace(/^\/fulltime\//, '/') }));
      // Words in most pages: more than one page of results, from every part. Quoted, as whole words: unquoted, Pagefind
      // also matches longer words from the same chunk of its index ("goal" finds "goalkeeper"), and each part's index
      // is chunked apart, so the pages found that way differ at the edges.
      for (const q of ['"goal"', '"Dallas"', '"penalty"']) {
        const expected = await results(page, whole.at(`search/?q=${encodeURIComponent(q)}`));
        const found = local(await results(page, parted.at(`search/?q=${encodeURIComponent(q)}`)));
        expect(expected.length, q).toBeGreaterThan(0);
        expect(found.map((r) => r.href).sort(), q).toEqual(expected.map((r) => r.href).sort());
      }
      expect((await results(page, whole.at(`search/?q=${encodeURIComponent('"goal"')}`))).length).toBeGreaterThan(10);
      // Filters alone: every team's recaps, newest first, in the same order.
      await page.goto(whole.at('search/'));
      const teams = await page
        .locator('select[name="team"] option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      expect(teams.length).toBeGreaterThan(3);
      for (const team of teams) {
        const query = `search/?team=${encodeURIComponent(team)}`;
        expect(local(await results(page, parted.at(query))), team).toEqual(await results(page, whole.at(query)));
      }
      // The Spanish search page finds Spanish pages only, from the parts that have them.
      const spanish = await results(page, whole.at('es/search/?q=Dallas'));
      expect(spanish.length).toBeGreaterThan(0);
      expect(local(await results(page, parted.at('es/search/?q=Dallas')))).toEqual(spanish);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });
});
