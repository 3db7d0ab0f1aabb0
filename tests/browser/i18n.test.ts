/**
 * An Arabic and a Japanese recap page (tests/fixtures/i18n) in Chromium, on a phone and a desktop: the right
 * language and direction, axe clean, nothing sticking out at 360 px, the Arabic page mirrored (home team, the
 * timeline's first minute and the shootout's first kick on the right); screenshots under test-results/screenshots/.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT } from '../helpers/site.ts';
import { axeViolations, measureOverflow } from './checks.ts';
import { buildAndServe, contextOptions, describeInBrowser, launchBrowser, openPage, screenshot, type ServedSite } from './harness.ts';

const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'i18n');
const PAGES = { ar: 'recaps/ar-nakhil-qasr-2024/', ja: 'recaps/ja-minato-kitayama-2024/' } as const;

/** Left edge (CSS px) of the first element matching the selector. */
const leftOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().left);

describeInBrowser('Arabic and Japanese recap pages in Chromium', () => {
  let served: ServedSite;
  let browser: Browser;

  beforeAll(async () => {
    [served, browser] = await Promise.all([buildAndServe({ contentDir: FIXTURE }), launchBrowser()]);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  for (const [lang, pathname] of Object.entries(PAGES)) {
    for (const width of [360, 1280]) {
      it(`${lang} at ${width} px: its language and direction, axe clean, fits the screen`, async () => {
        const context = await browser.newContext(contextOptions('light', width, { bypassCSP: true }));
        try {
          const { page, problems } = await openPage(context, served.at(pathname));
          await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
          await expect(page.locator('html').getAttribute('dir')).resolves.toBe(lang === 'ar' ? 'rtl' : 'ltr');
          expect(await axeViolations(page)).toEqual([]);
          const overflow = await measureOverflow(page);
          expect(overflow.offenders).toEqual([]);
          expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
          expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
          await screenshot(page, `i18n-${lang}-${width}`);
        } finally {
          await context.close();
        }
      });
    }
  }

  it('mirrors the Arabic page: home team, the first minutes and the first kick on the right', async () => {
    const context = await browser.newContext(contextOptions('light', 1280));
    try {
      const { page } = await openPage(context, served.at(PAGES.ar));
      expect(await leftOf(page, '.scoreboard__team--home')).toBeGreaterThan(await leftOf(page, '.scoreboard__team--away'));
      // Axis ticks read 15′, 30′… from the right; the home chip sits at the right end.
      const ticks = page.locator('.timeline__wide .tl-axis text');
      const [first, second] = await Promise.all([0, 1].map((i) => ticks.nth(i).evaluate((el) => el.getBoundingClientRect().left)));
      expect(first).toBeGreaterThan(second as number);
      expect(await leftOf(page, '.timeline__wide .tl-chip--home')).toBeGreaterThan(1280 / 2);
      const cells = page.locator('.timeline__wide .tl-kick-cell');
      const [kick1, kick3] = await Promise.all([0, 1].map((i) => cells.nth(i).evaluate((el) => el.getBoundingClientRect().left)));
      expect(kick1).toBeGreaterThan(kick3 as number);
    } finally {
      await context.close();
    }
  });

  it('isolates a name in another script: an Arabic scorer on an English page, a Latin one on the Arabic page', async () => {
    const context = await browser.newContext(contextOptions('light', 1280));
    try {
      const english = (await openPage(context, served.at('recaps/en-harbour-kilnworth-2024/'))).page;
      await expect(english.locator('.scoreboard__scorers bdi', { hasText: 'يوسف بن علي' }).count()).resolves.toBe(1);
      await expect(english.locator('.event__player bdi', { hasText: 'يوسف بن علي' }).count()).resolves.toBe(1);
      const arabic = (await openPage(context, served.at(PAGES.ar))).page;
      const name = arabic.locator('.scoreboard__scorers bdi', { hasText: 'Lucas Moreau' });
      await expect(name.count()).resolves.toBe(1);
      // Read right to left: the name first (on the right), its minute after it (to its left).
      const minute = arabic.locator('.scoreboard__team--away .scoreboard__scorers .num').first();
      const [nameLeft, minuteRight] = await Promise.all([
        name.evaluate((el) => el.getBoundingClientRect().left),
        minute.evaluate((el) => el.getBoundingClientRect().right),
      ]);
      expect(minuteRight).toBeLessThanOrEqual(nameLeft);
    } finally {
      await context.close();
    }
  });

  it('fits every language’s recap on a 360 px screen (long words in German or Italian headers included)', async () => {
    const context = await browser.newContext(contextOptions('light', 360));
    try {
      const slugs = readdirSync(path.join(FIXTURE, 'recaps')).map((f) => f.replace(/\.md$/, ''));
      const overflowing: Record<string, string[]> = {};
      for (const slug of slugs) {
        const { page } = await openPage(context, served.at(`recaps/${slug}/`));
        const overflow = await measureOverflow(page);
        if (overflow.offenders.length > 0 || overflow.scrollWidth > overflow.clientWidth) overflowing[slug] = overflow.offenders;
        await page.close();
      }
      expect(overflowing).toEqual({});
    } finally {
      await context.close();
    }
  });
});
