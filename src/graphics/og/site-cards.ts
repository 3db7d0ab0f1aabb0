/**
 * The cards step of a build: every card of the site rendered on all cores into the folder being built, reusing the
 * disk cache, with progress and a summary line. `npm run build` runs it in a process of its own once Astro has exited
 * (scripts/build.ts, with the card jobs the Astro step handed over), so that Astro's memory and the workers' (about
 * 300 MB each: fonts, layout and raster engines) are never held at the same time, and the workers' is returned
 * before the search index is built. `astro build` on its own runs it from the integration's build:done hook
 * (src/integrations/og.ts).
 */
import { fork } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { OG_DIR } from './cards.ts';
import type { CardJob } from './key.ts';
import { renderCards, type RenderCardsResult } from './pool.ts';

export { CARDS_AFTER_ASTRO, cardCacheDir, type CardsHandedOver } from './handover.ts';

/** What the Astro step hands the card step: the cards it found no cached copy of, and how many it placed from the cache. */
export interface CardHandover {
  readonly jobs: readonly CardJob[];
  /** Cards of the site already placed in its `og/` folder from the cache (counted in the card step's summary). */
  readonly cached: number;
}

/** Writes the card jobs for the card step (structured clone: the trees copy faster than as JSON). */
export async function writeCardJobs(file: string, handover: CardHandover): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, serialize(handover));
}

/** The card jobs the Astro step wrote. */
export async function readCardJobs(file: string): Promise<CardHandover> {
  return deserialize(await readFile(file)) as CardHandover;
}

/** Prints how far the cards are, at most once a second, and once at the end. */
export function progressPrinter(log: (line: string) => void): (p: RenderCardsResult) => void {
  let last = 0;
  return (p) => {
    const done = p.rendered + p.cached;
    const now = Date.now();
    if (done < p.total && now - last < 1000) return;
    last = now;
    log(`${done}/${p.total} cards (${p.rendered} rendered, ${p.cached} cached)`);
  };
}

/** The card step's closing line: `N cards in Xs: R rendered, C from cache` (the benchmark reads it). */
export function cardSummary(total: number, rendered: number, started: number): string {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return `${total} cards in ${seconds}s: ${rendered} rendered, ${total - rendered} from cache`;
}

/** Options of a site's cards step. */
export interface SiteCardsOptions {
  /** The built site's folder; cards go to its `og/` folder. */
  readonly siteDir: string;
  readonly cacheDir: string;
  readonly log: (line: string) => void;
  /** Cards an earlier run of this build (one that only filled the cache) rendered: counted as rendered, not cached. */
  readonly renderedBefore?: number;
  /** Cards of the site placed from the cache before this step (the Astro step's hand-over): counted as from cache. */
  readonly cachedBefore?: number;
  /** When the step started, for the summary (default: now). */
  readonly started?: number;
}

/** Renders (or copies from the cache) every card into `<siteDir>/og/` and prints `N cards in Xs: R rendered, C from cache`. */
export async function renderSiteCards(jobs: readonly CardJob[], options: SiteCardsOptions): Promise<RenderCardsResult> {
  const started = options.started ?? performance.now();
  const before = options.cachedBefore ?? 0;
  const print = progressPrinter(options.log);
  const result = await renderCards(jobs, {
    outDir: path.join(options.siteDir, OG_DIR),
    cacheDir: options.cacheDir,
    onProgress: (p) => print({ ...p, cached: p.cached + before, total: p.total + before }),
  });
  const total = result.total + before;
  const rendered = result.rendered + (options.renderedBefore ?? 0);
  options.log(cardSummary(total, rendered, started));
  return { ...result, cached: result.cached + before, total };
}

const child = fileURLToPath(new URL('./site-cards-child.ts', import.meta.url));

/** The card step running in its child process. */
export interface SiteCardsStep {
  /** The site folder the cards are written under (`og`). */
  readonly folder: string;
  /** Settles when the step has exited: rejects when it did not finish cleanly. */
  readonly done: Promise<void>;
}

/** Starts `renderSiteCards` of the jobs in `jobsFile` in a child process (site-cards-child.ts). */
export function startSiteCardsInChild(jobsFile: string, siteDir: string, cacheDir: string): SiteCardsStep {
  const step = fork(child, [jobsFile, siteDir, cacheDir], { stdio: 'inherit' });
  const done = new Promise<void>((resolve, reject) => {
    step.on('error', reject);
    step.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`Rendering the social cards failed (${signal ?? `exit code ${String(code)}`}).`)),
    );
  });
  // Its failure is reported by whoever awaits it; until then it is not an unhandled rejection.
  done.catch(() => undefined);
  return { folder: OG_DIR, done };
}
