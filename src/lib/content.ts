/** Typed access to the recap collection for pages: the one place that touches `astro:content`. */
import { getCollection, getEntry, render } from 'astro:content';
import type { Recap } from '../recap/model.ts';
import { newestFirst } from '../recap/collection.ts';
import { feedImageHtml, resolveBodyImages, type StoredImage } from './images.ts';

/** A recap as stored by the loader (the body lives beside it in the entry). */
export type StoredRecap = Omit<Recap, 'body'>;

/** The recap's images with Astro's imports (the loader adds them; recaps read outside Astro have none). */
export function storedImages(recap: Pick<Recap, 'images'>): StoredImage[] {
  return (recap.images ?? []).filter((image): image is StoredImage => 'asset' in image && typeof image.asset === 'object');
}

/** The image of a recap's cover, when it has one. */
export function coverImage(recap: Pick<Recap, 'cover' | 'images'>): StoredImage | undefined {
  const src = recap.cover?.src;
  return src === undefined ? undefined : storedImages(recap).find((image) => image.src === src);
}

/** Every recap in the build, newest first. */
export async function allRecaps(): Promise<StoredRecap[]> {
  const entries = await getCollection('recaps');
  return entries.map((entry) => entry.data as StoredRecap).sort(newestFirst);
}

/** Renders a recap's narrative to a component. */
export async function renderRecap(slug: string) {
  const entry = await getEntry('recaps', slug);
  if (!entry) throw new Error(`No recap with slug ${slug}`);
  return render(entry);
}

/** A recap's narrative as HTML, its photos as responsive `<picture>`s (src/lib/images.ts). */
export async function recapBodyHtml(recap: StoredRecap): Promise<string> {
  const entry = await getEntry('recaps', recap.slug);
  if (!entry) throw new Error(`No recap with slug ${recap.slug}`);
  return resolveBodyImages(entry.rendered?.html ?? '', storedImages(recap));
}

/** The rendered HTML of every recap's narrative, by slug (for full-text feeds). */
export async function recapHtmlBySlug(): Promise<Map<string, string>> {
  const entries = await getCollection('recaps');
  const pairs = await Promise.all(
    entries.map(async (entry) => {
      const html = entry.rendered?.html;
      if (!html) return [];
      // Feed readers show photos as plain images at absolute URLs; the cover leads the item.
      const recap = entry.data as StoredRecap;
      const cover = coverImage(recap);
      const lead = cover && recap.cover ? `<p>${await feedImageHtml(cover, recap.cover.alt)}</p>\n` : '';
      return [[entry.id, lead + (await resolveBodyImages(html, storedImages(recap), { feed: true }))] as const];
    }),
  );
  return new Map(pairs.flat());
}

/** Each recap's content digest by slug (the loader's hash of its data and body), for page cache keys. */
export async function recapDigests(): Promise<Map<string, string>> {
  const entries = await getCollection('recaps');
  return new Map(entries.map((entry) => [entry.id, String(entry.digest ?? '')] as const));
}
