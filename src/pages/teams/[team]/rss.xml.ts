/** A team's feed: every recap involving the team, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../config.ts';
import { allRecaps, recapHtmlBySlug } from '../../../lib/content.ts';
import { feedOptions } from '../../../site/feed.ts';
import { teamHubs, type TeamHub } from '../../../site/hubs.ts';
import { teamFeedPath, teamPath } from '../../../site/routes.ts';
import { feedSettings } from '../../../site/settings.ts';

export const getStaticPaths = (async () => {
  const hubs = teamHubs(await allRecaps());
  return hubs.map((hub) => ({ params: { team: hub.slug }, props: { hub } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ hub: TeamHub }> = async ({ props }) => {
  const { hub } = props;
  const html = await recapHtmlBySlug();
  const settings = feedSettings(
    {
      title: `${hub.team.name} · ${site.title}`,
      description: `Match recaps involving ${hub.team.name}.`,
      pagePath: teamPath(hub.slug),
      feedPath: teamFeedPath(hub.slug),
    },
    (slug) => html.get(slug),
  );
  return rss(feedOptions(hub.recaps, settings));
};
