/**
 * Structured data for a recap: a schema.org NewsArticle about the SportsEvent it reports, and a serialiser
 * that keeps any frontmatter text from closing the `<script>` element it is written into.
 */
import type { NewsArticle, Organization, Person, Place, SportsEvent, SportsTeam, WithContext } from 'schema-dts';
import type { Match, Side, Team } from '../recap/model.ts';
import type { RecapEntry } from './hubs.ts';
import { translator, type Translator } from '../i18n/index.ts';
import { competitionLine, matchHeadline } from '../recap/present.ts';

/** What the structured data needs besides the recap. */
export interface JsonLdSettings {
  /** Absolute URL of the recap page. */
  readonly pageUrl: string;
  /** Publication name and absolute home page URL. */
  readonly siteName: string;
  readonly siteUrl: string;
  /** BCP 47 language of the site; the recap's own `lang` wins for its article (`inLanguage`) and its words. */
  readonly lang: string;
  /** Absolute URL of the social card image, when one is generated. */
  readonly image?: string;
  /** Absolute URL of a team's hub page. */
  readonly teamUrl: (slug: string) => string;
}

/** The sport every match on this site is, in schema.org's words. */
export const SPORT = 'Soccer';

/** A team as a schema.org SportsTeam, identified by its hub page; with the players of a match as `athlete`. */
export function sportsTeam(team: Team, settings: Pick<JsonLdSettings, 'teamUrl'>, players: readonly { name: string }[] = []): SportsTeam {
  const url = settings.teamUrl(team.slug);
  const athlete: Person[] = players.map((player) => ({ '@type': 'Person', name: player.name }));
  return { '@type': 'SportsTeam', '@id': `${url}#team`, name: team.name, sport: SPORT, url, ...(athlete.length > 0 ? { athlete } : {}) };
}

/** The match as a schema.org SportsEvent, named in `t`'s language. A played match keeps `EventScheduled`: it took place as planned. */
export function sportsEvent(match: Match, settings: Pick<JsonLdSettings, 'teamUrl'>, t: Translator): SportsEvent {
  // A side with a line-up carries its players, starters then substitutes, as `athlete`.
  const withPlayers = (side: Side): SportsTeam => {
    const lineup = match.lineups?.[side];
    return sportsTeam(match[side], settings, lineup ? [...lineup.starting, ...lineup.bench] : []);
  };
  const home = withPlayers('home');
  const away = withPlayers('away');
  const location: Place | undefined = match.venue ? { '@type': 'Place', name: match.venue } : undefined;
  const referee: Person | undefined = match.referee ? { '@type': 'Person', name: match.referee } : undefined;
  return {
    '@type': 'SportsEvent',
    name: t('match.event-name', { home: match.home.name, away: match.away.name, competition: competitionLine(match, t) }),
    description: matchHeadline(match, t),
    sport: SPORT,
    startDate: match.kickoff,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    homeTeam: home,
    awayTeam: away,
    competitor: [home, away],
    ...(location ? { location } : {}),
    ...(referee ? { referee } : {}),
  };
}

/** The NewsArticle for a recap page, `about` its match. */
export function recapJsonLd(recap: RecapEntry, settings: JsonLdSettings): WithContext<NewsArticle> {
  const t = translator(recap.lang ?? settings.lang);
  const publisher: Organization = { '@type': 'Organization', name: settings.siteName, url: settings.siteUrl };
  const author: Person | Organization = recap.author ? { '@type': 'Person', name: recap.author } : publisher;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: recap.title,
    description: recap.description,
    url: settings.pageUrl,
    mainEntityOfPage: { '@type': 'WebPage', '@id': settings.pageUrl },
    datePublished: recap.date,
    dateModified: recap.updated ?? recap.date,
    inLanguage: t.lang,
    author,
    publisher,
    articleSection: recap.match.competition,
    ...(recap.tags.length > 0 ? { keywords: [...recap.tags] } : {}),
    ...(settings.image ? { image: [settings.image] } : {}),
    about: sportsEvent(recap.match, settings, t),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` become \u escapes so no text
 * can close the element or open a comment; U+2028/U+2029 too, for consumers that read it as JavaScript.
 */
export function serialiseJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
