/**
 * The browser-test harness: build a site once per test file, serve it on 127.0.0.1 the way a CDN does
 * (the `_headers` file's headers, `404.html` for missing paths), and drive Debian's Chromium with
 * playwright-core, recording console errors and failed requests on every page.
 */
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import sirv from 'sirv';
import { describe, it } from 'vitest';
import { buildSite, ROOT, type BuildOptions, type BuiltSite } from '../helpers/site.ts';
import { headersFor, parseHeaders } from './headers.ts';

/** Flags for headless Chromium in containers and CI: no sandbox (root), no GPU, no phoning home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where screenshots go (git-ignored, kept as CI artefacts). */
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');

/** The Chromium executable: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`; undefined when not runnable. */
export function chromiumPath(): string | undefined {
  const candidate = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
  try {
    accessSync(candidate, constants.X_OK);
    return candidate;
  } catch {
    return undefined;
  }
}

/**
 * `describe` for browser tests. Without a browser the block is skipped with a message saying why, except
 * under `CI=true`, where a missing browser is a failing test: CI must never pass by skipping.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumPath()) {
    describe(name, body);
    return;
  }
  const wanted = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
  const why = `no Chromium at ${wanted} (install it with \`apt-get install -y chromium\`, or set CHROMIUM_PATH)`;
  if (process.env['CI'] === 'true') {
    describe(name, () => {
      it('has a browser to run in', () => {
        throw new Error(`Browser tests cannot run: ${why}. CI=true makes this a failure rather than a skip.`);
      });
    });
    return;
  }
  console.warn(`Skipping browser tests "${name}": ${why}.`);
  describe.skip(name, body);
}

/** Starts headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('no Chromium to launch');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** A built site served over HTTP. */
export interface ServedSite {
  /** Origin plus base path, ending in `/`. */
  readonly url: string;
  readonly site: BuiltSite;
  /** Absolute URL of a site-relative path. */
  at(pathname: string): string;
  close(): Promise<void>;
}

/**
 * Serves a folder like a static host: files and `index.html` of folders, the `_headers` rules when the
 * folder has that file, and `404.html` with status 404 for anything missing. `base` is the path prefix.
 */
export async function serveFolder(dir: string, base = '/'): Promise<{ origin: string; server: Server }> {
  const headersFile = path.join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const notFound = path.join(dir, '404.html');
  const files = sirv(dir, { dev: false, etag: true, dotfiles: false });
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
    const missing = (): void => {
      res.statusCode = 404;
      if (existsSync(notFound)) res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    };
    // Hosts read `_headers` and never serve it.
    if (!pathname.startsWith(base) || pathname === `${base}_headers`) {
      missing();
      return;
    }
    req.url = '/' + (req.url ?? '/').slice(base.length);
    files(req, res, missing);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, server };
}

/** Builds a content folder with the real build script and serves the result; throws with the build output if it fails. */
export async function buildAndServe(options: BuildOptions & { readonly base?: string }): Promise<ServedSite> {
  const base = options.base ?? '/';
  const site = await buildSite({ ...options, env: { ...options.env, ...(base === '/' ? {} : { FULLTIME_BASE: base }) } });
  if (site.code !== 0) throw new Error(`The build failed (exit ${site.code}):\n${site.stderr}\n${site.stdout}`);
  const { origin, server } = await serveFolder(site.outDir, base);
  const url = origin + base;
  return {
    url,
    site,
    at: (pathname) => url + pathname.replace(/^\//, ''),
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** What went wrong while a page loaded. */
export interface PageProblems {
  readonly consoleErrors: string[];
  readonly failedRequests: string[];
}

/** Opens a page and records console errors, uncaught exceptions and failed requests (network errors, 4xx, 5xx). */
export async function openPage(
  context: BrowserContext,
  url: string,
  options: { readonly expectStatus?: number } = {},
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], failedRequests: [] };
  const expectStatus = options.expectStatus ?? 200;
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium logs a document's own error status (a 404 page answered with 404) as a console error: that one is expected.
    const ownStatus = message.location().url === url && message.text().includes(`status of ${expectStatus}`);
    if (!ownStatus) problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`));
  page.on('response', (response) => {
    const isDocument = response.url() === url && response.request().resourceType() === 'document';
    const expected = isDocument ? expectStatus : undefined;
    if (response.status() >= 400 && response.status() !== expected)
      problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  const status = response?.status();
  if (status !== expectStatus) problems.failedRequests.push(`${url}: HTTP ${status ?? 'no response'} (document)`);
  await page.waitForLoadState('networkidle');
  return { page, problems };
}

/** Accessible names Chromium computes for the elements matching `selector` (via the DevTools protocol). */
export async function accessibleNames(page: Page, selector: string): Promise<{ role: string; name: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('Accessibility.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const out: { role: string; name: string }[] = [];
    for (const nodeId of nodeIds) {
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
      const node = nodes[0];
      out.push({ role: String(node?.role?.value ?? ''), name: node?.ignored ? '' : String(node?.name?.value ?? '') });
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/** Context options for a colour scheme and a viewport width. */
export function contextOptions(colorScheme: 'light' | 'dark', width: number, extra: BrowserContextOptions = {}): BrowserContextOptions {
  return { colorScheme, viewport: { width, height: width < 600 ? 800 : 900 }, deviceScaleFactor: 1, reducedMotion: 'reduce', ...extra };
}

/** Saves a full-page screenshot under test-results/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
