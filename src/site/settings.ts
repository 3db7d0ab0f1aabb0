/** Binds the feed and structured-data builders to this site's configuration, so pages pass only what varies. */
import { site } from '../config.ts';
import { absoluteUrl } from '../lib/urls.ts';
import type { FeedSettings } from './feed.ts';
import type { JsonLdSettings } from './json-ld.ts';
import { recapPath, teamPath } from './routes.ts';

/** Feed settings for a feed at `feedPath` belonging to the page at `pagePath` (both site-relative). */
export function feedSettings(
  fields: { title: string; description: string; pagePath: string; feedPath: string },
  html?: (slug: string) => string | undefined,
): FeedSettings {
  return {
    title: fields.title,
    description: fields.description,
    link: absoluteUrl(fields.pagePath),
    self: absoluteUrl(fields.feedPath),
    lang: site.lang,
    absolute: absoluteUrl,
    ...(html ? { html } : {}),
  };
}

/** Structured-data settings for the recap page `slug`; `image` is the absolute URL of its social card, if any. */
export function jsonLdSettings(slug: string, image?: string): JsonLdSettings {
  return {
    pageUrl: absoluteUrl(recapPath(slug)),
    siteName: site.title,
    siteUrl: absoluteUrl(),
    lang: site.lang,
    teamUrl: (team) => absoluteUrl(teamPath(team)),
    ...(image ? { image } : {}),
  };
}
