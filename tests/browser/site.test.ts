/**
 * The sample site (content/) built for real and opened in Chromium: every page type loads cleanly under the
 * deployed headers, passes axe in both themes, fits a phone and a desktop, and the search and timeline work.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
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
import { distinctiveScorer, PAGE_TYPES, pageTargets, richestRecap, type PageTarget, type PageType } from './pages.ts';

const CONTENT = path.join(ROOT, 'content');
const PHONE = 360;
const DESKTOP = 1280;
// Read as the build reads it (team files resolve names and hub slugs).
const collection = await loadContent(contentDirs(CONTENT), { includeDrafts: false });
const recap = richestRecap(collection.recaps);
/** The folder name of the largest page under `base` (`<name>/index.html`). */
const largestPage = (base: string): string | undefined =>
  readdirSync(base)
    .filter((name) => existsSync(path.join(base, name, 'index.html')))
    .sort((a, b) => statSync(path.join(base, b, 'index.html')).size - statSync(path.join(base, a, 'index.html')).size)[0];

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

  /**
   * Where each heading lands when a reader follows a link to it with smooth scrolling on, as most readers have it: its
   * top against the viewport's once the scroll has settled, and how far the page could still have scrolled.
   */
  async function headingLandings(url: string, ids: readonly string[]): Promise<Map<string, { top: number; bottom: number }>> {
    const smooth = await browser.newContext(contextOptions('light', PHONE, { reducedMotion: 'no-preference' }));
    const landings = new Map<string, { top: number; bottom: number }>();
    try {
      for (const id of ids) {
        // A fresh page each time: a second link on the same page would scroll from where the first one left it.
        const landed = await smooth.newPage();
        await landed.goto(`${url}#${id}`, { waitUntil: 'networkidle' });
        await landed.waitForFunction(
          () =>
            new Promise((resolve) => {
              const before = scrollY;
              setTimeout(() => resolve(scrollY === before), 300);
            }),
        );
        // By the id itself: `location.hash` is percent-encoded, and ids may be in any script.
        const at = await landed.evaluate(
          (target) => ({
            top: document.getElementById(target)?.getBoundingClientRect().top ?? NaN,
            bottom: document.documentElement.scrollHeight - innerHeight - scrollY,
          }),
          id,
        );
        landings.set(id, { top: Math.round(at.top), bottom: at.bottom });
        await landed.close();
      }
    } finally {
      await smooth.close();
    }
    return landings;
  }

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

  const THEMES = ['light', 'dark'] as const;
  const VIA = ['system setting', 'theme toggle'] as const;
  it.each(PAGE_TYPES.flatMap((type) => THEMES.flatMap((theme) => VIA.map((via) => [type, theme, via] as const))))(
    '%s page has no serious or critical axe violations in the %s theme, chosen by the %s',
    async (type, theme, via) => {
      // The toggle case starts from the opposite system setting, so the toggle alone decides the theme.
      const system = via === 'system setting' ? theme : theme === 'light' ? 'dark' : 'light';
      // axe is injected as a script, which a strict CSP refuses: this context alone bypasses CSP.
      const context = await browser.newContext(contextOptions(system, DESKTOP, { bypassCSP: true }));
      try {
        const { page } = await openPage(context, served.at(targets[type].path), { expectStatus: targets[type].status });
        if (via === 'theme toggle') {
          await page.locator(`[data-theme-choice="${theme}"]`).first().click();
          await expect(page.getAttribute('html', 'data-theme')).resolves.toBe(theme);
        }
        await expect(page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).resolves.toBe(system === 'dark');
        expect(await axeViolations(page)).toEqual([]);
        if (via === 'system setting') await screenshot(page, `${type}-${theme}-desktop`);
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

  it.each([PHONE, DESKTOP])('shows a named timeline with a named marker for every event and kick at %ipx', async (width) => {
    const context = await browser.newContext(contextOptions('light', width));
    try {
      const { page } = await openPage(context, served.at(targets.recap.path));
      // The page may carry a wide and a compact variant and show one per screen size: take the one shown.
      const timeline = page.locator('main svg.tl[role="img"]').filter({ visible: true });
      await expect(timeline.count()).resolves.toBe(1);
      const box = await timeline.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(Math.min(300, width * 0.8));
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
      await timeline.evaluate((svg) => svg.setAttribute('data-under-test', ''));
      const [graphic] = await accessibleNames(page, 'svg[data-under-test]');
      expect(graphic?.role).toMatch(/^(img|image)$/);
      expect(graphic?.name).toContain(recap.match.home.name);
      expect(graphic?.name).toContain(recap.match.away.name);
      const markers = (await accessibleNames(page, 'svg[data-under-test] g:has(> title)')).map((m) => m.name);
      expect(markers.filter((m) => m === '')).toEqual([]);
      const missing = recap.match.events.filter((event) => {
        const named = markers.filter((m) => m.startsWith(`${event.minute.label}′`));
        const who = event.type === 'sub' ? event.in : event.player;
        return named.length === 0 || (event.scoredFor !== undefined && who !== undefined && !named.some((m) => m.includes(who)));
      });
      expect(missing.map((e) => `${e.minute.label}′ ${e.type} ${e.player ?? e.in ?? ''}`)).toEqual([]);
      expect(markers.filter((m) => /^Kick \d+/.test(m))).toHaveLength(recap.match.shootout?.kicks.length ?? 0);
    } finally {
      await context.close();
    }
  });

  it('lays out the offscreen parts of a recap only when the reader scrolls near them, exactly where they belong', async () => {
    const context = await browser.newContext(contextOptions('light', PHONE));
    try {
      const url = served.at(`recaps/${recap.slug}/`);
      const { page, problems } = await openPage(context, url);
      // Children of sections whose rendering is skipped: in the page, but not laid out yet.
      const skipped = () =>
        page.evaluate(
          () =>
            [...document.querySelectorAll('.lineups > *, .events > *')].filter(
              (el) => el.checkVisibility() && !el.checkVisibility({ contentVisibilityAuto: true }),
            ).length,
        );
      expect(await skipped()).toBeGreaterThan(0);
      // Scrolled through, every box sits exactly where it does with nothing skipped.
      const boxes = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('main *')].map((el) => {
            const r = el.getBoundingClientRect();
            return [
              el.tagName,
              Math.round((r.top + scrollY) * 100),
              Math.round(r.left * 100),
              Math.round(r.width * 100),
              Math.round(r.height * 100),
            ].join(' ');
          }),
        );
      for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 400) {
        await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
        await page.waitForTimeout(20);
      }
      const scrolled = await boxes();
      await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>('*')) el.style.contentVisibility = 'visible';
      });
      expect(scrolled).toEqual(await boxes());
      // A link to a heading of the story (as a search result gives) lands on the heading, however much is skipped.
      const headings = await page.locator('.recap__body :is(h2, h3)[id]').evaluateAll((els) => els.map((el) => el.id));
      expect(headings.length).toBeGreaterThan(0);
      // The page scrolls there while the story is laid out.
      for (const [id, { top }] of await headingLandings(url, headings)) {
        expect.soft(top, id).toBeGreaterThanOrEqual(-1);
        expect.soft(top, id).toBeLessThan(50);
      }
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it('keeps a long shootout on a phone: its dots wrap beside the team name, the page stays as wide as the screen', async () => {
    const withShootout = [...collection.recaps].sort(
      (a, b) => (b.match.shootout?.kicks.length ?? 0) - (a.match.shootout?.kicks.length ?? 0),
    )[0];
    expect(withShootout?.match.shootout).toBeDefined();
    const context = await browser.newContext(contextOptions('light', PHONE));
    try {
      const { page, problems } = await openPage(context, served.at(`recaps/${withShootout?.slug}/`));
      // Laid out only when the reader scrolls near it: a long shootout is hundreds of elements.
      const skipped = await page.evaluate(
        () => [...document.querySelectorAll('.shootout > *')].filter((el) => !el.checkVisibility({ contentVisibilityAuto: true })).length,
      );
      expect(skipped).toBeGreaterThan(0);
      // A sudden death of 22 rounds (the sample's shootouts are shorter): each side's row of dots repeated to 22.
      await page.evaluate(() => {
        for (const dots of document.querySelectorAll('.shootout__dots')) {
          const first = dots.firstElementChild;
          while (first && dots.childElementCount < 22) dots.append(first.cloneNode());
        }
      });
      const overflow = await measureOverflow(page);
      expect(overflow.offenders).toEqual([]);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
      const sides = await page.locator('.shootout__side').evaluateAll((rows) =>
        rows.map((row) => {
          const box = (selector: string) => row.querySelector(selector)?.getBoundingClientRect();
          const dots = [...row.querySelectorAll('.shootout__dots .dot')].map((dot) => Math.round(dot.getBoundingClientRect().top));
          return { name: box('.shootout__team')?.width ?? 0, rows: new Set(dots).size };
        }),
      );
      expect(sides).toHaveLength(2);
      for (const side of sides) {
        expect(side.name).toBeGreaterThanOrEqual(4.5 * 16 - 1);
        expect(side.rows).toBeGreaterThan(1);
      }
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it.each(['teams', 'competitions'])(
    'lays out the largest %s hub page near the viewport first, and a link to any of its headings lands on it',
    async (folder) => {
      const hub = largestPage(path.join(served.site.outDir, folder));
      const context = await browser.newContext(contextOptions('light', PHONE));
      try {
        const url = served.at(`${folder}/${hub}/`);
        const { page, problems } = await openPage(context, url);
        // What cards and result rows far below the fold hold is in the page but not laid out (its fonts not asked for).
        const skipped = await page.evaluate(
          () =>
            [...document.querySelectorAll('.recap-list__item > *, .results__row > *')].filter(
              (el) => !el.checkVisibility({ contentVisibilityAuto: true }),
            ).length,
        );
        expect(skipped).toBeGreaterThan(0);
        expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
        const headings = await page.locator('main :is(h2, h3)[id]').evaluateAll((els) => els.map((el) => el.id));
        expect(headings.length).toBeGreaterThan(0);
        for (const [id, { top, bottom }] of await headingLandings(url, headings)) {
          // On the heading, or as near as the end of the page lets the scroll go.
          expect.soft(top, id).toBeGreaterThanOrEqual(-1);
          if (bottom > 1) expect.soft(top, id).toBeLessThan(50);
        }
      } finally {
        await context.close();
      }
    },
  );

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
