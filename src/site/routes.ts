/**
 * Where every generated page lives. Paths are site-relative (no base, for canonical URLs and sitemaps);
 * the `…Url` functions add the base path for links. Slugs are percent-encoded so names without a Latin
 * transliteration still make valid links.
 */
import { url } from '../lib/urls.ts';

const segment = (slug: string) => encodeURIComponent(slug);

/** `recaps/<slug>/`. */
export const recapPath = (slug: string): string => `recaps/${segment(slug)}/`;
/** `teams/`. */
export const teamsPath = (): string => 'teams/';
/** `teams/<slug>/`. */
export const teamPath = (slug: string): string => `teams/${segment(slug)}/`;
/** `teams/<slug>/rss.xml`. */
export const teamFeedPath = (slug: string): string => `teams/${segment(slug)}/rss.xml`;
/** `competitions/`. */
export const competitionsPath = (): string => 'competitions/';
/** `competitions/<slug>/`. */
export const competitionPath = (slug: string): string => `competitions/${segment(slug)}/`;
/** `tags/`. */
export const tagsPath = (): string => 'tags/';
/** `tags/<slug>/`. */
export const tagPath = (slug: string): string => `tags/${segment(slug)}/`;
/** `rss.xml`. */
export const feedPath = (): string => 'rss.xml';
/** The index page `n` (1-based): `` for the first page, `page/<n>/` after it. */
export const indexPagePath = (n: number): string => (n <= 1 ? '' : `page/${n}/`);

/** Link to a team hub. */
export const teamUrl = (slug: string): string => url(teamPath(slug));
/** Link to a team's feed. */
export const teamFeedUrl = (slug: string): string => url(teamFeedPath(slug));
/** Link to a competition hub. */
export const competitionUrl = (slug: string): string => url(competitionPath(slug));
/** Link to a tag hub. */
export const tagUrl = (slug: string): string => url(tagPath(slug));
/** Link to an index page. */
export const indexPageUrl = (n: number): string => url(indexPagePath(n));
