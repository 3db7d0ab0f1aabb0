/**
 * What the recap loader adds for photos and videos: the checked images registered with Astro's content layer
 * (so they go through its image pipeline and the pages receive them as `ImageMetadata`). The recap's language and
 * team colours reach the Markdown pipeline through src/markdown/render.ts.
 */
import { stat } from 'node:fs/promises';
import type { Recap } from '../recap/model.ts';
import { IMAGE_EXTENSIONS } from '../recap/body/media.ts';

/**
 * The images of a recap, for the entry's `assetImports`: Astro imports each one through its image pipeline and
 * lists it in its map of content images (src/lib/content.ts finds them there). The entry's data stays plain JSON:
 * nothing in it is an imported image, whose fields, once read, make the build ship the original file.
 */
export function assetImportsOf(recap: Pick<Recap, 'images'>): string[] {
  return (recap.images ?? []).map((image) => image.src);
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

/**
 * Resolves once `file` has stopped changing (the same size and modification time `quietMs` apart), or after
 * `limitMs`. The dev server's watcher reports a file's first change at once and drops the next ones for 50 ms
 * (chokidar's throttle), so a photo being saved or copied can be reported while it is still empty or partly
 * written, and nothing reports it complete: read then, it would stay "does not decode" until the next save.
 */
export async function settled(file: string, quietMs = 100, limitMs = 5000): Promise<void> {
  const deadline = Date.now() + limitMs;
  let previous: string | undefined;
  for (;;) {
    const info = await stat(file).catch(() => undefined);
    const current = info ? `${info.size}:${info.mtimeMs}` : 'gone';
    if (current === previous || Date.now() > deadline) return;
    previous = current;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}
