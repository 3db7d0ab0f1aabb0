/**
 * Editor completion for a recap created between content syncs. The Astro VS Code extension completes and checks
 * frontmatter only for files listed in `.astro/collections/collections.json`, which Astro rewrites after each full
 * content sync (dev server start, build, `astro sync`); a new recap is added here so it works as soon as it opens.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isInside } from '../lib/inside.ts';

/** Lists `file` in the collection manifest under `root`, if Astro has written one; returns whether it did. */
export async function registerForIntellisense(root: string, file: string, collection = 'recaps'): Promise<boolean> {
  // The language server only knows files of the workspace it runs in.
  if (!isInside(path.resolve(file), path.resolve(root))) return false;
  const manifest = path.join(root, '.astro', 'collections', 'collections.json');
  let data: { collections?: unknown; entries?: Record<string, string> };
  try {
    data = JSON.parse(await readFile(manifest, 'utf8')) as typeof data;
  } catch {
    return false;
  }
  // Astro keys entries by lowercased file URL (content-layer.js, regenerateCollectionFileManifest).
  data.entries = { ...data.entries, [pathToFileURL(path.resolve(file)).href.toLowerCase()]: collection };
  await writeFile(manifest, JSON.stringify(data, null, 2));
  return true;
}
