/** The standalone timeline of each recap: `/recaps/<slug>/timeline.svg`, light theme, with its own background. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allRecaps, recapDigests, type StoredRecap } from '../../../lib/content.ts';
import { pageCacheKey } from '../../../lib/page-cache.ts';
import { renderTimeline } from '../../../graphics/timeline/index.ts';
import { languageOf } from '../../../site/languages.ts';
import { defaultLanguage } from '../../../site/routes.ts';

export const getStaticPaths = (async () => {
  const [recaps, digests] = await Promise.all([allRecaps(), recapDigests()]);
  return recaps.map((recap) => ({ params: { slug: recap.slug }, props: { recap }, cacheKey: pageCacheKey(digests.get(recap.slug) ?? '') }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ recap: StoredRecap }> = ({ props }) =>
  new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n${renderTimeline(props.recap.match, { lang: languageOf(props.recap, defaultLanguage) })}\n`,
    {
      headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
    },
  );
