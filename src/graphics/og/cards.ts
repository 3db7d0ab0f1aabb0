/**
 * The site's cards: a recap card per recap and one site-wide card, with their URLs. Pages call `cardUrl`
 * (cheap: builds the tree and hashes it, no rendering); the build renders the same jobs, so the URL in a
 * page and the file on disk agree by construction.
 */
import { site } from '../../config.ts';
import { translator } from '../../i18n/index.ts';
import { siteDescription } from '../../site/labels.ts';
import type { Recap } from '../../recap/model.ts';
import { url } from '../../lib/urls.ts';
import { cardData } from './card-data.ts';
import { cardJob, type CardJob } from './key.ts';
import { recapCard, siteCard } from './layout.ts';
import { photoCard, photoToken } from './photo-card.ts';

/** The folder cards are published under, relative to the site root. */
export const OG_DIR = 'og';

/** What a recap card needs from a recap (the stored recap and the full one both qualify). */
export type CardRecap = Pick<Recap, 'slug' | 'title' | 'match'> & { readonly lang?: string } & Partial<Pick<Recap, 'cover' | 'images'>>;

/**
 * Jobs already made in this process, by recap object: a recap page asks for its card's URL twice (social tags and
 * structured data) and the card integration lists the jobs twice, and each ask builds the tree and hashes it. Recap
 * objects are not changed once read (astro dev replaces an edited recap's object), so the object is the key.
 */
const recapJobs = new WeakMap<CardRecap, CardJob>();

/** The render job of a recap's card. */
export function recapCardJob(recap: CardRecap): CardJob {
  let job = recapJobs.get(recap);
  if (!job) recapJobs.set(recap, (job = makeRecapCardJob(recap)));
  return job;
}

function makeRecapCardJob(recap: CardRecap): CardJob {
  const data = cardData(recap, { lang: site.lang, brand: site.title });
  // With a cover, the card is the photo with the score over it (photo-card.ts); its key covers the photo's bytes.
  const cover = recap.cover && recap.images?.find((image) => image.src === recap.cover?.src);
  if (cover) {
    const token = photoToken(cover.hash);
    return cardJob(recap.slug, photoCard(data, token), { [token]: cover.absolute });
  }
  return cardJob(recap.slug, recapCard(data));
}

const siteJobs = new Map<string, CardJob>();

/** The render job of the site-wide card in a language (default: the site's); each language with pages gets its own. */
export function siteCardJob(lang: string = site.lang): CardJob {
  const t = translator(lang);
  const fields = { title: site.title, description: siteDescription(t), host: new URL(site.url).host, lang: t.lang };
  // Every page but a recap's names this card: the job is made once per set of words, not once per page.
  const key = JSON.stringify(fields);
  let job = siteJobs.get(key);
  if (!job) siteJobs.set(key, (job = cardJob('site', siteCard(fields))));
  return job;
}

/** Path of a recap's card below the site root (no base): `og/dallas-miami-1a2b3c4d5e6f.png`. */
export function cardPath(recap: CardRecap): string {
  return `${OG_DIR}/${recapCardJob(recap).file}`;
}

/** Path of the site-wide card in a language below the site root (no base). */
export function siteCardPath(lang: string = site.lang): string {
  return `${OG_DIR}/${siteCardJob(lang).file}`;
}

/** Site-relative URL of a recap's card, base included: `/og/dallas-miami-1a2b3c4d5e6f.png`. */
export function cardUrl(recap: CardRecap): string {
  return url(cardPath(recap));
}

/** Site-relative URL of the site-wide card in a language, base included. */
export function siteCardUrl(lang: string = site.lang): string {
  return url(siteCardPath(lang));
}
