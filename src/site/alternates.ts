/**
 * Which page stands for which in another language: what the language switcher links to, the
 * `<link rel="alternate" hreflang>` tags of a page and the alternates the sitemap lists all come from here,
 * so the three always agree. Index, hub list and search pages exist in every language of the site; a hub
 * exists in the languages whose recaps name its team, competition or tag; a recap's translations are the
 * other reports of its match written in other languages (one per language, so alternates stay reciprocal:
 * of two reports in one language the first by slug stands for it, and the other declares no alternates).
 */
import type { RecapLink } from '../recap/model.ts';
import { tagSlug, type RecapEntry } from './hubs.ts';
import { languageName, languageOf, languageParam, recapsByLanguage, siteLanguages } from './languages.ts';
import {
  competitionPath,
  competitionsPath,
  defaultLanguage,
  indexPagePath,
  recapPath,
  searchPath,
  tagPath,
  tagsPath,
  teamPath,
  teamsPath,
} from './routes.ts';

/** A page's path in each language: undefined where the page does not exist in that language. */
export type PathIn = (lang: string) => string | undefined;

/** One `<link rel="alternate" hreflang>`: a language tag or `x-default`, and a site-relative path. */
export interface Alternate {
  readonly hreflang: string;
  readonly path: string;
}

/** One entry of the language switcher. */
export interface LanguageLink {
  readonly lang: string;
  /** The language's name in that language ("Español"). */
  readonly name: string;
  /** Site-relative path: this page in that language, else that language's front page. */
  readonly path: string;
  /** True for the page's own language. */
  readonly current: boolean;
  /** True when the link leads to this page in that language (not to that language's front page). */
  readonly translation: boolean;
}

/** A page's place among the site's languages. */
export interface PageLanguages {
  /** The page's language. */
  readonly lang: string;
  /** The switcher: every language of the site, in site order; empty on a single-language site. */
  readonly links: readonly LanguageLink[];
  /** hreflang alternates, the page itself and `x-default` included; empty when the page has no translation. */
  readonly alternates: readonly Alternate[];
}

/** A hub page (team, competition or tag) and the languages it exists in. */
interface Hub {
  readonly pathOf: (slug: string, lang?: string) => string;
  readonly slug: string;
  readonly langs: readonly string[];
}

/** What exists in which language, computed once from the recaps. */
export interface LanguageIndex {
  /** The site's language first, then the others by code. */
  readonly languages: readonly string[];
  readonly defaultLang: string;
  /** Every hub, by its path in the site's language (`teams/x/`). */
  readonly hubs: ReadonlyMap<string, Hub>;
}

/** The languages of the site and of each hub. */
export function languageIndex(recaps: readonly RecapEntry[], defaultLang = defaultLanguage): LanguageIndex {
  const languages = siteLanguages(recaps, defaultLang);
  // Keyed by kind and slug while counting (paths are made once per hub, not once per recap: 10,000 recaps in ~15 ms).
  const found = new Map<string, { pathOf: Hub['pathOf']; slug: string; langs: Set<string> }>();
  const add = (kind: string, pathOf: Hub['pathOf'], slug: string, lang: string) => {
    const key = `${kind}\0${slug}`;
    const hub = found.get(key);
    if (hub) hub.langs.add(lang);
    else found.set(key, { pathOf, slug, langs: new Set([lang]) });
  };
  const langOf = new Map<string | undefined, string>();
  for (const recap of recaps) {
    let lang = langOf.get(recap.lang);
    if (lang === undefined) langOf.set(recap.lang, (lang = languageOf(recap, defaultLang)));
    add('t', teamPath, recap.match.home.slug, lang);
    add('t', teamPath, recap.match.away.slug, lang);
    add('c', competitionPath, recap.match.competitionSlug, lang);
    for (const tag of recap.tags) add('g', tagPath, tagSlug(tag), lang);
  }
  const hubs = new Map<string, Hub>();
  for (const hub of found.values()) {
    if (hub.slug === '') continue;
    hubs.set(hub.pathOf(hub.slug), { ...hub, langs: languages.filter((lang) => hub.langs.has(lang)) });
  }
  return { languages, defaultLang, hubs };
}

/** A hub page, given its path function (`teamPath`…) and slug: it exists where the index says. */
export function hubIn(index: LanguageIndex, pathOf: Hub['pathOf'], slug: string): PathIn {
  return hubPaths(index.hubs.get(pathOf(slug)) ?? { pathOf, slug, langs: [] });
}

