/**
 * Byte budgets per page type: what a reader's browser must fetch before it can draw the page (the HTML and its
 * render-blocking stylesheets, gzip-compressed as every host serves them) stays within budget, and nothing else
 * blocks the first paint (no blocking script, no stylesheet @import, no web fonts beyond the Latin text faces).
 * Bytes are deterministic, so these are tests; timings live in `npm run lighthouse` and `npm run bench`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { create, type Font } from 'fontkitten';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodedBytes } from '../../scripts/lib/static-host.ts';
import { codePoints, PRELOADED } from '../../src/design/fonts.ts';
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

  it('preloads the Latin serif and Inter, the faces of every page type’s text, and nothing else', async () => {
    for (const type of Object.keys(BUDGETS)) {
      const html = await site.read(pages[type] ?? '');
      const preloads = [...html.matchAll(/<link\b[^>]*\brel="preload"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1] ?? '');
      expect(
        preloads.map((p) => path.basename(p).replace(/\.[\w-]+\.woff2$/, '.woff2')),
        type,
      ).toEqual([...PRELOADED]);
    }
  });

  it('keeps every file it names: the preloaded fonts exist', async () => {
    const html = await site.read(pages['recap'] ?? '');
    const preloads = [...html.matchAll(/<link\b[^>]*\brel="preload"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(preloads).toHaveLength(PRELOADED.length);
    for (const preload of preloads) await expect(readFile(path.join(site.outDir, preload))).resolves.toBeDefined();
  });
});

/** The @font-face rules of the built stylesheet that load a web font: family, style, weights, unicode range, file. */
async function webFaces() {
  const html = await site.read(pages['recap'] ?? '');
  const [href] = blocking(html).stylesheets;
  const css = await site.read((href ?? '').replace(/^\//, ''));
  const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1] ?? '').filter((body) => /src:\s*url\(/.test(body));
  return Promise.all(
    faces.map(async (body) => {
      const get = (name: string) => new RegExp(`${name}:\\s*([^;]+)`).exec(body)?.[1]?.trim() ?? '';
      const file = /url\(["']?([^"')]+)/.exec(body)?.[1] ?? '';
      const bytes = await readFile(path.join(site.outDir, file));
      // The minifier writes a whole block of 256 code points as `U+??` (and `U+1F??`): widen them to a range.
      const range = get('unicode-range').replace(/U\+([0-9a-f]*)\?\?/gi, (_, hi: string) => `U+${hi}00-${hi}FF`);
      return {
        family: get('font-family').replace(/["']/g, ''),
        style: get('font-style') || 'normal',
        file: path.basename(file),
        bytes: bytes.length,
        range: new Set(codePoints(range)),
        font: create(bytes) as Font,
      };
    }),
  );
}

/** The text of every page of the built site (no markup, scripts, styles or drawings), character by character. */
async function siteCharacters(): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(file);
      else if (entry.name.endsWith('.html')) {
        const text = (await readFile(file, 'utf8'))
          .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, ' ')
          .replace(/<[^>]+>/g, ' ')
          .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
          .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)));
        for (const char of text) if (!found.has(char)) found.set(char, path.relative(site.outDir, file));
      }
    }
  };
  await walk(site.outDir);
  return found;
}

describe('the web fonts the pages download', () => {
  it('draw every letter, digit and punctuation mark of the Latin text of every page, in both families', async () => {
    const faces = await webFaces();
    const characters = await siteCharacters();
    // Latin letters, and the digits, punctuation, symbols and spaces set among them: those of Latin-1 and of the General
    // Punctuation and currency blocks (Arabic and CJK text, with its own commas and spaces, uses system fonts).
    const latinText = [...characters.keys()].filter((c) => {
      const cp = c.codePointAt(0)!;
      const shared = /[\p{N}\p{P}\p{S}\p{Zs}]/u.test(c) && /\p{Script=Common}/u.test(c);
      return /\p{Script=Latin}/u.test(c) || (shared && (cp < 0x0250 || (cp >= 0x2000 && cp < 0x20d0)));
    });
    expect(latinText.length).toBeGreaterThan(80);
    const missing: string[] = [];
    for (const family of ['Inter Variable', 'Source Serif 4 Variable']) {
      for (const style of ['normal', 'italic']) {
        const candidates = faces.filter((f) => f.family === family && f.style === style);
        if (candidates.length === 0) continue;
        for (const char of latinText) {
          const cp = char.codePointAt(0)!;
          // The face the browser downloads for it (the last rule whose range has it), and its glyph.
          const face = candidates.findLast((f) => f.range.has(cp));
          if (!face?.font.hasGlyphForCodePoint(cp)) {
            missing.push(`${family} ${style}: ${char} U+${cp.toString(16).toUpperCase().padStart(4, '0')} (${characters.get(char)})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('weigh at most 85 KB for a Latin page with italic (Inter, the serif and its italic; the packaged files were 223 KB)', async () => {
    const faces = await webFaces();
    const latin = ['inter-latin', 'source-serif-4-latin', 'source-serif-4-italic-latin'].map(
      (stem) => faces.find((f) => f.file.startsWith(`${stem}.`))?.bytes ?? Number.NaN,
    );
    expect(latin.every(Number.isFinite), latin.join()).toBe(true);
    expect(latin.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(85_000);
  });
});
