/**
 * Integration: a site written in three languages (tests/site/languages-fixture: English, two Spanish reports of an
 * English-reported match, an Arabic match) built for real at the root and under a base path, one recap per index
 * page; and a site in one language, which must look as it always did.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { LANGUAGES, translator } from '../../src/i18n/index.ts';
import { languageSegment } from '../../src/site/languages.ts';
import { buildSite, type BuiltSite } from '../helpers/site.ts';
import { anchors, attr, brokenRefs, byClass, fileFor, filesUnder, readPages, textOf, type Page } from './dist.ts';

const FIXTURE = 'tests/site/languages-fixture';
const SINGLE = 'tests/fixtures/site';
const ORIGIN = 'https://fulltime.example';
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'xhtml:link', 'sitemap'].includes(name) });

interface Built {
  readonly site: BuiltSite;
  readonly base: string;
  readonly pages: Page[];
  page(urlPath: string): Page;
}

async function build(contentDir: string, base: string, env: Record<string, string> = {}): Promise<Built> {
  const site = await buildSite({ contentDir, env: { FULLTIME_BASE: base, FULLTIME_PAGE_SIZE: '1', FULLTIME_SITE_URL: ORIGIN, ...env } });
  expect(site.code, site.stderr).toBe(0);
  const pages = await readPages(site.outDir, base);
  const page = (urlPath: string) => {
    const found = pages.find((p) => p.urlPath === encodeURI(urlPath));
    if (!found) throw new Error(`no page at ${urlPath}; pages: ${pages.map((p) => p.urlPath).join(', ')}`);
    return found;
  };
  return { site, base, pages, page };
}

/** A page's hreflang alternates: language (or x-default) → absolute URL. */
function alternatesOf(page: Page): Map<string, string> {
  const links = page.elements.filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'alternate' && attr(e, 'hrefLang'));
  return new Map(links.map((e) => [attr(e, 'hrefLang') as string, attr(e, 'href') as string]));
}

const canonicalOf = (page: Page) =>
  attr(
    page.elements.find((e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical')!,
    'href',
  );
const htmlOf = (page: Page) => page.elements.find((e) => e.tagName === 'html')!;
const switcherOf = (page: Page) => byClass(page, 'languages')[0];

/** The switcher's entries: language, name and link. */
function switcherLinks(page: Page): [string, string, string, boolean][] {
  const nav = switcherOf(page);
  if (!nav) return [];
  const links: [string, string, string, boolean][] = [];
  const walk = (node: typeof nav) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'a')
        links.push([attr(child, 'lang') ?? '', textOf(child).trim(), attr(child, 'href') ?? '', attr(child, 'ariaCurrent') === 'page']);
      else walk(child);
    }
  };
  walk(nav);
  return links;
}

let root: Built;
let based: Built;
let single: Built;
let spanish: Built;
let french: Built;

beforeAll(async () => {
  [root, based, single, spanish, french] = await Promise.all([
    build(FIXTURE, '/'),
    build(FIXTURE, '/fulltime/'),
    build(SINGLE, '/'),
    build(FIXTURE, '/', { FULLTIME_LANG: 'es' }),
    build(FIXTURE, '/', { FULLTIME_LANG: 'fr' }),
  ]);
}, 600_000);

