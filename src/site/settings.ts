/** Binds the feed and structured-data builders to this site's configuration, so pages pass only what varies. */
import { site } from '../config.ts';
import { cardPath, type CardRecap } from '../graphics/og/cards.ts';
import { absoluteUrl } from '../lib/urls.ts';
import type { FeedSettings } from './feed.ts';
import type { JsonLdSettings } from './json-ld.ts';
import { recapPath, teamPath } from './routes.ts';

/** Feed settings for a feed at `feedPath` belonging to the page at `pagePath` (both site-relative), in `lang` (default: the site's). */
export function feedSettings(
  fields: { title: string; description: string; pagePath: string; feedPath: string; lang?: string },
  html?: (slug: string) => string | undefined,
): FeedSettings {
  return {
    title: fields.title,
    description: fields.description,
    link: absoluteUrl(fields.pagePath),
    self: absoluteUrl(fields.feedPath),
    lang: fields.lang ?? site.lang,
    absolute: absoluteUrl,
    ...(html ? { html } : {}),
  };
}

/** Structured-data settings for a recap's page; its image is the recap's Open Graph card (same URL as og:image). */
export function jsonLdSettings(recap: CardRecap): JsonLdSettings {
  return {
    pageUrl: absoluteUrl(recapPath(recap.slug)),
    siteName: site.title,
    siteUrl: absoluteUrl(),
    lang: site.lang,
    teamUrl: (team) => absoluteUrl(teamPath(team)),
    image: absoluteUrl(cardPath(recap)),
  };
}
