/**
 * The site feed: every published recap, newest first, with the full narrative. On a site written in several
 * languages each language has its own (`/rss.xml` for the site's language, `/es/rss.xml`…) with its recaps only.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../config.ts';
import { translator } from '../../i18n/index.ts';
import { allRecaps, recapHtmlBySlug, type StoredRecap } from '../../lib/content.ts';
import { languageIndex, languageRoutes } from '../../site/alternates.ts';
import { feedOptions } from '../../site/feed.ts';
import { languageName } from '../../site/languages.ts';
import { siteDescription } from '../../site/labels.ts';
import { defaultLanguage, feedPath, indexPagePath } from '../../site/routes.ts';
import { feedSettings } from '../../site/settings.ts';
import { contentKeyed } from '../../lib/page-cache.ts';

export const getStaticPaths = contentKeyed(async () => {
  const recaps = await allRecaps();
  return languageRoutes(recaps, languageIndex(recaps)).map(({ lang, param, recaps: mine }) => ({
    params: { lang: param },
    props: { lang, recaps: mine },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: string; recaps: readonly StoredRecap[] }> = async ({ props }) => {
  const { lang, recaps } = props;
  const html = await recapHtmlBySlug(recaps);
  // The site's own feed keeps the site's title and description; another language's says which language it is.
  const own = lang === defaultLanguage;
  const settings = feedSettings(
    {
      title: own ? site.title : `${site.title} · ${languageName(lang)}`,
      description: own ? siteDescription(translator(lang)) : translator(lang)('page.feed.language-description', { site: site.title }),
      pagePath: indexPagePath(1, lang),
      feedPath: feedPath(lang),
      lang,
    },
    (slug) => html.get(slug),
  );
  return rss(feedOptions(recaps, settings));
};
