/**
 * Recap photos through Astro's image pipeline (sharp): every photo becomes a `<picture>` with AVIF and WebP
 * sources at widths up to twice the column it sits in, `width`/`height` set so nothing shifts while it loads.
 * The original file is never linked, so Astro leaves it out of the build. Body images arrive from the loader as
 * `<img __ASTRO_IMAGE_="{…}">` placeholders (Astro's Markdown pipeline) and are replaced here.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { escapeXml } from '../graphics/timeline/svg.ts';
import type { RecapImage } from '../recap/model.ts';
import { site } from '../config.ts';

/** A checked image of a recap with what Astro imported for it. */
export interface StoredImage extends RecapImage {
  /** The image as Astro imported it (the loader registers it, getCollection resolves it). */
  readonly asset: ImageMetadata;
}

/** Where a photo sits, which decides the widths it is made in and the `sizes` the browser reads. */
export interface PhotoSlot {
  /** Widths in CSS pixels the slot can show; the largest is twice the column (for 2x screens). */
  readonly widths: readonly number[];
  readonly sizes: string;
  /** Width of the fallback `<img src>`, for browsers without `srcset`. */
  readonly fallback: number;
}

/** The text column (`--measure`, 40rem): body photos. */
export const BODY_SLOT: PhotoSlot = {
  widths: [320, 480, 640, 960, 1280],
  sizes: '(min-width: 42rem) 40rem, calc(100vw - 2rem)',
  fallback: 640,
};

/** The recap column (`--column`, 46rem): the cover on top of a recap page. */
export const COVER_SLOT: PhotoSlot = {
  widths: [360, 540, 736, 1104, 1472],
  sizes: '(min-width: 50rem) 46rem, calc(100vw - 2rem)',
  fallback: 736,
};

/** A thumbnail in a recap card (index, hubs): at most about 22rem wide. */
export const CARD_SLOT: PhotoSlot = {
  widths: [360, 720],
  sizes: '(min-width: 48rem) 22rem, calc(100vw - 2rem)',
  fallback: 360,
};

/** How a picture loads and what it says. */
export interface PictureOptions {
  readonly alt: string;
  /** Above the fold (the cover): eager, `fetchpriority=high`; else lazy with async decoding. */
  readonly priority?: boolean;
  /** Class on the `<img>`. */
  readonly className?: string;
  /** Crop to this width/height ratio (cards), centred. */
  readonly aspect?: number;
}

/**
 * `astro dev`: a recap's images, each imported here as Astro's image plugin imports a content image (the module
 * Astro's map `astro:asset-imports` would hold for it), rather than looked up in that map. Astro keeps the map in one
 * file, `<project>/.astro/content-assets.mjs`, whatever `cacheDir` says; every Astro process started from the project
 * writes it (a build of other content, `astro sync`, another dev server) and the dev server loads it again whenever
 * it changes, so a recap's photos vanished from its pages. A photo that does not import (damaged, half copied) is
 * left out; the content check reports it in the terminal and the overlay.
 */
export async function devStoredImages(images: readonly RecapImage[]): Promise<StoredImage[]> {
  const imported = await Promise.all(images.map((image) => importContentImage(image.absolute)));
  return images.flatMap((image, i) => {
    const asset = imported[i];
    return asset ? [{ ...image, asset: withBytesHash(asset, image.hash) }] : [];
  });
}

async function importContentImage(absolute: string): Promise<ImageMetadata | undefined> {
  // The flag makes Astro's plugins import it as a content entry's image (astro/dist/content/vite-plugin-content-assets.js).
  // An absolute path: Vite's module runner resolves a relative one from this module. Vite drops the module when the
  // file changes, so a photo replaced under the same name is read again.
  const id = `${absolute}?astroContentImageFlag`;
  try {
    return ((await import(/* @vite-ignore */ id)) as { default: ImageMetadata }).default;
  } catch {
    return undefined;
  }
}

/**
 * A dev image URL names the file but not its contents, and the browser keeps it for a year, so a photo replaced under
 * the same name would keep showing the old one: the URL gets the hash of the bytes. Only in `astro dev`: a build names
 * each file by its contents already, and reading an imported image's fields there makes the build ship the original.
 */
function withBytesHash(asset: ImageMetadata, hash: string): ImageMetadata {
  const { src } = asset;
  return { ...asset, src: `${src}${src.includes('?') ? '&' : '?'}v=${hash}` };
}

function widthsFor(slot: PhotoSlot, original: number): number[] {
  const fitting = slot.widths.filter((w) => w <= original);
  // A photo smaller than the slot's largest width is also offered at its own width, never scaled up.
  if (fitting.length < slot.widths.length && !fitting.includes(original)) fitting.push(original);
  return fitting;
}

