/**
 * Routes of a hub index page that exists once per language (`/teams/`, `/es/teams/`, …): each language's recaps and
 * its switcher links, keyed by the whole content like every hub (src/lib/page-cache.ts).
 */
import type { GetStaticPaths } from 'astro';
import { languageIndex, languageRoutes, pageLanguages, type PageLanguages } from '../site/alternates.ts';
import { allRecaps, type StoredRecap } from './content.ts';
import { contentKeyed } from './page-cache.ts';

/** Props of such a page. */
export interface LanguagePageProps {
  readonly lang: string;
  readonly recaps: readonly StoredRecap[];
  readonly languages: PageLanguages;
}

/** `getStaticPaths` for a page at `pathIn(lang)` in every language that has recaps. */
export function languagePages(pathIn: (lang: string) => string): GetStaticPaths {
  return contentKeyed(async () => {
    const recaps = await allRecaps();
    const index = languageIndex(recaps);
    return languageRoutes(recaps, index).map(({ lang, param, recaps: mine }) => ({
      params: { lang: param },
      props: { lang, recaps: mine, languages: pageLanguages(index, lang, pathIn(lang), pathIn) } satisfies LanguagePageProps,
    }));
  });
}
