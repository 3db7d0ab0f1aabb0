/**
 * A recap with a cover photo and a highlight video in Chromium, at 360 and 1280 px, served with the site's real
 * headers (so the Content-Security-Policy is the deployed one): nothing shifts while photos load, nothing is
 * requested from another origin until the reader clicks the video, then the player's iframe loads (the policy
 * allows it), keyboard users reach and start it, axe finds nothing serious, and without JavaScript the video is a
 * plain link. The player itself is stubbed: tests never reach the network.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations, measureOverflow } from './checks.ts';
import { buildAndServe, contextOptions, describeInBrowser, launchBrowser, openPage, screenshot, type ServedSite } from './harness.ts';
import { photoSite } from '../media/fixture.ts';
import type { Browser } from 'playwright-core';

const PATH = 'recaps/harbourside-millbrook/';
const PLAYER = 'https://www.youtube-nocookie.com/';

describeInBrowser('recap with a cover and a video', () => {
  let served: ServedSite;
  let browser: Browser;

  beforeAll(async () => {
    served = await buildAndServe({ contentDir: await photoSite() });
    browser = await launchBrowser();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  /** Opens the recap, recording every request and the layout shifts (the Layout Instability API). */
  async function open(
    context: BrowserContext,
    options: { readonly js?: boolean } = {},
  ): Promise<{ page: Page; requests: string[]; problems: { consoleErrors: string[]; failedRequests: string[] } }> {
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    // The player answers from a stub: the test checks that the browser asks for it, not what YouTube sends.
    await context.route(`${PLAYER}**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Player</title><p>player</p>' }),
    );
    if (options.js === false) {
      const opened = await openPage(context, served.at(PATH));
      return { ...opened, requests };
    }
    await context.addInitScript(() => {
      const shifts: { value: number; sources: string[] }[] = [];
      (globalThis as unknown as { __shifts: typeof shifts }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node | null }[];
        }[]) {
          if (entry.hadRecentInput) continue;
          shifts.push({
            value: entry.value,
            sources: (entry.sources ?? []).map((s) =>
              s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName),
            ),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const { page, problems } = await openPage(context, served.at(PATH));
    // Scroll through the page so the lazy photos load, then back.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForLoadState('networkidle');
    return { page, requests, problems };
  }

  const shiftsOf = (page: Page) =>
    page.evaluate(() => (globalThis as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);

  for (const width of [360, 1280]) {
    it(`loads nothing from other origins before the click, shifts nothing, and plays after a click at ${width} px`, async () => {
      const context = await browser.newContext(contextOptions('light', width));
      try {
        const { page, requests, problems } = await open(context);
        const origin = new URL(served.url).origin;
        expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
        expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
        // The photos loaded, at sizes fitting the screen, as AVIF.
        const photos = await page.$$eval('picture img', (images) =>
          images.map((img) => ({
            src: (img as HTMLImageElement).currentSrc,
            loaded: (img as HTMLImageElement).naturalWidth > 0,
            shown: img.getBoundingClientRect().width,
          })),
        );
        expect(photos.length).toBe(2);
        for (const photo of photos) {
          expect(photo.loaded).toBe(true);
          expect(photo.src).toMatch(/\.avif$/);
        }
        // Nothing the photos or the video do moves the page (their boxes are sized before they load); the layout
        // shift score of the whole page stays next to nothing.
        const shifts = await shiftsOf(page);
        expect(shifts.filter((s) => s.sources.some((source) => /^(img|picture|figure|source)\.|video|cover/.test(source)))).toEqual([]);
        expect(shifts.reduce((sum, s) => sum + s.value, 0)).toBeLessThan(0.001);
        expect((await measureOverflow(page)).offenders).toEqual([]);
        await screenshot(page, `media-recap-${width}`);

        await page.locator('.video__poster').scrollIntoViewIfNeeded();
        const before = await page.locator('.video').boundingBox();
        await page.locator('.video__poster').click();
        const frame = page.locator('.video iframe');
        await frame.waitFor();
        expect(await frame.getAttribute('src')).toBe(`${PLAYER}embed/aqz-KE-bpKQ?autoplay=1`);
        // The stub player's page is in the frame. (Waiting for the network to go idle instead timed out once in CI,
        // under load, after the frame had been made.)
        await page.frameLocator('.video iframe').getByText('player').waitFor();
        expect(requests.some((url) => url.startsWith(`${PLAYER}embed/aqz-KE-bpKQ`))).toBe(true);
        expect(page.frames().some((f) => f.url().startsWith(PLAYER))).toBe(true);
        const after = await page.locator('.video').boundingBox();
        expect(after?.height).toBeCloseTo(before?.height ?? 0, 0);
        expect(problems.consoleErrors).toEqual([]);
        await screenshot(page, `media-recap-${width}-playing`);
      } finally {
        await context.close();
      }
    }, 120_000);
  }

  it('is axe clean in both themes, before and after the video starts', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext(contextOptions(scheme, 1280, { bypassCSP: true }));
      try {
        const { page } = await open(context);
        expect(await axeViolations(page), scheme).toEqual([]);
        await page.locator('.video__poster').click();
        await page.locator('.video iframe').waitFor();
        expect(await axeViolations(page), `${scheme}, playing`).toEqual([]);
      } finally {
        await context.close();
      }
    }
  }, 120_000);

  it('lets keyboard users reach and start the video, and names it for screen readers', async () => {
    const context = await browser.newContext(contextOptions('light', 1280));
    try {
      const { page } = await open(context);
      const poster = page.locator('.video__poster');
      expect(await poster.evaluate((a) => (a as HTMLAnchorElement).innerText.replace(/\s+/g, ' ').trim())).toBe(
        'Match highlights Play video on YouTube',
      );
      await poster.focus();
      await page.keyboard.press('Enter');
      await page.locator('.video iframe').waitFor();
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
      expect(await page.locator('.video iframe').getAttribute('title')).toBe('Match highlights (YouTube)');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('is a plain link to the video without JavaScript', async () => {
    const context = await browser.newContext(contextOptions('light', 360, { javaScriptEnabled: false }));
    try {
      const { page, requests } = await open(context, { js: false });
      const origin = new URL(served.url).origin;
      expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
      expect(await page.locator('.video__poster').getAttribute('href')).toBe('https://www.youtube.com/watch?v=aqz-KE-bpKQ');
      expect(await page.locator('iframe').count()).toBe(0);
    } finally {
      await context.close();
    }
  }, 120_000);
});
