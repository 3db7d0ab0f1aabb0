/**
 * Builds a site with a recap in every shipped language (tests/fixtures/i18n: invented matches, one told in French
 * and in German) and looks for English on the pages in other languages.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/site.ts';
import { LANGUAGES, textDirection } from '../../src/i18n/index.ts';
import { site } from '../../src/config.ts';
import { leaksIn, readerText, siteLeaks } from './leaks.ts';

const CONTENT = path.resolve(import.meta.dirname, '../fixtures/i18n');

let built: BuiltSite;
let authorText = '';

beforeAll(async () => {
  built = await buildSite({ contentDir: CONTENT });
  const dir = path.join(CONTENT, 'recaps');
  const files = await readdir(dir);
  // What authors and the publisher wrote: recap files (titles, names, stories) and the site's name (its default line is translated).
  authorText = [site.title, ...(await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8'))))].join('\n');
}, 300_000);

afterAll(async () => {
  if (built) await rm(path.dirname(built.outDir), { recursive: true, force: true });
});

describe('every shipped language', () => {
  it('builds', () => {
    expect(built.code, built.stderr).toBe(0);
  });

  it('has a recap page per shipped language, in that language and direction', async () => {
    const recaps = (await readdir(path.join(CONTENT, 'recaps'))).map((f) => f.replace(/\.md$/, ''));
    const langs: string[] = [];
    for (const slug of recaps) {
      const html = await built.read(`recaps/${slug}/index.html`);
      const tag = /<html[^>]*\blang="([^"]+)"[^>]*>/.exec(html)?.[1] ?? '';
      const dir = /<html[^>]*\bdir="([^"]+)"/.exec(html)?.[1];
      expect(dir, slug).toBe(textDirection(tag));
      langs.push(tag);
    }
    expect([...new Set(langs)].sort()).toEqual([...LANGUAGES]);
  });

  it('shows no English words on pages in other languages, outside what the authors wrote', async () => {
    const found = await siteLeaks(built.outDir, authorText);
    const leaks = Object.entries(found).filter(([, page]) => page.leaks.length > 0);
    const scanned = Object.entries(found).filter(([, page]) => page.lang !== 'en' && page.lang !== '');
    expect(scanned.length).toBeGreaterThan(LANGUAGES.length * 5);
    // The standalone timelines and the feeds of the other languages are searched too.
    expect(scanned.filter(([file]) => file.endsWith('timeline.svg')).length).toBe(LANGUAGES.length - 1);
    expect(scanned.filter(([file]) => file.endsWith('rss.xml')).length).toBeGreaterThanOrEqual(LANGUAGES.length - 1);
    expect(Object.fromEntries(leaks.map(([file, page]) => [file, page.leaks]))).toEqual({});
  });

  it('gives the pages of each language a site card in that language', async () => {
    const image = async (page: string) => /<meta property="og:image" content="[^"]*\/(og\/[^"]+)"/.exec(await built.read(page))?.[1];
    const cards = await Promise.all(['index.html', 'ar/index.html', 'ja/index.html', 'es/teams/index.html'].map(image));
    expect(new Set(cards).size).toBe(4);
    for (const card of cards) await expect(built.read(card ?? 'missing')).resolves.toBeTruthy();
  });

  it('would see a leak: English in text, in an aria-label and in an SVG title', () => {
    const page = (body: string) => `<!doctype html><html lang="es"><body>${body}</body></html>`;
    expect(leaksIn(page('<h2>Incidencias del partido</h2>'), '').leaks).toEqual([]);
    expect(leaksIn(page('<h2>Match events</h2>'), '').leaks).toContain('Match events');
    expect(leaksIn(page('<nav aria-label="More on this match"></nav>'), '').leaks).toContain('More on this match');
    expect(leaksIn(page('<svg><title>Penalty shootout</title></svg>'), '').leaks).toContain('Penalty shootout');
    expect(leaksIn(page('<p>Real Valdemora v Penalty shootout FC</p>'), 'Penalty shootout FC').leaks).toEqual([]);
    expect(readerText(page('<script>const x = "Match events";</script>')).texts).toEqual([]);
  });
});
