/**
 * Where every generated page lives. Paths are site-relative (no base, for canonical URLs and sitemaps);
 * the `…Url` functions add the base path for links. Slugs are percent-encoded so names without a Latin
 * transliteration still make valid links. Pages that exist once per language (index, hubs, feeds, search)
 * take the page's language: the site's own language stays at the root, others go under `<lang>/`
 * (src/site/languages.ts). Recap pages have one address whatever their language: slugs are unique.
 */
import { site } from '../config.ts';
import { url } from '../lib/urls.ts';
import { localisedPath, siteLanguage } from './languages.ts';

const segment = (slug: string) => encodeURIComponent(slug);

/** The site's own language (its pages have no language prefix). */
export const defaultLanguage: string = siteLanguage(site.lang);

/** `path` in `lang`: unchanged for the site's language (or no language), else under `<lang>/`. */
export const languagePath = (path: string, lang?: string): string => (lang ? localisedPath(path, lang, defaultLanguage) : path);

/** `recaps/<slug>/`. */
export const recapPath = (slug: string): string => `recaps/${segment(slug)}/`;
/** `teams/`. */
export const teamsPath = (lang?: string): string => languagePath('teams/', lang);
/** `teams/<slug>/`. */
export const teamPath = (slug: string, lang?: string): string => languagePath(`teams/${segment(slug)}/`, lang);
/** `teams/<slug>/rss.xml`. */
export const teamFeedPath = (slug: string, lang?: string): string => languagePath(`teams/${segment(slug)}/rss.xml`, lang);
/** `competitions/`. */
export const competitionsPath = (lang?: string): string => languagePath('competitions/', lang);
/** `competitions/<slug>/`. */
export const competitionPath = (slug: string, lang?: string): string => languagePath(`competitions/${segment(slug)}/`, lang);
/** `tags/`. */
export const tagsPath = (lang?: string): string => languagePath('tags/', lang);
/** `tags/<slug>/`. */
export const tagPath = (slug: string, lang?: string): string => languagePath(`tags/${segment(slug)}/`, lang);
/** `rss.xml`. */
export const feedPath = (lang?: string): string => languagePath('rss.xml', lang);
/** `search/`. */
export const searchPath = (lang?: string): string => languagePath('search/', lang);
/** The index page `n` (1-based): `` for the first page, `page/<n>/` after it. */
export const indexPagePath = (n: number, lang?: string): string => languagePath(n <= 1 ? '' : `page/${n}/`, lang);

/** Link to a team hub. */
export const teamUrl = (slug: string, lang?: string): string => url(teamPath(slug, lang));
/** Link to a team's feed. */
export const teamFeedUrl = (slug: string, lang?: string): string => url(teamFeedPath(slug, lang));
/** Link to a competition hub. */
export const competitionUrl = (slug: string, lang?: string): string => url(competitionPath(slug, lang));
/** Link to a tag hub. */
export const tagUrl = (slug: string, lang?: string): string => url(tagPath(slug, lang));
/** Link to an index page. */
export const indexPageUrl = (n: number, lang?: string): string => url(indexPagePath(n, lang));
