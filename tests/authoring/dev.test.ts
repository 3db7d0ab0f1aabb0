import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/site.ts';
import { startDevServer, type DevServer } from './dev-server.ts';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const WAIT = { timeout: 30_000, interval: 250 };

let server: DevServer | undefined;
let browser: Browser | undefined;
let page: Page;
let contentDir: string;
let file: string;
let original: string;

/** The page's text with runs of white space collapsed; empty while the page is navigating. */
async function pageText(): Promise<string> {
  return page.evaluate(() => (document.body?.textContent ?? '').replace(/\s+/g, ' ')).catch(() => '');
}

/** The page's Open Graph image URL (content-hashed, so it changes with the card). */
async function ogImage(): Promise<string> {
  return (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
}

async function overlayText(selector: string): Promise<string> {
  const found = page.locator(`vite-error-overlay ${selector}`);
  return (await found.count().catch(() => 0)) > 0
    ? ((await found
        .first()
        .textContent({ timeout: 1_000 })
        .catch(() => '')) ?? '')
    : '';
}

/** Hides the temporary folder so messages can be pinned. */
function pin(text: string): string {
  return text.split(path.relative(ROOT, contentDir)).join('<content>');
}

beforeAll(async () => {
  const work = await mkdtemp(path.join(tmpdir(), 'fulltime-dev-'));
  contentDir = path.join(work, 'content');
  await cp(path.join(ROOT, 'tests/authoring/fixtures/dev'), contentDir, { recursive: true });
  file = path.join(contentDir, 'recaps', 'dev-preview.md');
  original = await readFile(file, 'utf8');
  server = await startDevServer(contentDir, '/recaps/dev-preview/');
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('npm run dev while a recap is edited', () => {
  const twoNil = () =>
    original
      .replace('score: 1-0', 'score: 2-0')
      .replace('---\nAda', '  - { minute: 70, type: goal, team: home, player: Ada Striker }\n---\nAda');

  it('serves the recap', async () => {
    const response = await page.goto(`${server?.origin}/recaps/dev-preview/`);
    expect(response?.status()).toBe(200);
    // The first visit may reload once while Vite optimises dependencies; poll rather than read once.
    await expect.poll(pageText, WAIT).toContain('Home Town 1, Away City 0');
  });

  it('reloads the open page with the new score, timeline and card when the file changes', async () => {
    const cardBefore = await ogImage();
    await writeFile(file, twoNil());
    await expect.poll(pageText, WAIT).toContain('Home Town 2, Away City 0');
    expect(await pageText()).toContain('timeline: Home Town 2–0 Away City');
    const card = await ogImage();
    expect(card).not.toBe(cardBefore);
    const response = await fetch(`${server?.origin}${new URL(card).pathname}`);
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'image/png']);
  });

  it('shows an invalid edit as a positioned error in the browser overlay and the terminal', async () => {
    await writeFile(file, twoNil().replace('score: 2-0', 'score: 2–0'));
    await expect.poll(() => overlayText('#message-content'), WAIT).toContain('match.score');
    expect(pin(await overlayText('#message-content'))).toMatchInlineSnapshot(`
      "<content>/recaps/dev-preview.md:9:10  match.score  error: found "2–0", expected a score written HOME-AWAY, like "2-1"
       9 |   score: 2–0
         |          ^^^
         = hint: use a plain hyphen between the two numbers: "2-1"

      1 error, 0 warnings"
    `);
    expect(pin(await overlayText('#code header h2'))).toMatchInlineSnapshot(`"recaps/dev-preview.md:9:10"`);
    await page.screenshot({ path: path.join(ROOT, 'test-results/authoring/dev-overlay.png') });
    await expect.poll(() => server?.output() ?? '', WAIT).toContain('dev-preview.md:9:10  match.score  error: found "2–0"');
  });

  it('brings the page back when the file is fixed', async () => {
    // The same content as before the bad edit: Astro's store does not change, so only our reload brings the page back.
    await writeFile(file, twoNil());
    await expect
      .poll(async () => (await overlayText('#message-content')) === '' && (await pageText()).includes('Home Town 2, Away City 0'), WAIT)
      .toBe(true);
  });

  it('serves a recap added while it runs, with its rendered narrative', async () => {
    const added = path.join(contentDir, 'recaps', 'dev-added.md');
    await writeFile(
      added,
      original
        .replace('title: Ada Striker settles a quiet derby', 'title: Away City answer in the return fixture')
        .replace(/kickoff: 2024-05-01/, 'kickoff: 2024-05-08')
        .replace('date: 2024-05-02', 'date: 2024-05-09')
        .replace('score: 1-0', 'score: 0-1')
        .replace('team: home, player: Ada Striker', 'team: away, player: Bo Keeper')
        .replace(/\n---\n[\s\S]*$/, '\n---\nBo Keeper *scored* the only goal.\n'),
    );
    // The server reloads the open page when it takes the new file in, which can abort a navigation begun before:
    // the page is asked for until it shows the new recap.
    const opened = async () => {
      const answer = await page.goto(`${server?.origin}/recaps/dev-added/`).catch(() => null);
      return answer?.ok() ? pageText() : '';
    };
    await expect.poll(opened, WAIT).toContain('Away City answer in the return fixture');
    // The body is rendered when the page asks for it (src/markdown/render.ts), Markdown and all.
    expect(await page.locator('.recap__body em').textContent()).toBe('scored');
    await rm(added);
  });
});
