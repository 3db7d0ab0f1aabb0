/**
 * RSS feeds (the site's and each team's) as options for @astrojs/rss: absolute links, the full description,
 * categories (competition, teams, tags), the author as dc:creator and, when given, the rendered narrative.
 */
import type { RSSOptions, RSSFeedItem } from '@astrojs/rss';
import { translator } from '../i18n/index.ts';
import { matchHeadline } from '../recap/present.ts';
import type { RecapEntry } from './hubs.ts';
import { recapPath } from './routes.ts';

/** What a feed needs besides its recaps. */
export interface FeedSettings {
  readonly title: string;
  readonly description: string;
  /** Absolute URL of the page the feed belongs to (the channel link). */
  readonly link: string;
  /** Absolute URL of the feed itself (atom:link rel=self). */
  readonly self: string;
  /** BCP 47 language of the content. */
  readonly lang: string;
  /** Turns a site-relative path into an absolute URL (honours the base path). */
  readonly absolute: (path: string) => string;
  /** The rendered HTML narrative of a recap, for content:encoded; omitted when it returns undefined. */
  readonly html?: (slug: string) => string | undefined;
}

/** Escapes text for an XML element or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A publication date (YYYY-MM-DD) as the instant RSS readers sort by: midnight UTC. */
export function pubDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** One feed item for a recap. */
export function feedItem(recap: RecapEntry, settings: FeedSettings): RSSFeedItem {
  const { match } = recap;
  const categories = [...new Set([match.competition, match.home.name, match.away.name, ...recap.tags])];
  const html = settings.html?.(recap.slug);
  return {
    title: recap.title,
    link: settings.absolute(recapPath(recap.slug)),
    pubDate: pubDate(recap.date),
    // The scoreline leads, so a reader that shows only the description still gets the result; in the recap's language.
    description: `${matchHeadline(match, translator(recap.lang))}. ${recap.description}`,
    categories,
    ...(recap.author ? { customData: `<dc:creator>${escapeXml(recap.author)}</dc:creator>` } : {}),
    ...(html === undefined ? {} : { content: html }),
  };
}

/** The options for `rss()`: channel metadata and the recaps, newest first, drafts never included. */
export function feedOptions(recaps: readonly RecapEntry[], settings: FeedSettings): RSSOptions {
  const items = recaps.filter((r) => !r.draft);
  const latest = items.reduce<string | undefined>(
    (max, r) => ((r.updated ?? r.date) > (max ?? '') ? (r.updated ?? r.date) : max),
    undefined,
  );
  const channel = [
    `<language>${escapeXml(settings.lang)}</language>`,
    `<atom:link href="${escapeXml(settings.self)}" rel="self" type="application/rss+xml"/>`,
    // The newest date in the content, not the clock: the same content gives the same feed.
    ...(latest ? [`<lastBuildDate>${pubDate(latest).toUTCString()}</lastBuildDate>`] : []),
  ];
  return {
    title: settings.title,
    description: settings.description,
    site: settings.link,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: channel.join(''),
    items: items.map((r) => feedItem(r, settings)),
  };
}
