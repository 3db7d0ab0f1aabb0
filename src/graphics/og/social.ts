/** The social meta tags of a page (Open Graph and Twitter), as data for SocialMeta.astro. */
import { site } from '../../config.ts';
import { translator } from '../../i18n/index.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import type { Recap } from '../../recap/model.ts';
import { competitionLine, matchHeadline } from '../../recap/present.ts';
import { siteDescription } from '../../site/labels.ts';
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

function locale(lang: string): { locale?: string } {
  return lang.includes('-') ? { locale: lang.replace('-', '_') } : {};
}

/** A recap page: its own card, `og:type=article` with the publication dates; the alt text in the recap's language. */
export function recapSocial(
  recap: Pick<Recap, 'slug' | 'title' | 'description' | 'date' | 'updated' | 'match'> & { readonly lang?: string },
): SocialMetaData {
  const { match } = recap;
  const t = translator(recap.lang ?? site.lang);
  return {
    title: recap.title,
    description: recap.description,
    url: absoluteUrl(`recaps/${recap.slug}/`),
    type: 'article',
    siteName: site.title,
    ...locale(recap.lang ?? site.lang),
    image: {
      url: absoluteUrl(cardPath(recap)),
      ...CARD_SIZE,
      // The alt text says what the card shows (the headline carries the leg and aggregate of a two-legged tie).
      alt: t('card.alt', {
        headline: matchHeadline(match, t),
        competition: competitionLine(match, t),
        date: t.date(match.kickoffDate),
      }),
    },
    publishedTime: recap.date,
    ...(recap.updated ? { modifiedTime: recap.updated } : {}),
  };
}

/** Any other page: the site-wide card; `lang` is the page's language (default: the site's). */
export function pageSocial(page: { title: string; description: string; path: string; lang?: string | undefined }): SocialMetaData {
  const t = translator(page.lang ?? site.lang);
  return {
    title: page.title,
    description: page.description,
    url: absoluteUrl(page.path),
    type: 'website',
    siteName: site.title,
    ...locale(page.lang ?? site.lang),
    image: {
      url: absoluteUrl(siteCardPath(page.lang ?? site.lang)),
      ...CARD_SIZE,
      alt: t('card.site-alt', { site: site.title, description: siteDescription(t) }),
    },
  };
}