describe('a site in several languages', () => {
  it('gives each language its own index pages, hubs, feeds and search page; the site language keeps the root', async () => {
    const files = await filesUnder(root.site.outDir);
    for (const file of [
      'index.html',
      'page/2/index.html',
      'es/index.html',
      'es/page/2/index.html',
      'ar/index.html',
      'teams/fc-dallas/index.html',
      'es/teams/fc-dallas/index.html',
      'es/teams/fc-dallas/rss.xml',
      'es/competitions/leagues-cup/index.html',
      'es/tags/analisis/index.html',
      'ar/teams/index.html',
      'rss.xml',
      'es/rss.xml',
      'ar/rss.xml',
      'search/index.html',
      'es/search/index.html',
      'ar/search/index.html',
    ])
      expect(files, file).toContain(file);
    // No prefix for the site's language, no page in a language for a hub that language's recaps do not name.
    expect(files.filter((f) => f.startsWith('en/'))).toEqual([]);
    expect(files).not.toContain('es/teams/kelvingate-fc/index.html');
    expect(files).not.toContain('es/page/3/index.html');
    expect(files.filter((f) => f.startsWith('recaps/') && f.endsWith('/index.html'))).toHaveLength(5);
    expect(attr(htmlOf(root.page('/es/teams/')), 'lang')).toBe('es');
    expect(attr(htmlOf(root.page('/ar/')), 'lang')).toBe('ar');
    expect(attr(htmlOf(root.page('/recaps/frisco-es/')), 'lang')).toBe('es');
    expect(attr(htmlOf(root.page('/teams/')), 'lang')).toBe('en');
  });

  it.each([
    ['the root', () => root],
    ['a base path', () => based],
  ])('has no broken internal link at %s', (_, built) => {
    const b = built();
    expect(brokenRefs(b.pages, b.site.outDir, b.base, ORIGIN)).toEqual([]);
  });

  it('links each page to itself in every language from the switcher, or to that language’s front page', () => {
    expect(switcherLinks(root.page('/es/teams/fc-dallas/'))).toEqual([
      ['en', 'English', '/teams/fc-dallas/', false],
      ['ar', 'العربية', '/ar/', false],
      ['es', 'Español', '/es/teams/fc-dallas/', true],
    ]);
    expect(switcherLinks(based.page('/fulltime/recaps/frisco-en/'))).toEqual([
      ['en', 'English', '/fulltime/recaps/frisco-en/', true],
      ['ar', 'العربية', '/fulltime/ar/', false],
      ['es', 'Español', '/fulltime/recaps/frisco-es/', false],
    ]);
    expect(switcherLinks(root.page('/es/page/2/')).map(([, , href]) => href)).toEqual(['/', '/ar/', '/es/page/2/']);
  });

  it.each([
    ['the root', () => root],
    ['a base path', () => based],
  ])('declares hreflang alternates at %s that name each other, the page itself and one x-default', (_, built) => {
    const b = built();
    const byUrl = new Map(b.pages.map((p) => [canonicalOf(p), p]));
    let withAlternates = 0;
    for (const page of b.pages) {
      const alternates = alternatesOf(page);
      if (alternates.size === 0) continue;
      withAlternates++;
      expect([...alternates.keys()], page.file).toContain('x-default');
      const languages = [...alternates].filter(([lang]) => lang !== 'x-default');
      expect(languages.length, page.file).toBeGreaterThan(1);
      expect(
        languages.map(([, href]) => href),
        page.file,
      ).toContain(canonicalOf(page));
      expect(languages.find(([, href]) => href === canonicalOf(page))?.[0], page.file).toBe(attr(htmlOf(page), 'lang'));
      for (const [, href] of languages) {
        const other = byUrl.get(href);
        expect(other, `${page.file} → ${href}`).toBeDefined();
        expect(alternatesOf(other!), `${href} names ${page.file} back`).toEqual(alternates);
      }
    }
    // Index, hub lists and search in three languages; Dallas, Miami, the Leagues Cup (competition and tag) and messi in two; a recap pair.
    expect(withAlternates).toBe(3 * 5 + 2 * 5 + 2);
    // A second report in a language does not stand for it: it declares no alternates.
    expect(alternatesOf(b.page(`${b.base}recaps/frisco-es-analisis/`)).size).toBe(0);
    expect(alternatesOf(b.page(`${b.base}recaps/frisco-es/`)).get('x-default')).toBe(`${ORIGIN}${b.base}recaps/frisco-en/`);
    expect(alternatesOf(b.page(`${b.base}page/2/`)).size).toBe(0);
  });

  it.each([
    ['the root', () => root],
    ['a base path', () => based],
  ])('lists the same alternates in the sitemap at %s, as valid XML', async (_, built) => {
    const b = built();
    const text = await b.site.read('sitemap-0.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const urls = (xml.parse(text) as { urlset: { url: { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }[] } })
      .urlset.url;
    const byUrl = new Map(b.pages.map((p) => [canonicalOf(p), p]));
    let listed = 0;
    for (const entry of urls) {
      const page = byUrl.get(entry.loc);
      expect(page, entry.loc).toBeDefined();
      const links = new Map((entry['xhtml:link'] ?? []).map((l) => [l['@_hreflang'], l['@_href']]));
      expect(links, entry.loc).toEqual(alternatesOf(page!));
      if (links.size > 0) listed++;
    }
    expect(listed).toBe(27);
  });

  it('gives each language a feed of its own recaps only, with its language', async () => {
    const feed = async (file: string) => {
      const channel = (xml.parse(await root.site.read(file)) as { rss: { channel: { language: string; item?: { link: string }[] } } }).rss
        .channel;
      return { language: channel.language, links: (channel.item ?? []).map((i) => i.link.replace(ORIGIN, '')) };
    };
    expect(await feed('rss.xml')).toEqual({ language: 'en', links: ['/recaps/kelvingate-portmoor-en/', '/recaps/frisco-en/'] });
    expect(await feed('es/rss.xml')).toEqual({ language: 'es', links: ['/recaps/frisco-es-analisis/', '/recaps/frisco-es/'] });
    expect(await feed('ar/rss.xml')).toEqual({ language: 'ar', links: ['/recaps/oasis-palms-ar/'] });
    expect(await feed('es/teams/inter-miami-cf/rss.xml')).toEqual({
      language: 'es',
      links: ['/recaps/frisco-es-analisis/', '/recaps/frisco-es/'],
    });
    expect((await feed('teams/inter-miami-cf/rss.xml')).links).toEqual(['/recaps/frisco-en/']);
    expect((await feed('teams/portmoor-rovers/rss.xml')).links).toEqual(['/recaps/kelvingate-portmoor-en/']);
  });

  it('links reports in other languages as translations in the reader’s words, and same-language ones as other reports', () => {
    const english = root.page('/recaps/frisco-en/');
    const translations = byClass(english, 'other-reports--translations')[0]!;
    const texts = textOf(translations).replace(/\s+/g, ' ');
    const readIn = translator('en')('reports.read-in', { language: 'Español' });
    expect(texts).toContain(readIn);
    expect(texts.match(new RegExp(readIn, 'g'))).toHaveLength(2);
    const spanish = root.page('/recaps/frisco-es/');
    const es = translator('es');
    expect(textOf(byClass(spanish, 'other-reports--translations')[0]!).replace(/\s+/g, ' ')).toContain(
      es('reports.read-in', { language: 'English' }),
    );
    expect(textOf(spanish.elements.find((e) => attr(e, 'id') === 'other-reports-title')!).trim()).toBe(es('reports.same-match'));
    expect(anchors(spanish)).toContain('/recaps/frisco-es-analisis/');
  });

  it('indexes each language apart for search, and each search page names its own language', async () => {
    const entry = JSON.parse(await root.site.read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, index]) => [lang, index.page_count]))).toEqual({
      en: 2,
      es: 2,
      ar: 1,
    });
    for (const lang of ['es', 'ar']) {
      const page = root.page(`/${lang}/search/`);
      expect(attr(htmlOf(page), 'lang')).toBe(lang);
      const form = page.elements.find((e) => e.tagName === 'form')!;
      expect(attr(form, 'action')).toBe(`/${lang}/search/`);
      expect(JSON.parse(attr(form, 'dataMessages')!)).toMatchObject({ 'none-filtered': translator(lang)('page.search.none-filtered') });
    }
  });
});

