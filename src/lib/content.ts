/** Typed access to the recap collection for pages: the one place that touches `astro:content`. */
import { getCollection, getEntry } from 'astro:content';
import type { ImageMetadata } from 'astro';
import type { Recap } from '../recap/model.ts';
import { newestFirst } from '../recap/collection.ts';
import { devStoredImages, feedImageHtml, resolveBodyImages, type StoredImage } from './images.ts';
import { renderRecapBodyOnce, type BodySource } from '../markdown/render.ts';
import { liveContent, type LiveContent } from '../dev/live-content.ts';

/** A recap as stored by the loader (the body lives beside it in the entry). */
export type StoredRecap = Omit<Recap, 'body'>;

/** Astro's map of content images (import id → imported image), filled from every entry's `assetImports`. */
async function importedImages(): Promise<ReadonlyMap<string, ImageMetadata>> {
  // @ts-expect-error -- Astro's virtual module of content images has no published types (astro/dist/content/consts.js).
  const module = (await import('astro:asset-imports')) as { default: ReadonlyMap<string, ImageMetadata> };
  return module.default;
}

/**
 * The recap's images with what Astro imported for each (the loader registers them; recaps read outside Astro have
 * none). Import ids are `<src>?astroContentImageFlag=&importer=<recap file>` (astro/dist/assets/utils/resolveImports.js).
 */
export async function storedImages(recap: Pick<Recap, 'images' | 'file'>): Promise<StoredImage[]> {
  if (!recap.images || recap.images.length === 0) return [];
  // `astro dev` imports them itself: other Astro processes started from the project overwrite Astro's map.
  if (liveContent()) return devStoredImages(recap.images);
  const byImage = byImporter(await importedImages()).get(recap.file);
  return recap.images.flatMap((image) => {
    const asset = byImage?.get(image.src);
    return asset ? [{ ...image, asset }] : [];
  });
}

const indexes = new WeakMap<ReadonlyMap<string, ImageMetadata>, Map<string, Map<string, ImageMetadata>>>();

/** The map of content images by recap file, then by the path the recap writes (built once per map). */
function byImporter(imports: ReadonlyMap<string, ImageMetadata>): Map<string, Map<string, ImageMetadata>> {
  const known = indexes.get(imports);
  if (known) return known;
  const index = new Map<string, Map<string, ImageMetadata>>();
  for (const [id, asset] of imports) {
    const query = id.indexOf('?');
    const importer = query === -1 ? null : new URLSearchParams(id.slice(query + 1)).get('importer');
    if (importer === null) continue;
    const images = index.get(importer) ?? new Map<string, ImageMetadata>();
    images.set(id.slice(0, query), asset);
    index.set(importer, images);
  }
  indexes.set(imports, index);
  return index;
}

/** The image of a recap's cover, when it has one. */
export async function coverImage(recap: Pick<Recap, 'cover' | 'images' | 'file'>): Promise<StoredImage | undefined> {
  const src = recap.cover?.src;
  return src === undefined ? undefined : (await storedImages(recap)).find((image) => image.src === src);
}

/** Every recap in the build, newest first. */
export async function allRecaps(): Promise<StoredRecap[]> {
  const live = liveContent();
  if (live) return liveRecaps(live);
  return (await storedRecaps()).sort(newestFirst);
}

/** Every recap in the build, in the order the loader stored them (for statistics, whose ties follow that order). */
export async function storedRecaps(): Promise<StoredRecap[]> {
  const live = liveContent();
  if (live) return [...live.recaps];
  const entries = await getCollection('recaps');
  return entries.map((entry) => entry.data as StoredRecap);
}

const sortedLive = new WeakMap<LiveContent, StoredRecap[]>();

/** `astro dev`: the recaps the loader holds (src/dev/live-content.ts), sorted once per change. */
function liveRecaps(live: LiveContent): StoredRecap[] {
  let sorted = sortedLive.get(live);
  if (!sorted) sortedLive.set(live, (sorted = [...live.recaps].sort(newestFirst)));
  return sorted;
}

/** What a narrative is rendered from: the HTML a build stored, or (`astro dev`) the Markdown and its digest. */
type Narrative = { readonly html: string } | { readonly key: string; readonly source: BodySource };

async function narrativeOf(recap: StoredRecap): Promise<Narrative | undefined> {
  const live = liveContent();
  if (live) {
    const body = live.bodies.get(recap.slug);
    return body === undefined ? undefined : { key: live.digests.get(recap.slug) ?? body, source: { ...recap, body } };
  }
  const entry = await getEntry('recaps', recap.slug);
  if (!entry) throw new Error(`No recap with slug ${recap.slug}`);
  return { html: entry.rendered?.html ?? '' };
}

/**
 * A recap's narrative as HTML: rendered by the loader (a build), or now from its Markdown (`astro dev`, once per
 * digest: src/markdown/render.ts). Either way by the same processor.
 */
async function narrativeHtml(recap: StoredRecap): Promise<string> {
  const narrative = await narrativeOf(recap);
  if (!narrative) throw new Error(`No recap with slug ${recap.slug}`);
  // The file's path names it in errors and lets Astro's image plugin mark photos; `astro dev` runs from the project root.
  return 'html' in narrative ? narrative.html : renderRecapBodyOnce(narrative.key, narrative.source, process.cwd());
}

/** A recap's narrative as HTML, its photos as responsive `<picture>`s (src/lib/images.ts). */
export async function recapBodyHtml(recap: StoredRecap): Promise<string> {
  return resolveBodyImages(await narrativeHtml(recap), await storedImages(recap));
}

/**
 * The rendered HTML of the narratives of `recaps` (those a full-text feed carries: its props), by slug. Only those:
 * each photo a page asks for is recorded as the page's, and a page the next build copies from its cache brings the
 * photos it recorded along, so a feed that asked for every recap's photos shipped a replaced photo's old files.
 */
export async function recapHtmlBySlug(recaps: readonly StoredRecap[]): Promise<Map<string, string>> {
  const pairs = await Promise.all(
    recaps.map(async (recap) => {
      const html = await narrativeHtml(recap);
      if (!html) return [];
      // Feed readers show photos as plain images at absolute URLs; the cover leads the item.
      const cover = await coverImage(recap);
      const lead = cover && recap.cover ? `<p>${await feedImageHtml(cover, recap.cover.alt)}</p>\n` : '';
      return [[recap.slug, lead + (await resolveBodyImages(html, await storedImages(recap), { feed: true }))] as const];
    }),
  );
  return new Map(pairs.flat());
}

/** Each recap's content digest by slug (the loader's hash of its data and body), for page cache keys. */
export async function recapDigests(): Promise<Map<string, string>> {
  const live = liveContent();
  if (live) return new Map(live.digests);
  const entries = await getCollection('recaps');
  return new Map(entries.map((entry) => [entry.id, String(entry.digest ?? '')] as const));
}
