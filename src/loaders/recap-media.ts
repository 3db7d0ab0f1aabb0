/**
 * What the recap loader adds for photos and videos: the checked images registered with Astro's content layer
 * (so they go through its image pipeline and the pages receive them as `ImageMetadata`), and the recap's language
 * and team colours handed to the Markdown pipeline (src/markdown/remark-recap-media.ts draws video posters with
 * them).
 */
import { matchPaints } from '../design/team-colours.ts';
import type { Recap } from '../recap/model.ts';
import { IMAGE_EXTENSIONS } from '../recap/body/media.ts';

/**
 * A string in entry data that starts with this is an image import for Astro's content layer: the store registers
 * it and `getCollection()` hands back the imported `ImageMetadata` in its place. It is what the `image()` schema
 * helper writes (astro/dist/content/consts.js, `IMAGE_IMPORT_PREFIX`).
 */
const IMAGE_IMPORT_PREFIX = '__ASTRO_IMAGE_';

/** The entry data of a recap: the recap without its body, each checked image with its import. */
export function storedData(recap: Omit<Recap, 'body'>): Record<string, unknown> {
  if (!recap.images) return { ...recap };
  return { ...recap, images: recap.images.map((image) => ({ ...image, asset: `${IMAGE_IMPORT_PREFIX}${image.src}` })) };
}

/**
 * The Markdown handed to Astro's renderer: the body behind a small frontmatter block, which the renderer passes to
 * remark plugins as `file.data.astro.frontmatter` (its `renderMarkdown` takes no other data).
 */
export function markdownForRender(recap: Pick<Recap, 'body' | 'lang' | 'match'>): string {
  const paints = matchPaints(recap.match);
  const context = { lang: recap.lang, home: paints.home.fill, away: paints.away.fill };
  return `---\nfulltime: ${JSON.stringify(context)}\n---\n${recap.body}`;
}

/**
 * Registers the images of an entry the loader leaves unchanged, as Astro's own glob loader does
 * (astro/dist/content/loaders/glob.js): without it a rebuild with nothing changed writes an empty image map, and
 * `getCollection()` hands pages the bare paths instead of the imported images.
 */
export function keepAssetImports(store: object, entry: { readonly assetImports?: readonly string[]; readonly filePath?: string }): void {
  // Not in Astro's public `DataStore` type, but every store a loader receives has it.
  const add = (store as { addAssetImports?: (assets: string[], filePath?: string) => void }).addAssetImports;
  if (add && entry.assetImports && entry.assetImports.length > 0) add.call(store, [...entry.assetImports], entry.filePath);
}

const IMAGE_FILE = new RegExp(`\\.(${IMAGE_EXTENSIONS.join('|')})$`, 'i');

/** True for a file the dev server should re-check recaps for when it changes (a photo). */
export function isImageFile(file: string): boolean {
  return IMAGE_FILE.test(file);
}
