/**
 * The design's browser checks, focused on what a static check cannot see: the pages under the real
 * Content-Security-Policy (served from the built `_headers`, as a CDN would), the theme toggle and its
 * first frame, and Pagefind search in the page. The site is built under a base path so every URL the
 * scripts compute is exercised there. The broad page suite lives in tests/browser/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildAndServe, contextOptions, describeInBrowser, launchBrowser, type ServedSite } from '../browser/harness.ts';

const FIXTURE = 'tests/site-design/fixtures';
const BASE = '/recaps-blog/';
const STORAGE_KEY = `fulltime-theme:${BASE}`;
const LIGHT_PAPER = 'rgb(248, 246, 241)';
const DARK_PAPER = 'rgb(15, 17, 19)';

/** What a visit saw: the page, its CSP header, CSP violations, console errors and warnings, failed requests. */
interface Visit {
  readonly page: Page;
  readonly csp: string | undefined;
  readonly violations: () => Promise<string[]>;
  readonly errors: string[];
  readonly failed: string[];
}

/** Records CSP violations from the first script onwards (init scripts are not subject to the page's CSP). */
function recordViolations() {
  const seen: string[] = [];
  (window as unknown as { __csp: string[] }).__csp = seen;
  document.addEventListener('securitypolicyviolation', (e) =>
    seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
  );
}

