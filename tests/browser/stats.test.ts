/**
 * The statistics pages of the sample site in Chromium: a league table (competition hub), a player page (one with a
 * Latin name, one with a Japanese name), a round-up and a squad (team hub) load cleanly, pass axe in both themes,
 * fit a phone and a desktop with nothing sticking out (wide tables scroll inside their own region), and a recap's
 * names link to player pages. Screenshots go to test-results/screenshots/stats-*.png.
 */
import type { Browser } from 'playwright-core';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT } from '../helpers/site.ts';
import { axeViolations, measureOverflow } from './checks.ts';
import { buildAndServe, contextOptions, describeInBrowser, launchBrowser, openPage, screenshot, type ServedSite } from './harness.ts';

const CONTENT = path.join(ROOT, 'content');
const PAGES = {
  table: 'competitions/westmarch-sunday-league/',
  player: 'players/liam-tran/',
  'player-japanese': `players/${encodeURIComponent('中村-颯')}/`,
  roundup: 'competitions/westmarch-sunday-league/2024-25/round-1/',
  squad: 'teams/aldermoor-town/',
} as const;
type Kind = keyof typeof PAGES;
const KINDS = Object.keys(PAGES) as Kind[];

describeInBrowser('players, tables and round-ups in Chromium', () => {
  let served: ServedSite;
  let browser: Browser;

  beforeAll(async () => {
    [served, browser] = await Promise.all([buildAndServe({ contentDir: CONTENT }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it.each(KINDS.flatMap((kind) => (['light', 'dark'] as const).map((theme) => [kind, theme] as const)))(
    '%s page loads cleanly and has no serious or critical axe violations in the %s theme',
    async (kind, theme) => {
      const context = await browser.newContext(contextOptions(theme, 1280, { bypassCSP: true }));
      try {
        const { page, problems } = await openPage(context, served.at(PAGES[kind]));
        expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `stats-${kind}-${theme}-desktop`);
      } finally {
        await context.close();
      }
    },
  );

  it.each(KINDS.flatMap((kind) => [360, 1280].map((width) => [kind, width] as const)))(
    '%s page fits a %ipx wide screen',
    async (kind, width) => {
      const context = await browser.newContext(contextOptions('light', width));
      try {
        const { page } = await openPage(context, served.at(PAGES[kind]));
        const overflow = await measureOverflow(page);
        expect(overflow.offenders).toEqual([]);
        expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
        if (width === 360) await screenshot(page, `stats-${kind}-light-phone`);
      } finally {
        await context.close();
      }
    },
  );

  it('shows the league table with the deduction marked, and links a recap’s scorers to their pages', async () => {
    const context = await browser.newContext(contextOptions('light', 1280));
    try {
      const { page } = await openPage(context, served.at(PAGES.table));
      const rows = page.locator('table.league-table tbody tr');
      await expect(rows.count()).resolves.toBe(6);
      await expect(rows.nth(3).innerText()).resolves.toMatch(/Fallowmere FC[\s\S]*1\*/);
      const recap = await openPage(context, served.at('recaps/aldermoor-brackwater-westmarch-2024/'));
      await recap.page.locator('.events a.player-link', { hasText: 'Joel Asante' }).first().click();
      await recap.page.waitForURL(/\/players\/joel-asante\/$/);
      await expect(recap.page.locator('main h1').innerText()).resolves.toBe('Joel Asante');
    } finally {
      await context.close();
    }
  });
});
