/** The social meta tags of a page (Open Graph and Twitter), as data for SocialMeta.astro. */
import { site } from '../../config.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import type { Recap } from '../../recap/model.ts';
import { formatDate, matchHeadline } from '../../recap/present.ts';
import { cardPath, siteCardPath } from './cards.ts';
import { CARD_SIZE } from './layout.ts';

/** Everything SocialMeta.astro prints; URLs are absolute, as crawlers require. */
export interface SocialMetaData {
  readonly title: string;
  readonly description: string;
  readonly url: string;
  readonly type: 'article' | 'website';
  readonly siteName: string;
  /** `en_GB`; only when the site's language names a region (og:locale wants one). */
  readonly locale?: string;
  readonly image: { readonly url: string; readonly width: number; readonly height: number; readonly alt: string };
  readonly publishedTime?: string;
  readonly modifiedTime?: string;
}

function locale(): { locale?: string } {
  return site.lang.includes('-') ? { locale: site.lang.replace('-', '_') } : {};
}

/** A recap page: its own card, `og:type=article` with the publication dates. */
export function recapSocial(recap: Pick<Recap, 'slug' | 'title' | 'description' | 'date' | 'updated' | 'match'>): SocialMetaData {
  const { match } = recap;
  const where = [match.competition, match.round].filter(Boolean).join(' ');
  return {
    title: recap.title,
    description: recap.description,
    url: absoluteUrl(`recaps/${recap.slug}/`),
    type: 'article',
    siteName: site.title,
    ...locale(),
    image: {
      url: absoluteUrl(cardPath(recap)),
      ...CARD_SIZE,
      alt: `${matchHeadline(match)}. ${where}, ${formatDate(match.kickoffDate, site.lang)}.`,
    },
    publishedTime: recap.date,
    ...(recap.updated ? { modifiedTime: recap.updated } : {}),
  };
}

/** Any other page: the site-wide card. */
export function pageSocial(page: { title: string; description: string; path: string }): SocialMetaData {
  return {
    title: page.title,
    description: page.description,
    url: absoluteUrl(page.path),
    type: 'website',
    siteName: site.title,
    ...locale(),
    image: { url: absoluteUrl(siteCardPath()), ...CARD_SIZE, alt: `${site.title}: ${site.description}` },
  };
}
