/**
 * The line-ups and match stats of a sample recap in Chromium: at phone and desktop widths one drawing shows,
 * fits the screen and names every starter; the lists and the stats table read as text; axe finds nothing
 * serious in either theme. Screenshots go to test-results/screenshots/ for a person to look at.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contentDirs, loadContent } from '../../src/site/load.ts';
import { ROOT } from '../helpers/site.ts';
import { axeViolations, measureOverflow } from './checks.ts';
import {
  accessibleNames,
  buildAndServe,
  contextOptions,
  describeInBrowser,
  launchBrowser,
  openPage,
  screenshot,
  type ServedSite,
} from './harness.ts';

const CONTENT = path.join(ROOT, 'content');
const collection = await loadContent(contentDirs(CONTENT), { includeDrafts: false });
// The sample recap with both line-ups, formations and stats, and the most players.
const recap = [...collection.recaps]
  .filter((r) => r.match.lineups?.home?.formation && r.match.lineups.away?.formation && r.match.stats)
  .sort((a, b) => a.slug.localeCompare(b.slug))[0];

describeInBrowser('line-ups and stats in Chromium', () => {
  let served: ServedSite;
  let browser: Browser;

  beforeAll(async () => {
    [served, browser] = await Promise.all([buildAndServe({ contentDir: CONTENT }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('has a sample recap with line-ups in formation and stats', () => {
    expect(recap).toBeDefined();
  });

  it.each([360, 1280])('shows one line-up drawing at %ipx that fits the screen and names every starter', async (width) => {
    const context = await browser.newContext(contextOptions('light', width));
    try {
      const { page, problems } = await openPage(context, served.at(`recaps/${recap!.slug}/`));
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
      const drawing = page.locator('main svg.lu[role="img"]').filter({ visible: true });
      await expect(drawing.count()).resolves.toBe(1);
      const box = await drawing.boundingBox();
      expect(box!.width).toBeGreaterThan(Math.min(300, width * 0.5));
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      const overflow = await measureOverflow(page);
      expect(overflow.offenders).toEqual([]);
      await drawing.evaluate((svg) => svg.setAttribute('data-under-test', ''));
      const [graphic] = await accessibleNames(page, 'svg[data-under-test]');
      expect(graphic?.role).toMatch(/^(img|image)$/);
      expect(graphic?.name).toContain(recap!.match.home.name);
      const players = (await accessibleNames(page, 'svg[data-under-test] g.lu-player')).map((p) => p.name);
      for (const side of ['home', 'away'] as const) {
        for (const starter of recap!.match.lineups![side]!.starting) expect(players.some((name) => name.includes(starter.name))).toBe(true);
      }
      await drawing.scrollIntoViewIfNeeded();
      await page.locator('section.lineups').screenshot({ path: path.join(ROOT, 'test-results', 'screenshots', `lineups-${width}.png`) });
      await page.locator('section.stats').screenshot({ path: path.join(ROOT, 'test-results', 'screenshots', `stats-${width}.png`) });
      await screenshot(page, `recap-lineups-${width}`);
    } finally {
      await context.close();
    }
  });

  it('gives the same line-ups as lists, and the stats as a table with a header for each row', async () => {
    const context = await browser.newContext(contextOptions('light', 1280));
    try {
      const { page } = await openPage(context, served.at(`recaps/${recap!.slug}/`));
      await page.locator('.lineups__lists summary').click();
      const items = await page.locator('.lineups__teams li').allTextContents();
      const { home, away } = recap!.match.lineups!;
      expect(items).toHaveLength(home!.starting.length + home!.bench.length + away!.starting.length + away!.bench.length);
      expect(items.some((text) => text.includes(home!.starting[0]!.name) && /\d+ minutes/.test(text))).toBe(true);
      const rows = await page.locator('section.stats tbody th[scope="row"]').count();
      expect(rows).toBe(Object.keys(recap!.match.stats!).length);
    } finally {
      await context.close();
    }
  });

  it('serves the standalone line-ups for recaps that give them, and no file for the others', async () => {
    const response = await fetch(served.at(`recaps/${recap!.slug}/lineups.svg`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const svg = await response.text();
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg [^>]*role="img"/);
    expect(svg).toContain('class="lu-bg"');
    const without = collection.recaps.find((r) => !r.match.lineups);
    expect(without).toBeDefined();
    expect((await fetch(served.at(`recaps/${without!.slug}/lineups.svg`))).status).toBe(404);
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violations in the %s theme, lists open', async (theme) => {
    const context = await browser.newContext(contextOptions(theme, 1280, { bypassCSP: true }));
    try {
      const { page } = await openPage(context, served.at(`recaps/${recap!.slug}/`));
      await page.locator('.lineups__lists summary').click();
      expect(await axeViolations(page)).toEqual([]);
      if (theme === 'dark')
        await page.locator('section.lineups').screenshot({ path: path.join(ROOT, 'test-results', 'screenshots', 'lineups-dark-1280.png') });
    } finally {
      await context.close();
    }
  });
});
