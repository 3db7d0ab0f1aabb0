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

export { CARDS_AFTER_ASTRO, cardCacheDir } from './handover.ts';

/** Writes the card jobs for the card step (structured clone: the trees copy faster than as JSON). */
export async function writeCardJobs(file: string, jobs: readonly CardJob[]): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, serialize(jobs));
}

/** The card jobs the Astro step wrote. */
export async function readCardJobs(file: string): Promise<CardJob[]> {
  return deserialize(await readFile(file)) as CardJob[];
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

/** Options of a site's cards step. */
export interface SiteCardsOptions {
  /** The built site's folder; cards go to its `og/` folder. */
  readonly siteDir: string;
  readonly cacheDir: string;
  readonly log: (line: string) => void;
  /** Cards an earlier run of this build (one that only filled the cache) rendered: counted as rendered, not cached. */
  readonly renderedBefore?: number;
  /** When the step started, for the summary (default: now). */
  readonly started?: number;
  /** Called first, with the number of cards not in the cache. */
  readonly onToRender?: (count: number) => void;
}

/** Renders (or copies from the cache) every card into `<siteDir>/og/` and prints `N cards in Xs: R rendered, C from cache`. */
export async function renderSiteCards(jobs: readonly CardJob[], options: SiteCardsOptions): Promise<RenderCardsResult> {
  const started = options.started ?? performance.now();
  const result = await renderCards(jobs, {
    outDir: path.join(options.siteDir, OG_DIR),
    cacheDir: options.cacheDir,
    onProgress: progressPrinter(options.log),
    ...(options.onToRender ? { onToRender: options.onToRender } : {}),
  });
  const rendered = result.rendered + (options.renderedBefore ?? 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  options.log(`${result.total} cards in ${seconds}s: ${rendered} rendered, ${result.total - rendered} from cache`);
  return result;
}

const child = fileURLToPath(new URL('./site-cards-child.ts', import.meta.url));

/** The card step running in its child process. */
export interface SiteCardsStep {
  /** The site folder the cards are written under (`og`). */
  readonly folder: string;
  /** How many of its cards are not in the cache, said before it copies the others; undefined when it exited before saying. */
  readonly toRender: Promise<number | undefined>;
  /** Settles when the step has exited: rejects when it did not finish cleanly. */
  readonly done: Promise<void>;
}

/** Starts `renderSiteCards` of the jobs in `jobsFile` in a child process (site-cards-child.ts). */
export function startSiteCardsInChild(jobsFile: string, siteDir: string, cacheDir: string): SiteCardsStep {
  const step = fork(child, [jobsFile, siteDir, cacheDir], { stdio: 'inherit' });
  const toRender = new Promise<number | undefined>((resolve) => {
    step.on('message', (message: { toRender?: number }) => resolve(message.toRender));
    step.on('exit', () => resolve(undefined));
    step.on('error', () => resolve(undefined));
  });
  const done = new Promise<void>((resolve, reject) => {
    step.on('error', reject);
    step.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`Rendering the social cards failed (${signal ?? `exit code ${String(code)}`}).`)),
    );
  });
  // Its failure is reported by whoever awaits it; until then it is not an unhandled rejection.
  done.catch(() => undefined);
  return { folder: OG_DIR, toRender, done };
}