async function visit(context: BrowserContext, url: string): Promise<Visit> {
  const page = await context.newPage();
  const errors: string[] = [];
  const failed: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || (m.type() === 'warning' && /pagefind|security|policy/i.test(m.text())))
      errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.url()} HTTP ${r.status()}`);
  });
  await page.addInitScript(recordViolations);
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  const csp = response?.headers()['content-security-policy'];
  return { page, csp, errors, failed, violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
}

const paper = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describeInBrowser('site design in Chromium, under the CSP from _headers', () => {
  let served: ServedSite;
  let browser: Browser;

  beforeAll(async () => {
    served = await buildAndServe({ contentDir: FIXTURE, base: BASE });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('loads the front page, a recap and the search page with no CSP violation or console error', async () => {
    const context = await browser.newContext(contextOptions('light', 1280));
    for (const path of ['', 'recaps/rovers-harbour-city-matchday-12/', 'search/?q=Ibáñez']) {
      const { page, csp, violations, errors, failed } = await visit(context, served.at(path));
      expect(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      await page.evaluate(() => document.fonts.ready);
      const fonts = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family));
      expect(fonts, path).toContain('Inter Variable');
      expect({ path, violations: await violations(), errors, failed }).toEqual({ path, violations: [], errors: [], failed: [] });
    }
    await context.close();
  });

  it('shows a recap in full without JavaScript, and hides the toggle that could not work', async () => {
    const context = await browser.newContext(contextOptions('dark', 390, { javaScriptEnabled: false }));
    const page = await context.newPage();
    await page.goto(served.at('recaps/valle-del-norte-rovers-cup-final/'));
    await expect.poll(() => page.locator('h1').textContent()).toContain('Valle del Norte win the County Cup');
    expect(await page.locator('.events').innerText()).toContain('Aino Korhonen');
    expect(await page.locator('.theme-toggle').isVisible()).toBe(false);
    expect(await paper(page)).toBe(DARK_PAPER);
    await context.close();
  });

  it('switches theme on click, remembers it, and paints the remembered theme from the first frame', async () => {
    const context = await browser.newContext(contextOptions('light', 1280));
    const { page } = await visit(context, served.at(''));
    expect(await page.getAttribute('html', 'data-theme')).toBe('system');
    expect(await page.getAttribute('[data-theme-choice="system"]', 'aria-pressed')).toBe('true');
    expect(await paper(page)).toBe(LIGHT_PAPER);

    await page.click('[data-theme-choice="dark"]');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.getAttribute('[data-theme-choice="dark"]', 'aria-pressed')).toBe('true');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe('dark');
    await expect.poll(() => paper(page)).toBe(DARK_PAPER);
    // The browser chrome follows the page, whatever the system scheme.
    expect(await page.getAttribute('meta[name="theme-color"][media*="light"]', 'content')).toBe(DARK_PAPER);

    // A new page of the same site: record the theme in the first animation frame, which comes before the first paint.
    const next = await context.newPage();
    await next.addInitScript(() => {
      requestAnimationFrame(() => {
        (window as unknown as { __first: unknown }).__first = {
          theme: document.documentElement.getAttribute('data-theme'),
          paper: getComputedStyle(document.body).backgroundColor,
        };
      });
    });
    await next.goto(served.at('recaps/rovers-harbour-city-matchday-12/'), { waitUntil: 'load' });
    expect(await next.evaluate(() => (window as unknown as { __first: unknown }).__first)).toEqual({ theme: 'dark', paper: DARK_PAPER });

    await next.click('[data-theme-choice="system"]');
    expect(await next.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
    await expect.poll(() => paper(next)).toBe(LIGHT_PAPER);
    expect(await next.getAttribute('meta[name="theme-color"][media*="light"]', 'content')).toBe('#f8f6f1');
    await context.close();
  });

  it('writes the theme once as a page loads: the head script sets it, the toggle only marks its button', async () => {
    const context = await browser.newContext(contextOptions('light', 390));
    // Every write of html[data-theme] from the start of the document: each makes the browser restyle the whole page.
    await context.addInitScript(() => {
      const writes: (string | null)[] = [];
      (window as unknown as { __themeWrites: typeof writes }).__themeWrites = writes;
      new MutationObserver((records) => {
        for (const record of records) writes.push((record.target as Element).getAttribute('data-theme'));
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-theme'] });
    });
    const writes = (page: Page) => page.evaluate(() => (window as unknown as { __themeWrites: unknown }).__themeWrites);
    const recap = served.at('recaps/rovers-harbour-city-matchday-12/');
    const page = await context.newPage();
    await page.goto(recap, { waitUntil: 'load' });
    await expect.poll(() => page.getAttribute('[data-theme-choice="system"]', 'aria-pressed')).toBe('true');
    expect(await writes(page)).toEqual(['system']);
    expect(await page.getAttribute('meta[name="theme-color"][media*="light"]', 'content')).toBe('#f8f6f1');

    // A stored choice: still one write, and the browser chrome takes the page's paper.
    await page.evaluate((key) => localStorage.setItem(key, 'dark'), STORAGE_KEY);
    await page.goto(recap, { waitUntil: 'load' });
    await expect.poll(() => page.getAttribute('[data-theme-choice="dark"]', 'aria-pressed')).toBe('true');
    expect(await writes(page)).toEqual(['dark']);
    expect(await page.getAttribute('meta[name="theme-color"][media*="light"]', 'content')).toBe(DARK_PAPER);
    await context.close();
  });

  it('keeps the layout still while the web fonts arrive late (metric-matched fallbacks)', async () => {
    for (const width of [1280, 390]) {
      const context = await browser.newContext(contextOptions('light', width));
      const page = await context.newPage();
      // Hold every font request until the page has been laid out in the fallback fonts.
      let release = () => {};
      const fontsHeld = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/*.woff2', async (route) => {
        await fontsHeld;
        await route.continue();
      });
      await page.addInitScript(() => {
        const w = window as unknown as { __cls: number };
        w.__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) w.__cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(served.at('recaps/rovers-harbour-city-matchday-12/'), { waitUntil: 'domcontentloaded' });
      const endOfStory = () => page.evaluate(() => Math.round(document.querySelector('.events')!.getBoundingClientRect().top + scrollY));
      const inFallback = await endOfStory();
      release();
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => document.fonts.ready);
      expect(
        await page.evaluate(() => [...document.fonts].some((f) => f.family === 'Source Serif 4 Variable' && f.status === 'loaded')),
      ).toBe(true);
      // With the fallbacks' metrics matched, the story runs to the same line at desktop width (without them: ~60 px off).
      if (width === 1280) expect(Math.abs((await endOfStory()) - inFallback)).toBeLessThanOrEqual(8);
      // Cumulative layout shift in view: "good" is under 0.1; without the bold fallback faces the headline rewraps (0.027 here).
      expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls), `width ${width}`).toBeLessThan(0.01);
      await context.close();
    }
  });

  it('finds a recap by a player named only in its event list, and filters by team and competition', async () => {
    const context = await browser.newContext(contextOptions('light', 390));
    const { page, violations, errors } = await visit(context, served.at('search/'));
    const results = page.locator('[data-search-results] > li');
    const links = () => results.locator('h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

    // Her player page is indexed too (players and round-ups are searchable); the recap names her only in its events.
    await page.fill('#search-q', 'Vogt');
    await expect
      .poll(async () => (await links()).sort())
      .toEqual([`${BASE}players/lea-vogt/`, `${BASE}recaps/rovers-harbour-city-matchday-12/`]);
    expect(await page.locator('[data-search-status]').textContent()).toBe('2 results for “Vogt”.');
    expect(await results.first().locator('mark').first().textContent()).toMatch(/Vogt/);

    await page.fill('#search-q', '');
    await page.selectOption('select[name="team"]', 'Eastmoor Athletic');
    await expect.poll(links).toEqual([`${BASE}recaps/eastmoor-rovers-cup-semi/`, `${BASE}recaps/harbour-city-eastmoor-matchday-13/`]);
    await page.selectOption('select[name="competition"]', 'County Cup');
    await expect.poll(links).toEqual([`${BASE}recaps/eastmoor-rovers-cup-semi/`]);
    expect(new URL(page.url()).search).toBe('?team=Eastmoor+Athletic&competition=County+Cup');

    // A query in the URL runs on load: the scorer's recap, her player page and the round-up that lists her goal.
    await page.goto(served.at('search/?q=Korhonen'));
    await expect
      .poll(async () => (await links()).sort())
      .toEqual([
        `${BASE}competitions/county-cup/2024/final/`,
        `${BASE}players/aino-korhonen/`,
        `${BASE}recaps/valle-del-norte-rovers-cup-final/`,
      ]);
    expect({ violations: await violations(), errors }).toEqual({ violations: [], errors: [] });
    await context.close();
  });
});
