/**
 * Integration tests over real builds of tests/site-design/fixtures (four recaps and a draft): the
 * `_headers` file, the pages against the CSP, the Pagefind index, the search page, a base-path build,
 * and atomicity when a finishing step fails.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/site.ts';
import { listFiles } from '../../src/delivery/finish-cache.ts';
import { headersFor, matchesPattern, parseHeaders, type HeaderRule } from '../browser/headers.ts';

const FIXTURE = 'tests/site-design/fixtures';
const RECAPS = [
  'eastmoor-rovers-cup-semi',
  'harbour-city-eastmoor-matchday-13',
  'rovers-harbour-city-matchday-12',
  'valle-del-norte-rovers-cup-final',
];
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** URL path of a built file under a base. */
const urlOf = (base: string, file: string) => base + file.replace(/(^|\/)index\.html$/, '$1');
/** Pagefind's chunk files are gzip with a `pagefind_dcd` signature. */
const unpack = async (file: string) => gunzipSync(await readFile(file)).toString('utf8');
/** Inline (no src) scripts of a page: [type, text]. */
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => [m[1]!, m[2]!] as const);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('a built site, ready for a CDN', () => {
  let site: BuiltSite;
  let files: string[];
  let rules: HeaderRule[];
  let pages: Map<string, string>;

  beforeAll(async () => {
    site = await buildSite({ contentDir: FIXTURE });
    expect(site.code, site.stderr).toBe(0);
    files = await listFiles(site.outDir);
    rules = parseHeaders(await site.read('_headers'));
    const html = files.filter((f) => f.endsWith('.html'));
    pages = new Map(await Promise.all(html.map(async (f) => [f, await site.read(f)] as const)));
  });

  it('reports how many pages went into the search index', () => {
    const indexed = files.filter((f) => f.startsWith('pagefind/fragment/')).length;
    expect(indexed).toBeGreaterThan(RECAPS.length);
    expect(site.stdout).toContain(`(${indexed} pages in the search index)`);
  });

  it('sends security headers on every path', () => {
    const headers = headersFor(rules, '/recaps/rovers-harbour-city-matchday-12/');
    expect(headers.get('Content-Security-Policy')).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(headers.get('Content-Security-Policy')).not.toContain('unsafe-inline');
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('X-Frame-Options')).toBe('DENY');
    expect(headersFor(rules, '/_astro/anything.js').get('Content-Security-Policy')).toBe(headers.get('Content-Security-Policy'));
  });

  it('caches hashed assets for a year and revalidates everything else, one Cache-Control per file', () => {
    const served = files.filter((f) => f !== '_headers');
    for (const file of served) {
      const matching = rules.filter((r) => matchesPattern(r.pattern, urlOf('/', file)) && r.headers.some(([h]) => h === 'Cache-Control'));
      expect(
        matching.map((r) => r.pattern),
        file,
      ).toHaveLength(1);
    }
    const cacheOf = (file: string) => headersFor(rules, urlOf('/', file)).get('Cache-Control');
    const hashed = served.filter(
      (f) => f.startsWith('_astro/') || f.startsWith('og/') || /^pagefind\/(fragment|index|filter)\//.test(f) || f.endsWith('.pf_meta'),
    );
    expect(hashed.filter((f) => f.startsWith('og/')).length).toBeGreaterThan(RECAPS.length);
    expect(hashed.filter((f) => f.endsWith('.css')).length).toBeGreaterThan(0);
    expect(hashed.filter((f) => f.endsWith('.woff2')).length).toBeGreaterThan(0);
    expect(hashed.filter((f) => f.startsWith('pagefind/fragment/')).length).toBeGreaterThan(RECAPS.length);
    for (const file of hashed) expect(cacheOf(file), file).toBe(IMMUTABLE);
    for (const file of served.filter((f) => f.endsWith('.html') || f.endsWith('.xml') || /^pagefind\/[^/]+\.(js|json)$/.test(f))) {
      expect(cacheOf(file), file).toBe('public, max-age=300, must-revalidate');
    }
    expect(rules.map((r) => r.pattern)).toContain('/_astro/*');
  });

  it('has no inline style, no style attribute and no inline script but the one the CSP hashes', () => {
    const csp = headersFor(rules, '/').get('Content-Security-Policy') ?? '';
    expect(pages.size).toBeGreaterThanOrEqual(RECAPS.length + 2);
    for (const [file, html] of pages) {
      expect(html, file).not.toMatch(/<style[\s>]/);
      expect(html, file).not.toMatch(/<[^>]+\sstyle=/);
      const executable = inlineScripts(html).filter(([attrs]) => !/type="application\/ld\+json"/.test(attrs));
      expect(executable, file).toHaveLength(1);
      expect(csp, file).toContain(sha256(executable[0]![1]));
    }
  });

  it('indexes the recaps, player pages and round-ups (drafts never), with team and competition filters', async () => {
    const entry = JSON.parse(await site.read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    const dir = path.join(site.outDir, 'pagefind');
    const fragments = await Promise.all((await readdir(path.join(dir, 'fragment'))).map((f) => unpack(path.join(dir, 'fragment', f))));
    expect(Object.values(entry.languages).map((l) => l.page_count)).toEqual([fragments.length]);
    const urls = fragments.map((f) => (JSON.parse(f.replace(/^pagefind_dcd/, '')) as { url: string }).url).sort();
    expect(urls.filter((url) => url.startsWith('/recaps/'))).toEqual(RECAPS.map((slug) => `/recaps/${slug}/`));
    // Besides the recaps: a page per player and per competition round, nothing else (no hubs, no index pages).
    const others = urls.filter((url) => !url.startsWith('/recaps/'));
    expect(others).toContain('/players/lea-vogt/');
    for (const url of others) expect(url).toMatch(/^\/players\/[^/]+\/$|^\/competitions\/[^/]+\/[^/]+\/[^/]+\/$/);
    expect(fragments.join('\n')).not.toContain('Zebedee');
    // Lea Vogt appears only in the event list (an assist and a substitution), not in the story.
    expect(fragments.find((f) => f.includes('/recaps/rovers-harbour-city-matchday-12/'))).toContain('Lea Vogt');
    const filters = await Promise.all((await readdir(path.join(dir, 'filter'))).map((f) => unpack(path.join(dir, 'filter', f))));
    const team = filters.find((f) => f.includes('team'));
    for (const name of ['Eastmoor Athletic', 'Harbour City', 'Northbridge Rovers', 'Sporting Club Valle del Norte'])
      expect(team).toContain(name);
    const competition = filters.find((f) => f.includes('competition'));
    for (const name of ['County Cup', 'Northern League']) expect(competition).toContain(name);
    expect(files.filter((f) => /^pagefind\/pagefind-(ui|modular-ui|component-ui)/.test(f))).toEqual([]);
  });

  it('serves a search page that loads the index from the site itself', () => {
    const html = pages.get('search/index.html') ?? '';
    expect(html).toContain('data-pagefind="/pagefind/pagefind.js"');
    expect(files).toContain('pagefind/pagefind.js');
    expect(html).toMatch(/<select name="team"[^>]*>[\s\S]*<option value="Sporting Club Valle del Norte"/);
    expect(html).not.toContain('Zebedee');
  });
});

