/** The standalone line-ups of each recap that gives them: `/recaps/<slug>/lineups.svg`, light theme, with its own background. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allRecaps, recapDigests, type StoredRecap } from '../../../lib/content.ts';
import { pageCacheKey } from '../../../lib/page-cache.ts';
import { hasLineups, renderLineups } from '../../../graphics/lineups/index.ts';
import { languageOf } from '../../../site/languages.ts';
import { defaultLanguage } from '../../../site/routes.ts';

export const getStaticPaths = (async () => {
  const [recaps, digests] = await Promise.all([allRecaps(), recapDigests()]);
  return recaps
    .filter((recap) => hasLineups(recap.match))
    .map((recap) => ({ params: { slug: recap.slug }, props: { recap }, cacheKey: pageCacheKey(digests.get(recap.slug) ?? '') }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ recap: StoredRecap }> = ({ props }) =>
  new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n${renderLineups(props.recap.match, { lang: languageOf(props.recap, defaultLanguage) })}\n`,
    {
      headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
    },
  );