describe('a site whose own language is not English (FULLTIME_LANG=es)', () => {
  it('keeps Spanish at the root and puts English under /en/, with every link working', async () => {
    const files = await filesUnder(spanish.site.outDir);
    expect(files).toContain('en/index.html');
    expect(files).toContain('en/teams/fc-dallas/index.html');
    expect(files.filter((f) => f.startsWith('es/'))).toEqual([]);
    expect(attr(htmlOf(spanish.page('/')), 'lang')).toBe('es');
    expect(attr(htmlOf(spanish.page('/en/')), 'lang')).toBe('en');
    expect(switcherLinks(spanish.page('/teams/fc-dallas/'))).toEqual([
      ['es', 'Español', '/teams/fc-dallas/', true],
      ['ar', 'العربية', '/ar/', false],
      ['en', 'English', '/en/teams/fc-dallas/', false],
    ]);
    // x-default is the site's language.
    expect(alternatesOf(spanish.page('/recaps/frisco-en/')).get('x-default')).toBe(`${ORIGIN}/recaps/frisco-es/`);
    expect(brokenRefs(spanish.pages, spanish.site.outDir, '/', ORIGIN)).toEqual([]);
  });

  it('describes its own feed in Spanish, as its pages do', async () => {
    const channel = (xml.parse(await spanish.site.read('rss.xml')) as { rss: { channel: { language: string; description: string } } }).rss
      .channel;
    expect(channel.language).toBe('es');
    expect(channel.description).toBe(translator('es')('site.description'));
    expect(await spanish.site.read('index.html')).toContain(`<meta name="description" content="${channel.description}"`);
  });
});

describe('a site whose own language has no recaps (FULLTIME_LANG=fr, recaps in en, es and ar)', () => {
  it('points readers from its front page to the languages that have recaps, not to `npm run new`', () => {
    const front = french.page('/');
    expect(attr(htmlOf(front), 'lang')).toBe('fr');
    const note = byClass(front, 'index__elsewhere')[0];
    expect(note && textOf(note)).toContain(translator('fr')('page.index.empty-language'));
    const links = (note?.children ?? []).filter((c): c is Element => c.type === 'element' && c.tagName === 'a');
    expect(links.map((a) => [attr(a, 'lang'), attr(a, 'href')])).toEqual([
      ['ar', '/ar/'],
      ['en', '/en/'],
      ['es', '/es/'],
    ]);
    expect(front.html).not.toContain('npm run new');
    expect(brokenRefs(french.pages, french.site.outDir, '/', ORIGIN)).toEqual([]);
  });
});

describe('a site in one language', () => {
  it('has no language prefix, no switcher and no alternates anywhere', async () => {
    const files = await filesUnder(single.site.outDir);
    expect(files.filter((f) => LANGUAGES.some((lang) => f.startsWith(`${languageSegment(lang)}/`)))).toEqual([]);
    for (const page of single.pages) {
      expect(switcherOf(page), page.file).toBeUndefined();
      expect(alternatesOf(page).size, page.file).toBe(0);
    }
    expect(await single.site.read('sitemap-0.xml')).not.toContain('xhtml:link');
    expect(fileFor(single.site.outDir, '/', '/search/')).toBe(path.join(single.site.outDir, 'search/index.html'));
    expect(await readFile(path.join(single.site.outDir, 'rss.xml'), 'utf8')).toContain('<language>en</language>');
  });
});
