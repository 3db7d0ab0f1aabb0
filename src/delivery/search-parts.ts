/**
 * The search index in parts, for large sites. Pagefind holds every indexed page's words while it builds an index
 * (about 0.2 MB a page: 3.8 GB for the 18,690 pages of 10,000 recaps) and has no incremental mode. A site with more
 * indexed pages than `site.searchPartPages` (README, "Site settings") is indexed in parts of about that size, one
 * after another, each a Pagefind index of its own: the build holds one part's memory, and an edit indexes again only
 * the parts where what Pagefind takes from a page changed (src/delivery/search-index.ts). A page's part follows from
 * its path alone, so parts keep their pages as recaps come and go; the number of parts changes only when the site
 * crosses a multiple of the size.
 *
 * The search page (src/scripts/search.ts) opens the parts listed in `pagefind/parts.json` as one Pagefind index (the
 * first, with the others merged in: one worker, one WebAssembly module), which ranks a query over all of them. Pages
 * are spread over the parts by a hash of their path, so the parts are alike and their scores compare. Pagefind sorts
 * only within each part, so filters alone (newest first) are asked part by part and merged here by date. A site
 * under the size has one part, where the index has always been (`pagefind/`). No Node imports: the search page
 * bundles this module.
 */

/** The filter the search page gives each part's results when there are several, to ask one part at a time. */
export const PART_FILTER = 'fulltime-part';

/** The list of parts the build writes into the index folder: each part's folder, relative to it. */
export const PARTS_FILE = 'parts.json';

/** The folder of part `n` inside the index folder: the first is the index folder itself. */
export function partFolder(n: number): string {
  return n === 0 ? '' : `part-${n}/`;
}

/** Matches the folder of any part but the first (`partFolder`), for rules over the index's files. */
export const PART_FOLDER = /part-[1-9]\d*\//;

/** One part as the list in `parts.json` gives it: its folder and its pages by language (Pagefind indexes each apart). */
export interface PartEntry {
  readonly folder: string;
  readonly languages: Readonly<Record<string, number>>;
}

/** The language index Pagefind opens for a page in `lang` among `languages`: the same, its primary subtag, else the largest. */
function languageFor(lang: string, languages: Readonly<Record<string, number>>): string | undefined {
  const primary = lang.split('-')[0] ?? lang;
  if (Object.hasOwn(languages, lang)) return lang;
  if (Object.hasOwn(languages, primary)) return primary;
  return Object.entries(languages).sort(([, a], [, b]) => b - a)[0]?.[0];
}

/**
 * The folders of the parts a search page in `lang` (its `<html lang>`) searches: those where Pagefind opens the
 * language index one index of all the pages would have opened. A part without that language would fall back to its
 * own largest language, and mix another language's pages into the results.
 */
export function partsFor(lang: string, parts: readonly PartEntry[]): string[] {
  const wanted = lang.toLowerCase();
  const totals: Record<string, number> = {};
  for (const part of parts) for (const [code, pages] of Object.entries(part.languages)) totals[code] = (totals[code] ?? 0) + pages;
  const language = languageFor(wanted, totals);
  return parts.filter((part) => languageFor(wanted, part.languages) === language).map((part) => part.folder);
}

/** How many parts `pages` indexed pages make at `perPart` pages a part (at least one). */
export function partCount(pages: number, perPart: number): number {
  return Math.max(1, Math.ceil(pages / perPart));
}

/** The part of the page at `page` (its path in the site) among `parts`: FNV-1a of the path, so it never moves. */
export function partOf(page: string, parts: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < page.length; i++) hash = Math.imul(hash ^ page.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % parts;
}

/** One result of one part's search: its score (for a sorted search, its place in the part's order) and its data. */
export interface PartResult<D> {
  readonly score: number;
  data(): Promise<D>;
}

/** The results of every part in one order, handed out a few at a time. */
export interface MergedResults<D> {
  readonly count: number;
  /** The data of the next `n` results (fewer at the end). */
  next(n: number): Promise<D[]>;
}

/**
 * Merges the parts' results (each in its part's order). By score, highest first, as Pagefind merges indexes itself;
 * with `newest`, by the date it reads from a result's data, newest first. Each part is already in that order (its
 * sorted search), so the merge compares the parts' next results; a result's date is only known once its data is
 * loaded (a request each), so each part loads a few ahead: its share of the `n` asked for plus one, and more only
 * when its loaded ones run out while it may still hold the newest. Pages are spread evenly over the parts, so most
 * searches load about n + parts results, not n per part. Ties keep the order of the parts, and one part alone comes
 * out exactly as it went in.
 */
export function mergeResults<D>(parts: readonly (readonly PartResult<D>[])[], newest?: (data: D) => string): MergedResults<D> {
  const count = parts.reduce((sum, results) => sum + results.length, 0);
  if (!newest) {
    const all = parts.flat();
    const order = all.map((result, i) => ({ result, i })).sort((a, b) => b.result.score - a.result.score || a.i - b.i);
    let shown = 0;
    return {
      count,
      next: async (n) => {
        const batch = order.slice(shown, shown + n).map(({ result }) => result.data());
        shown += batch.length;
        return Promise.all(batch);
      },
    };
  }
  // Per part: its results loaded but not yet handed out, and the place of the first not yet loaded.
  const queues = parts.map((): D[] => []);
  const loadedTo = parts.map(() => 0);
  const load = async (part: number, ahead: number) => {
    const results = parts[part] ?? [];
    const from = loadedTo[part] ?? 0;
    loadedTo[part] = Math.min(results.length, from + ahead);
    queues[part]?.push(...(await Promise.all(results.slice(from, from + ahead).map((result) => result.data()))));
  };
  const take = async (n: number): Promise<D[]> => {
    const ahead = parts.length === 1 ? n : Math.ceil(n / parts.length) + 1;
    const batch: D[] = [];
    while (batch.length < n) {
      // A part with results left but none loaded could hold the newest: load its next few first.
      await Promise.all(
        parts.map((results, part) =>
          queues[part]?.length === 0 && (loadedTo[part] ?? 0) < results.length ? load(part, ahead) : undefined,
        ),
      );
      let best: D[] | undefined;
      for (const queue of queues) {
        const head = queue[0];
        if (head !== undefined && (best?.[0] === undefined || newest(head) > newest(best[0]))) best = queue;
      }
      const head = best?.shift();
      if (head === undefined) break;
      batch.push(head);
    }
    return batch;
  };
  // One call at a time: a second "more" before the first is done waits for it instead of taking the same results.
  let last: Promise<unknown> = Promise.resolve();
  return {
    count,
    next: (n) => {
      const batch = last.then(() => take(n));
      last = batch.catch(() => undefined);
      return batch;
    },
  };
}
