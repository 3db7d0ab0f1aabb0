/**
 * The sample site (content/) built for real and opened in Chromium: every page type loads cleanly under the
 * deployed headers, passes axe in both themes, fits a phone and a desktop, and the search and timeline work.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadCollection } from '../../src/recap/collection.ts';
import { ROOT } from '../helpers/site.ts';
import { axeViolations, measureOverflow } from './checks.ts';
import { buildAndServe, contextOptions, describeInBrowser, launchBrowser, openPage, screenshot, type ServedSite } from './harness.ts';
import { distinctiveScorer, PAGE_TYPES, pageTargets, richestRecap, type PageTarget, type PageType } from './pages.ts';

const CONTENT = path.join(ROOT, 'content');
const PHONE = 360;
const DESKTOP = 1280;
const collection = await loadCollection(path.join(CONTENT, 'recaps'), { includeDrafts: false });
const recap = richestRecap(collection.recaps);

describeInBrowser('the sample site in Chromium', () => {
  let served: ServedSite;
  let browser: Browser;
  let targets: Record<PageType, PageTarget>;

  beforeAll(async () => {
    [served, browser] = await Promise.all([buildAndServe({ contentDir: CONTENT }), launchBrowser()]);
    targets = pageTargets(served.site.outDir, recap);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it.each(PAGE_TYPES)('%s page loads with no console errors and no failed requests', async (type) => {
    const context = await browser.newContext(contextOptions('light', DESKTOP));
    try {
      const { page, problems } = await openPage(context, served.at(targets[type].path), { expectStatus: targets[type].status });
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
      await expect(page.title()).resolves.not.toBe('');
      await expect(page.locator('main h1').first().textContent()).resolves.toMatch(/\S/);
    } finally {
      await context.close();
    }
  });

  it.each(PAGE_TYPES.flatMap((type) => (['light', 'dark'] as const).map((theme) => [type, theme] as const)))(
    '%s page has no serious or critical axe violations in the %s theme',
    async (type, theme) => {
      // axe is injected as a script, which a strict CSP refuses: this context alone bypasses CSP.
      const context = await browser.newContext(contextOptions(theme, DESKTOP, { bypassCSP: true }));
      try {
        const { page } = await openPage(context, served.at(targets[type].path), { expectStatus: targets[type].status });
        await expect(page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).resolves.toBe(theme === 'dark');
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `${type}-${theme}-desktop`);
      } finally {
        await context.close();
      }
    },
  );

  it.each(PAGE_TYPES.flatMap((type) => [PHONE, DESKTOP].map((width) => [type, width] as const)))(
    '%s page fits a %ipx wide screen with nothing sticking out',
    async (type, width) => {
      const context = await browser.newContext(contextOptions('light', width));
      try {
        const { page } = await openPage(context, served.at(targets[type].path), { expectStatus: targets[type].status });
        const overflow = await measureOverflow(page);
        expect(overflow.offenders).toEqual([]);
        expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
        if (width === PHONE) await screenshot(page, `${type}-light-phone`);
      } finally {
        await context.close();
      }
    },
  );

  it('shows the timeline with a named marker for every event', async () => {
    const context = await browser.newContext(contextOptions('light', DESKTOP));
    try {
      const { page } = await openPage(context, served.at(targets.recap.path));
      const timeline = page.locator('main svg[role="img"]:has(> desc)').first();
      await expect(timeline.isVisible()).resolves.toBe(true);
      const box = await timeline.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(200);
      // The graphic's own name comes from its <title>, so screen readers announce a summary.
      const name = await timeline.evaluate((svg) => svg.querySelector(':scope > title')?.textContent?.trim() ?? '');
      expect(name).toMatch(new RegExp(escapeRegExp(recap.match.home.name)));
      await expect(page.getByRole('img', { name, exact: true }).count()).resolves.toBeGreaterThan(0);
      // Every marker (an element below the root with its own <title>) names its minute.
      const markers = await timeline.evaluate((svg) =>
        [...svg.querySelectorAll('title')].filter((t) => t.parentElement !== svg).map((t) => t.textContent?.trim() ?? ''),
      );
      expect(markers.length).toBeGreaterThanOrEqual(recap.match.events.length);
      expect(markers.filter((m) => !/\d+(\+\d+)?'/.test(m))).toEqual([]);
      for (const goal of recap.match.goals.filter((g) => g.player)) {
        expect(markers.some((m) => m.includes(`${goal.minute.label}'`) && m.includes(goal.player ?? ''))).toBe(true);
      }
    } finally {
      await context.close();
    }
  });

  it('finds a recap by one of its scorers on the search page', async () => {
    const player = distinctiveScorer(recap, collection.recaps);
    const context = await browser.newContext(contextOptions('light', DESKTOP));
    try {
      const { page, problems } = await openPage(context, served.at(targets.search.path));
      const box = page.getByRole('searchbox').or(page.locator('main input[type="search"]')).first();
      await box.fill(player);
      const hit = page.locator(`main a[href$="/recaps/${recap.slug}/"]`).first();
      await hit.waitFor({ state: 'visible', timeout: 15_000 });
      await screenshot(page, 'search-results-light-desktop');
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