function hubPaths(hub: Hub): PathIn {
  return (lang) => (hub.langs.includes(lang) ? hub.pathOf(hub.slug, lang) : undefined);
}

/** A recap's reports by language: of several reports in one language, the first by slug stands for it. */
export function recapIn(
  recap: Pick<RecapEntry, 'slug' | 'lang'> & { otherReports: readonly RecapLink[] },
  defaultLang = defaultLanguage,
): PathIn {
  const bySlug = [recap, ...recap.otherReports].sort((a, b) => a.slug.localeCompare(b.slug));
  const chosen = new Map<string, string>();
  for (const report of bySlug) {
    const lang = languageOf(report, defaultLang);
    if (!chosen.has(lang)) chosen.set(lang, report.slug);
  }
  return (lang) => {
    const slug = chosen.get(lang);
    return slug === undefined ? undefined : recapPath(slug);
  };
}

/** A page that exists only in its own language (an index page after the first, the 404 page). */
export function onlyIn(lang: string, path: string): PathIn {
  return (other) => (other === lang ? path : undefined);
}

/**
 * The switcher links and hreflang alternates of the page at `path` in `lang`. Alternates are declared only when
 * the page stands for its language (it is what `pathIn(lang)` gives), so every page it names names it back.
 */
export function pageLanguages(index: LanguageIndex, lang: string, path: string, pathIn: PathIn): PageLanguages {
  if (index.languages.length < 2) return { lang, links: [], alternates: [] };
  const links = index.languages.map((other) => {
    const there = other === lang ? path : pathIn(other);
    return {
      lang: other,
      name: languageName(other),
      path: there ?? indexPagePath(1, other),
      current: other === lang,
      translation: other !== lang && there !== undefined,
    };
  });
  const existing = index.languages.flatMap((other) => {
    const there = pathIn(other);
    return there === undefined ? [] : [{ hreflang: other, path: there }];
  });
  if (existing.length < 2 || pathIn(lang) !== path) return { lang, links, alternates: [] };
  const fallback = existing.find((a) => a.hreflang === index.defaultLang) ?? (existing[0] as Alternate);
  return { lang, links, alternates: [...existing, { hreflang: 'x-default', path: fallback.path }] };
}

/** The pages of every language family of the site: the section pages, the hubs and the recaps. */
function families(index: LanguageIndex, recaps: readonly RecapEntry[]): PathIn[] {
  const sections: PathIn[] = [(lang) => indexPagePath(1, lang), teamsPath, competitionsPath, tagsPath, searchPath];
  const hubs = [...index.hubs.values()].map(hubPaths);
  const translated = recaps.filter((r) => r.otherReports.length > 0).map((r) => recapIn(r, index.defaultLang));
  return [...sections, ...hubs, ...translated];
}

/** Every page with translations and its hreflang alternates, by site-relative path: the whole site at once (tests check it is reciprocal). */
export function siteAlternates(recaps: readonly RecapEntry[], defaultLang = defaultLanguage): Map<string, readonly Alternate[]> {
  const index = languageIndex(recaps, defaultLang);
  const out = new Map<string, readonly Alternate[]>();
  if (index.languages.length < 2) return out;
  for (const pathIn of families(index, recaps)) {
    for (const lang of index.languages) {
      const path = pathIn(lang);
      if (path === undefined || out.has(path)) continue;
      const { alternates } = pageLanguages(index, lang, path, pathIn);
      if (alternates.length > 0) out.set(path, alternates);
    }
  }
  return out;
}

/** One language's share of the site, for the `[...lang]` routes. */
export interface LanguageRoute {
  readonly lang: string;
  /** The `[...lang]` route parameter: undefined for the site's language (the root). */
  readonly param: string | undefined;
  /** That language's recaps, in the order given. */
  readonly recaps: readonly RecapEntry[];
}

/** Every language of the site with its recaps (the site's language first, even without recaps). */
export function languageRoutes<T extends RecapEntry>(
  recaps: readonly T[],
  index: LanguageIndex,
): (LanguageRoute & { recaps: readonly T[] })[] {
  const groups = recapsByLanguage(recaps, index.defaultLang);
  return index.languages.map((lang) => ({ lang, param: languageParam(lang, index.defaultLang), recaps: groups.get(lang) ?? [] }));
}
