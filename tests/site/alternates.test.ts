/**
 * Which page stands for which in another language (src/site/alternates.ts): the switcher's links, the hreflang
 * alternates (reciprocal, with x-default) and the sitemap's, from the recaps alone; and where each language lives.
 */
import { describe, expect, it } from 'vitest';
import { headAlternates, hasLanguagePages } from '../../src/integrations/sitemap.ts';
import type { RecapLink } from '../../src/recap/model.ts';
import { hubIn, languageIndex, onlyIn, pageLanguages, recapIn, siteAlternates } from '../../src/site/alternates.ts';
import type { RecapEntry } from '../../src/site/hubs.ts';
import { languageName, languageSegment, localisedPath, recapsByLanguage, siteLanguages } from '../../src/site/languages.ts';
import { indexPagePath, teamPath, teamsPath } from '../../src/site/routes.ts';

interface Spec {
  slug: string;
  lang?: string;
  match: string;
  teams: [string, string];
  tags?: string[];
}

/** Recaps as the collection gives them: reports of one match (same `match` key) link each other. */
function recaps(specs: readonly Spec[]): RecapEntry[] {
  return specs.map((spec) => {
    const others: RecapLink[] = specs
      .filter((o) => o.match === spec.match && o.slug !== spec.slug)
      .map((o) => ({ slug: o.slug, title: o.slug, ...(o.lang ? { lang: o.lang } : {}) }));
    return {
      slug: spec.slug,
      lang: spec.lang ?? 'en',
      tags: spec.tags ?? [],
      otherReports: others,
      match: {
        key: spec.match,
        home: { slug: spec.teams[0] },
        away: { slug: spec.teams[1] },
        competitionSlug: 'cup',
      },
    } as unknown as RecapEntry;
  });
}

const MULTI = recaps([
  { slug: 'a-en', match: 'm1', teams: ['dallas', 'miami'], tags: ['Messi'] },
  { slug: 'b-es', lang: 'es', match: 'm1', teams: ['dallas', 'miami'], tags: ['Messi'] },
  { slug: 'c-es', lang: 'es', match: 'm1', teams: ['dallas', 'miami'] },
  { slug: 'd-ar', lang: 'ar', match: 'm2', teams: ['oasis', 'palms'] },
  { slug: 'e-es', lang: 'es', match: 'm3', teams: ['oasis', 'valdeluz'] },
]);

const bySlug = (slug: string) => MULTI.find((r) => r.slug === slug) as RecapEntry;

describe('languages', () => {
  it('keeps the site language first, then the others by code, and groups recaps by them', () => {
    expect(siteLanguages(MULTI, 'en')).toEqual(['en', 'ar', 'es']);
    expect(siteLanguages(MULTI, 'es')).toEqual(['es', 'ar', 'en']);
    expect([...recapsByLanguage(MULTI, 'en')].map(([lang, list]) => [lang, list.map((r) => r.slug)])).toEqual([
      ['en', ['a-en']],
      ['ar', ['d-ar']],
      ['es', ['b-es', 'c-es', 'e-es']],
    ]);
    // A site language without recaps still has its (empty) pages at the root.
    expect([...recapsByLanguage([bySlug('d-ar')], 'en').keys()]).toEqual(['en', 'ar']);
  });

  it('puts other languages under a lower-case prefix, as Astro does, and the site language at the root', () => {
    expect(localisedPath('teams/', 'es', 'en')).toBe('es/teams/');
    expect(localisedPath('teams/', 'en', 'en')).toBe('teams/');
    expect(localisedPath('', 'pt-BR', 'en')).toBe('pt-br/');
    expect(languageSegment('zh_Hant')).toBe('zh-hant');
  });

  it('names each language in its own words', () => {
    expect(['en', 'es', 'fr', 'ja', 'ar', 'tr'].map(languageName)).toEqual([
      'English',
      'Español',
      'Français',
      '日本語',
      'العربية',
      'Türkçe',
    ]);
  });
});