/**
 * `<picture>` HTML for an image in a slot. Sizes come from the content check, never from `image.asset`: reading any
 * field of Astro's imported image marks the original as used, and the build would then ship it at full size.
 */
export async function pictureHtml(image: StoredImage, slot: PhotoSlot, options: PictureOptions): Promise<string> {
  const widths = widthsFor(slot, image.width);
  const width = Math.min(slot.fallback, image.width);
  const ratio = options.aspect ?? image.width / image.height;
  const height = Math.round(width / ratio);
  const crop = options.aspect === undefined ? {} : { height, fit: 'cover' as const };
  const common = { src: image.asset, widths, width, sizes: slot.sizes, ...crop };
  const [avif, webp] = await Promise.all([getImage({ ...common, format: 'avif' }), getImage({ ...common, format: 'webp' })]);
  const loading = options.priority ? 'loading="eager" fetchpriority="high" decoding="sync"' : 'loading="lazy" decoding="async"';
  const cls = options.className ? ` class="${escapeXml(options.className)}"` : '';
  return (
    `<picture>` +
    `<source type="image/avif" srcset="${escapeXml(avif.srcSet.attribute)}" sizes="${escapeXml(slot.sizes)}">` +
    `<source type="image/webp" srcset="${escapeXml(webp.srcSet.attribute)}" sizes="${escapeXml(slot.sizes)}">` +
    `<img${cls} src="${escapeXml(webp.src)}" alt="${escapeXml(options.alt)}" width="${width}" height="${height}" ${loading}>` +
    `</picture>`
  );
}

/** The absolute URL of a JPEG of the image at `width` (feeds, structured data and link previews want a plain JPEG). */
export async function jpegUrl(image: StoredImage, width = 1200): Promise<string> {
  const jpeg = await getImage({ src: image.asset, width: Math.min(width, image.width), format: 'jpeg' });
  // The URL already carries the base path.
  return new URL(jpeg.src, `${site.url}/`).href;
}

/** Size of the cover thumbnail in search results (16:9). */
export const SEARCH_THUMBNAIL = { width: 360, height: 203 } as const;

/** Site-relative URL of a small 16:9 WebP of the image, for search results. */
export async function thumbnailUrl(image: StoredImage): Promise<string> {
  const thumb = await getImage({ src: image.asset, ...SEARCH_THUMBNAIL, fit: 'cover', format: 'webp' });
  return thumb.src;
}

/** A plain `<img>` for feed readers: a JPEG the width of the text column, at an absolute URL. */
export async function feedImageHtml(image: StoredImage, alt: string): Promise<string> {
  const width = Math.min(BODY_SLOT.fallback, image.width);
  const height = Math.round((width * image.height) / image.width);
  return `<img src="${escapeXml(await jpegUrl(image, width))}" alt="${escapeXml(alt)}" width="${width}" height="${height}">`;
}

const PLACEHOLDER = /<img __ASTRO_IMAGE_="([^"]+)"\s*\/?>/g;

function decodeAttribute(value: string): string {
  return value
    .replace(/&(?:#x22|quot);/g, '"')
    .replace(/&(?:#x27|apos);/g, "'")
    .replace(/&(?:#x3C|lt);/gi, '<')
    .replace(/&(?:#x3E|gt);/gi, '>')
    .replace(/&(?:amp|#x26|#38);/g, '&');
}

/**
 * The body HTML with every image placeholder replaced by its `<picture>`, or for feeds (`feed: true`) by a plain
 * `<img>` of a JPEG at an absolute URL.
 */
export async function resolveBodyImages(html: string, images: readonly StoredImage[], options: { feed?: boolean } = {}): Promise<string> {
  if (!html.includes('__ASTRO_IMAGE_')) return html;
  const bySrc = new Map(images.map((image) => [image.src, image]));
  const replacements = new Map<string, string>();
  for (const [whole, encoded] of html.matchAll(PLACEHOLDER)) {
    if (replacements.has(whole)) continue;
    const props = JSON.parse(decodeAttribute(encoded ?? '{}')) as { src: string; alt?: string };
    const asset = bySrc.get(props.src);
    // The content check made sure every image exists; an unknown one would be a bug, and shows as nothing.
    const alt = props.alt ?? '';
    if (!asset) replacements.set(whole, '');
    else if (options.feed) replacements.set(whole, await feedImageHtml(asset, alt));
    else replacements.set(whole, await pictureHtml(asset, BODY_SLOT, { alt }));
  }
  return html.replace(PLACEHOLDER, (whole) => replacements.get(whole) ?? '');
}
