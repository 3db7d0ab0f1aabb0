/** A competition's round-up feed: one item per round, latest first (competitions with round-ups only). */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../config.ts';
import { translator } from '../../../i18n/index.ts';
import { statsIndex } from '../../../lib/stats.ts';
import { competitionPath, defaultLanguage } from '../../../site/routes.ts';
import { roundupFeedOptions } from '../../../site/roundup-feed.ts';
import type { CompetitionStats } from '../../../site/stats-index.ts';
import { competitionFeedPath } from '../../../site/stat-routes.ts';
import { feedSettings } from '../../../site/settings.ts';
import { propsKeyed } from '../../../lib/page-cache.ts';

// A competition feed is made from its props alone: an edit renders again only its own competition's feed.
export const getStaticPaths = propsKeyed(async () => {
  const { competitions } = await statsIndex();
  return [...competitions.values()]
    .filter((c) => c.seasons.some((s) => s.roundups.length > 0))
    .map((competition) => ({ params: { competition: competition.slug }, props: { competition } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ competition: CompetitionStats }> = ({ props }) => {
  const { competition } = props;
  const t = translator(defaultLanguage);
  const settings = feedSettings({
    title: `${t('roundup.feed.title', { competition: competition.name })} · ${site.title}`,
    description: t('roundup.feed.description', { competition: competition.name }),
    pagePath: competitionPath(competition.slug),
    feedPath: competitionFeedPath(competition.slug),
  });
  return rss(
    roundupFeedOptions(
      competition.seasons.flatMap((s) => s.roundups),
      settings,
      t,
    ),
  );
};
