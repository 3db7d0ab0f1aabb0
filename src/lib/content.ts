/** Typed access to the recap collection for pages: the one place that touches `astro:content`. */
import { getCollection, getEntry, render } from 'astro:content';
import type { Recap } from '../recap/model.ts';
import { newestFirst } from '../recap/collection.ts';

/** A recap as stored by the loader (the body lives beside it in the entry). */
export type StoredRecap = Omit<Recap, 'body'>;

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

/** The rendered HTML of every recap's narrative, by slug (for full-text feeds). */
export async function recapHtmlBySlug(): Promise<Map<string, string>> {
  const entries = await getCollection('recaps');
  return new Map(entries.flatMap((entry) => (entry.rendered?.html ? [[entry.id, entry.rendered.html] as const] : [])));
}

/** Each recap's content digest by slug (the loader's hash of its data and body), for page cache keys. */
export async function recapDigests(): Promise<Map<string, string>> {
  const entries = await getCollection('recaps');
  return new Map(entries.map((entry) => [entry.id, String(entry.digest ?? '')] as const));
}
