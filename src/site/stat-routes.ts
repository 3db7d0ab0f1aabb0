/**
 * Where the pages of players, tables and round-ups live (beside `routes.ts`, same conventions: site-relative
 * paths without the base, `…Url` links with it, slugs percent-encoded).
 */
import { url } from '../lib/urls.ts';

const segment = (slug: string) => encodeURIComponent(slug);

/** `competitions/<slug>/rss.xml`: the competition's round-ups. */
export const competitionFeedPath = (slug: string): string => `competitions/${segment(slug)}/rss.xml`;
/** `competitions/<slug>/<season>/<round>/`: a round-up. */
export const roundupPath = (competition: string, season: string, round: string): string =>
  `competitions/${segment(competition)}/${segment(season)}/${segment(round)}/`;
/** `players/`. */
export const playersPath = (): string => 'players/';
/** `players/<slug>/`. */
export const playerPath = (slug: string): string => `players/${segment(slug)}/`;

/** Link to a competition's round-up feed. */
export const competitionFeedUrl = (slug: string): string => url(competitionFeedPath(slug));
/** Link to a round-up. */
export const roundupUrl = (competition: string, season: string, round: string): string => url(roundupPath(competition, season, round));
/** Link to the players index. */
export const playersUrl = (): string => url(playersPath());
/** Link to a player page. */
export const playerUrl = (slug: string): string => url(playerPath(slug));
