/** The site feed: every published recap, newest first, with the full narrative. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { site } from '../config.ts';
import { allRecaps, recapHtmlBySlug } from '../lib/content.ts';
import { feedOptions } from '../site/feed.ts';
import { feedPath } from '../site/routes.ts';
import { feedSettings } from '../site/settings.ts';

export const GET: APIRoute = async () => {
  const [recaps, html] = await Promise.all([allRecaps(), recapHtmlBySlug()]);
  const settings = feedSettings({ title: site.title, description: site.description, pagePath: '', feedPath: feedPath() }, (slug) =>
    html.get(slug),
  );
  return rss(feedOptions(recaps, settings));
};