describe('page languages', () => {
  const index = languageIndex(MULTI, 'en');

  it('gives a single-language site no switcher and no alternates', () => {
    const single = recaps([{ slug: 'x', match: 'm', teams: ['a', 'b'] }]);
    const one = languageIndex(single, 'en');
    expect(one.languages).toEqual(['en']);
    expect(pageLanguages(one, 'en', teamsPath('en'), teamsPath)).toEqual({ lang: 'en', links: [], alternates: [] });
    expect(pageLanguages(one, 'en', 'recaps/x/', recapIn(single[0] as RecapEntry, 'en'))).toEqual({
      lang: 'en',
      links: [],
      alternates: [],
    });
    expect(siteAlternates(single, 'en').size).toBe(0);
  });

  it('links a recap to its translation in each language and to the front page of a language without one', () => {
    const page = pageLanguages(index, 'en', 'recaps/a-en/', recapIn(bySlug('a-en'), 'en'));
    expect(page.links.map((l) => [l.lang, l.name, l.path, l.current, l.translation])).toEqual([
      ['en', 'English', 'recaps/a-en/', true, false],
      ['ar', 'العربية', 'ar/', false, false],
      ['es', 'Español', 'recaps/b-es/', false, true],
    ]);
    expect(page.alternates).toEqual([
      { hreflang: 'en', path: 'recaps/a-en/' },
      { hreflang: 'es', path: 'recaps/b-es/' },
      { hreflang: 'x-default', path: 'recaps/a-en/' },
    ]);
  });

  it('lets the first report by slug stand for a language with two; the other declares no alternates but still switches', () => {
    const first = pageLanguages(index, 'es', 'recaps/b-es/', recapIn(bySlug('b-es'), 'en'));
    expect(first.alternates.map((a) => a.path)).toEqual(['recaps/a-en/', 'recaps/b-es/', 'recaps/a-en/']);
    const second = pageLanguages(index, 'es', 'recaps/c-es/', recapIn(bySlug('c-es'), 'en'));
    expect(second.alternates).toEqual([]);
    expect(second.links.find((l) => l.lang === 'en')?.path).toBe('recaps/a-en/');
    expect(second.links.find((l) => l.current)?.path).toBe('recaps/c-es/');
  });

  it('gives hubs the languages whose recaps name them, x-default the site language or else the first', () => {
    const dallas = pageLanguages(index, 'es', teamPath('dallas', 'es'), hubIn(index, teamPath, 'dallas'));
    expect(dallas.alternates).toEqual([
      { hreflang: 'en', path: 'teams/dallas/' },
      { hreflang: 'es', path: 'es/teams/dallas/' },
      { hreflang: 'x-default', path: 'teams/dallas/' },
    ]);
    expect(dallas.links.find((l) => l.lang === 'ar')).toMatchObject({ path: 'ar/', translation: false });
    const oasis = pageLanguages(index, 'ar', teamPath('oasis', 'ar'), hubIn(index, teamPath, 'oasis'));
    expect(oasis.alternates).toEqual([
      { hreflang: 'ar', path: 'ar/teams/oasis/' },
      { hreflang: 'es', path: 'es/teams/oasis/' },
      { hreflang: 'x-default', path: 'ar/teams/oasis/' },
    ]);
    expect(pageLanguages(index, 'ar', teamPath('palms', 'ar'), hubIn(index, teamPath, 'palms')).alternates).toEqual([]);
  });

  it('gives an index page after the first no alternates, and its switcher the front pages', () => {
    const path = indexPagePath(2, 'es');
    const page = pageLanguages(index, 'es', path, onlyIn('es', path));
    expect(page.alternates).toEqual([]);
    expect(page.links.map((l) => l.path)).toEqual(['', 'ar/', 'es/page/2/']);
  });

  it('declares alternates that all name each other, each page itself included, with one x-default', () => {
    const all = siteAlternates(MULTI, 'en');
    expect([...all.keys()].sort()).toEqual(
      [
        '',
        'ar/',
        'es/',
        'teams/',
        'ar/teams/',
        'es/teams/',
        'competitions/',
        'ar/competitions/',
        'es/competitions/',
        'tags/',
        'ar/tags/',
        'es/tags/',
        'search/',
        'ar/search/',
        'es/search/',
        'teams/dallas/',
        'es/teams/dallas/',
        'teams/miami/',
        'es/teams/miami/',
        'ar/teams/oasis/',
        'es/teams/oasis/',
        'competitions/cup/',
        'ar/competitions/cup/',
        'es/competitions/cup/',
        'tags/messi/',
        'es/tags/messi/',
        'recaps/a-en/',
        'recaps/b-es/',
      ].sort(),
    );
    for (const [path, alternates] of all) {
      const languages = alternates.filter((a) => a.hreflang !== 'x-default');
      expect(
        languages.map((a) => a.path),
        path,
      ).toContain(path);
      expect(
        alternates.filter((a) => a.hreflang === 'x-default'),
        path,
      ).toHaveLength(1);
      expect(new Set(languages.map((a) => a.hreflang)).size, path).toBe(languages.length);
      for (const other of languages) expect(all.get(other.path), `${other.path} names ${path}`).toEqual(alternates);
    }
  });
});

describe('sitemap alternates from built pages', () => {
  it('reads the canonical URL and hreflang links of a head, whatever the attribute order and quoting', () => {
    const head = [
      '<link rel="canonical" href="https://x.test/es/teams/">',
      `<link hreflang='en' rel=alternate href="https://x.test/teams/">`,
      '<link rel="alternate" hreflang="x-default" href="https://x.test/teams/?a=1&amp;b=2" />',
      '<link rel="alternate" type="application/rss+xml" href="https://x.test/es/rss.xml">',
    ].join('');
    expect(headAlternates(head)).toEqual({
      canonical: 'https://x.test/es/teams/',
      links: [
        { lang: 'en', url: 'https://x.test/teams/' },
        { lang: 'x-default', url: 'https://x.test/teams/?a=1&b=2' },
      ],
    });
  });

  it('reads pages only when the build has a language front page', () => {
    expect(hasLanguagePages(['', 'teams/', 'recaps/x/', 'page/2/'])).toBe(false);
    expect(hasLanguagePages(['', 'teams/', 'en/'])).toBe(true);
  });
});
