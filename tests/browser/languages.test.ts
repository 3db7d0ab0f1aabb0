/**
 * A site in several languages (tests/site/languages-fixture) in Chromium: the language switcher is made of plain
 * links, so it takes a reader to the same page in another language with JavaScript turned off; the switcher and the
 * translation links pass axe and fit a phone; screenshots of the Spanish front page and the Arabic recap at 360 px.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import { ROOT } from '../helpers/site.ts';
import { axeViolations, measureOverflow } from './checks.ts';
import { buildAndServe, contextOptions, describeInBrowser, launchBrowser, openPage, screenshot, type ServedSite } from './harness.ts';

const FIXTURE = path.join(ROOT, 'tests', 'site', 'languages-fixture');
const PHONE = 360;

describeInBrowser('a site in several languages in Chromium', () => {
  let served: ServedSite;
  let browser: Browser;

  beforeAll(async () => {
    [served, browser] = await Promise.all([buildAndServe({ contentDir: FIXTURE, base: '/fulltime/' }), launchBrowser()]);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('switches language with JavaScript turned off: the same hub in Spanish, then the Arabic front page', async () => {
    const context = await browser.newContext(contextOptions('light', PHONE, { javaScriptEnabled: false }));
    try {
      const { page, problems } = await openPage(context, served.at('teams/fc-dallas/'));
      const switcher = page.getByRole('navigation', { name: 'Languages' });
      await expect(switcher.getByRole('link').allTextContents()).resolves.toEqual(['English', 'العربية', 'Español']);
      await expect(switcher.getByRole('link', { name: 'English' }).getAttribute('aria-current')).resolves.toBe('page');
      await switcher.getByRole('link', { name: 'Español' }).click();
      await page.waitForURL(served.at('es/teams/fc-dallas/'));
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
      await expect(page.getByRole('link', { name: 'Español' }).getAttribute('aria-current')).resolves.toBe('page');
      // Arabic has no page for FC Dallas: its front page instead.
      await page.getByRole('link', { name: 'العربية' }).click();
      await page.waitForURL(served.at('ar/'));
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ar');
      await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it('follows a translation link from a recap to its Spanish report', async () => {
    const context = await browser.newContext(contextOptions('light', PHONE, { javaScriptEnabled: false }));
    try {
      const { page } = await openPage(context, served.at('recaps/frisco-en/'));
      const links = page.locator('.other-reports--translations a');
      await expect(links.count()).resolves.toBe(2);
      await links.first().click();
      await page.waitForURL(served.at('recaps/frisco-es/'));
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    } finally {
      await context.close();
    }
  });

  it('searches the index of the page’s language and reports in its words', async () => {
    const context = await browser.newContext(contextOptions('light', PHONE));
    try {
      const es = translator('es');
      const { page, problems } = await openPage(context, served.at('es/search/?q=Frisco'));
      const status = page.locator('[data-search-status]');
      const hrefs = () => page.locator('.result__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      const path = (p: string) => new URL(served.at(p)).pathname;
      // Both Spanish reports of the match in Frisco, none of the English ones: the Spanish page searches the Spanish index.
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(es.plural('page.search.found-for', 2, { term: 'Frisco' }));
      await expect(hrefs().then((h) => h.sort())).resolves.toEqual([path('recaps/frisco-es-analisis/'), path('recaps/frisco-es/')].sort());
      await page.goto(served.at('search/?q=Frisco'));
      await expect.poll(hrefs, { timeout: 15_000 }).toEqual([path('recaps/frisco-en/')]);
      await expect(status.textContent()).resolves.toBe(translator('en').plural('page.search.found-for', 1, { term: 'Frisco' }));
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it.each([
    ['the Spanish front page', 'es/', 'languages-es-index-360'],
    ['the Arabic recap', 'recaps/oasis-palms-ar/', 'languages-ar-recap-360'],
    ['the English recap with its translations', 'recaps/frisco-en/', 'languages-en-recap-360'],
  ])('shows %s at 360 px with nothing sticking out and no serious axe violation', async (_, pathname, name) => {
    const context = await browser.newContext(contextOptions('light', PHONE, { bypassCSP: true }));
    try {
      const { page, problems } = await openPage(context, served.at(pathname));
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
      await expect(page.getByRole('navigation', { name: /./ }).first().isVisible()).resolves.toBe(true);
      const overflow = await measureOverflow(page);
      expect(overflow.offenders, JSON.stringify(overflow)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, name);
    } finally {
      await context.close();
    }
  });
});
