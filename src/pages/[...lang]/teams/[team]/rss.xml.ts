/** A team's feed: every recap involving the team, newest first; one per language the team's recaps are written in. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../../config.ts';
import { translator } from '../../../../i18n/index.ts';
import { allRecaps, recapHtmlBySlug } from '../../../../lib/content.ts';
import { languageIndex, languageRoutes } from '../../../../site/alternates.ts';
import { feedOptions } from '../../../../site/feed.ts';
import { teamHubs, type TeamHub } from '../../../../site/hubs.ts';
import { teamFeedPath, teamPath } from '../../../../site/routes.ts';
import { feedSettings } from '../../../../site/settings.ts';
import { propsKeyed } from '../../../../lib/page-cache.ts';

// Keyed by its props: the team's recaps (their digests cover the narratives the feed carries).
export const getStaticPaths = propsKeyed(async () => {
  const recaps = await allRecaps();
  return languageRoutes(recaps, languageIndex(recaps)).flatMap(({ lang, param, recaps: mine }) =>
    teamHubs(mine).map((hub) => ({ params: { lang: param, team: hub.slug }, props: { hub, lang } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ hub: TeamHub; lang: string }> = async ({ props }) => {
  const { hub, lang } = props;
  const t = translator(lang);
  const html = await recapHtmlBySlug(hub.recaps);
  const settings = feedSettings(
    {
      title: `${hub.team.name} · ${site.title}`,
      description: t('page.team-feed.description', { team: hub.team.name }),
      pagePath: teamPath(hub.slug, lang),
      feedPath: teamFeedPath(hub.slug, lang),
      lang,
    },
    (slug) => html.get(slug),
  );
  return rss(feedOptions(hub.recaps, settings));
};
