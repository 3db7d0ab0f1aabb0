/**
 * Byte budgets per page type: what a reader's browser must fetch before it can draw the page (the HTML and its
 * render-blocking stylesheets, gzip-compressed as every host serves them) stays within budget, and nothing else
 * blocks the first paint (no blocking script, no stylesheet @import, no web fonts beyond the Latin text faces).
 * Bytes are deterministic, so these are tests; timings live in `npm run lighthouse` and `npm run bench`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodedBytes } from '../../scripts/lib/static-host.ts';
import { buildSite, ROOT, type BuiltSite } from '../helpers/site.ts';

/** Budgets in bytes (gzip) of HTML + render-blocking CSS. The recap page's is the one the performance issue sets. */
const BUDGETS: Record<string, number> = {
  recap: 50_000,
  index: 25_000,
  team: 25_000,
  competition: 25_000,
  search: 25_000,
  '404': 25_000,
};

let site: BuiltSite;
const pages: Record<string, string> = {};

beforeAll(async () => {
  site = await buildSite({ contentDir: path.join(ROOT, 'content') });
  if (site.code !== 0) throw new Error(`the sample site did not build:\n${site.stderr}`);
  const { readdir, stat } = await import('node:fs/promises');
  // The largest page of each kind: the worst case a reader meets.
  const largest = async (folder: string) => {
    const names = await readdir(path.join(site.outDir, folder));
    const sized = await Promise.all(
      names.map(async (n) => {
        const file = `${folder}/${n}/index.html`;
        return {
          file,
          size: await stat(path.join(site.outDir, file)).then(
            (s) => s.size,
            () => -1,
          ),
        };
      }),
    );
    const best = sized.filter((s) => s.size >= 0).sort((a, b) => b.size - a.size || a.file.localeCompare(b.file))[0];
    if (!best) throw new Error(`no pages under ${folder}/`);
    return best.file;
  };
  Object.assign(pages, {
    recap: await largest('recaps'),
    index: 'index.html',
    team: await largest('teams'),
    competition: await largest('competitions'),
    search: 'search/index.html',
    '404': '404.html',
  });
}, 240_000);

/** Everything in `<head>` the browser must load before the first paint. */
function blocking(html: string): { stylesheets: string[]; scripts: string[] } {
  const head = html.slice(0, html.indexOf('</head>'));
  const stylesheets = [...head.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1] ?? '');
  // A classic script with a src and without async/defer blocks parsing; module scripts and inline scripts do not fetch first.
  const scripts = [...head.matchAll(/<script\b([^>]*)>/g)]
    .filter((m) => /\bsrc=/.test(m[1] ?? '') && !/\b(async|defer|type="module")/.test(m[1] ?? ''))
    .map((m) => m[0]);
  return { stylesheets, scripts };
}

const gzip = (text: string) => encodedBytes(Buffer.from(text), 'gzip').length;

describe('what a page needs before its first paint', () => {
  for (const [type, budget] of Object.entries(BUDGETS)) {
    it(`${type} page: HTML + render-blocking CSS within ${budget / 1000} KB compressed, one stylesheet, no blocking script`, async () => {
      const html = await site.read(pages[type] ?? '');
      const { stylesheets, scripts } = blocking(html);
      expect(scripts).toEqual([]);
      expect(stylesheets).toHaveLength(1);
      const css = await Promise.all(stylesheets.map((href) => site.read(href.replace(/^\//, ''))));
      for (const sheet of css) expect(sheet).not.toMatch(/@import/);
      const total = gzip(html) + css.reduce((n, sheet) => n + gzip(sheet), 0);
      expect(total, `${pages[type]}: ${gzip(html)} B of HTML + ${total - gzip(html)} B of CSS`).toBeLessThanOrEqual(budget);
    });
  }

  it('ships web fonts for Latin, Greek, Cyrillic and Vietnamese text only; Arabic and CJK come from the system', async () => {
    const html = await site.read(pages['recap'] ?? '');
    const [href] = blocking(html).stylesheets;
    const css = await site.read((href ?? '').replace(/^\//, ''));
    const families = new Set(
      [...css.matchAll(/@font-face\s*{[^}]*font-family:\s*([^;]+);/g)].map((m) => m[1]?.replace(/['"]/g, '').trim()),
    );
    expect([...families].sort()).toEqual(['Inter Fallback', 'Inter Variable', 'Source Serif 4 Variable', 'Source Serif Fallback']);
    expect(css).toMatch(/--font-scripts:[^;]*Noto Sans CJK JP/);
  });

  it('preloads the serif face, which paints each page type’s largest text, and nothing else', async () => {
    for (const type of Object.keys(BUDGETS)) {
      const html = await site.read(pages[type] ?? '');
      const preloads = [...html.matchAll(/<link\b[^>]*\brel="preload"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1] ?? '');
      expect(
        preloads.map((p) => path.basename(p).replace(/\.[\w-]+\.woff2$/, '.woff2')),
        type,
      ).toEqual(['source-serif-4-latin-opsz-normal.woff2']);
    }
  });

  it('keeps every file it names: the preloaded font exists', async () => {
    const html = await site.read(pages['recap'] ?? '');
    const preload = /<link\b[^>]*\brel="preload"[^>]*href="([^"]+)"/.exec(html)?.[1] ?? '';
    await expect(readFile(path.join(site.outDir, preload))).resolves.toBeDefined();
  });
});