describe('a site built under a base path, for a host without headers (FULLTIME_CSP_META=1)', () => {
  const base = '/recaps-blog/';
  let site: BuiltSite;
  let files: string[];

  beforeAll(async () => {
    site = await buildSite({ contentDir: FIXTURE, env: { FULLTIME_BASE: base, FULLTIME_CSP_META: '1' } });
    expect(site.code, site.stderr).toBe(0);
    files = await listFiles(site.outDir);
  });

  it('keeps every asset, link and search URL under the base', async () => {
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = await site.read(file);
      const urls = [...html.matchAll(/\s(?:href|src|action|data-pagefind)="([^"]*)"/g)].map((m) => m[1]!);
      expect(urls.length, file).toBeGreaterThan(0);
      for (const u of urls.filter((x) => !/^(https?:|#|mailto:)/.test(x))) expect(u, file).toMatch(/^\/recaps-blog\//);
    }
    for (const file of files.filter((f) => f.endsWith('.css'))) {
      for (const [, u] of (await site.read(file)).matchAll(/url\(([^)]*)\)/g)) expect(u, file).toMatch(/^"?\/recaps-blog\/_astro\//);
    }
    expect(await site.read('search/index.html')).toContain('data-pagefind="/recaps-blog/pagefind/pagefind.js"');
  });

  it('writes _headers for paths under the base, with the CSP hash of this build’s theme script', async () => {
    const rules = parseHeaders(await site.read('_headers'));
    for (const rule of rules) expect(rule.pattern).toMatch(/^\/recaps-blog\//);
    const html = await site.read('index.html');
    const [theme] = inlineScripts(html).filter(([attrs]) => !attrs.includes('ld+json'));
    expect(theme![1]).toContain('"fulltime-theme:/recaps-blog/"');
    expect(headersFor(rules, `${base}`).get('Content-Security-Policy')).toContain(sha256(theme![1]));
    expect(headersFor(rules, `${base}_astro/x.css`).get('Cache-Control')).toBe(IMMUTABLE);
  });

  it('puts the same policy, less frame-ancestors, in a meta tag ahead of the theme script', async () => {
    const rules = parseHeaders(await site.read('_headers'));
    const header = headersFor(rules, base).get('Content-Security-Policy') ?? '';
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = await site.read(file);
      const meta = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html);
      expect(meta?.[1]?.replaceAll('&#39;', "'"), file).toBe(header.replace("; frame-ancestors 'none'", ''));
      expect(html.indexOf('http-equiv="content-security-policy"'), file).toBeLessThan(html.indexOf('<script'));
    }
  });
});

describe('atomic builds with the finishing steps', () => {
  it('leaves dist/ untouched when the search index cannot be built', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'fulltime-atomic-'));
    const outDir = path.join(work, 'dist');
    const first = await buildSite({ contentDir: FIXTURE, outDir });
    expect(first.code, first.stderr).toBe(0);
    const before = await listFiles(outDir);
    await writeFile(path.join(outDir, 'marker.txt'), 'previous deploy');
    const failed = await buildSite({ contentDir: FIXTURE, outDir, env: { PAGEFIND_BINARY_PATH: '/bin/false' } });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Building the search index failed');
    expect(failed.stderr).toContain('dist/ was not touched');
    expect(await listFiles(outDir)).toEqual([...before, 'marker.txt'].sort());
    expect(await readdir(work)).toEqual(['dist']);
    await rm(work, { recursive: true, force: true });
  });

  it('stops the build at the recap line when its HTML would break the CSP, before any page is built', async () => {
    const content = await mkdtemp(path.join(tmpdir(), 'fulltime-csp-'));
    await cp(path.join(FIXTURE, 'recaps', 'harbour-city-eastmoor-matchday-13.md'), path.join(content, 'recaps', 'fog.md'), {
      recursive: true,
    });
    await writeFile(
      path.join(content, 'recaps', 'fog.md'),
      `${await readFile(path.join(content, 'recaps', 'fog.md'), 'utf8')}\n<p style="color:red">Raw</p>\n`,
    );
    const failed = await buildSite({ contentDir: content });
    expect(failed.code).toBe(1);
    // The author's file is named, not the built page: the audit of built pages (html-audit.test.ts) is the last guard.
    expect(failed.stderr).toMatch(/recaps\/fog\.md:\d+:4 {2}body {2}error: found a style= attribute on <p>/);
    expect(failed.stderr).not.toContain('index.html');
    expect(existsSync(failed.outDir)).toBe(false);
    await rm(content, { recursive: true, force: true });
  });
});
