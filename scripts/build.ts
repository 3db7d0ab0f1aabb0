/**
 * `npm run build`: validates every recap, builds the site with Astro into a temporary folder, and only
 * then swaps it into `dist/`. Bad content prints positioned errors and exits 1 before Astro starts;
 * any failure leaves the previous `dist/` as it was. Validation and Astro run in a child process
 * (scripts/lib/astro-step.ts), which hands over the site's card jobs; the cards, then the search index, the CSP
 * audit and `_headers` run here afterwards.
 *
 * When nothing the site is built from has changed since the last build into the same folder, and that folder is as the
 * build left it, the build says so and stops (src/delivery/build-stamp.ts); `--force` builds it all the same.
 *
 * Usage: node scripts/build.ts [--out DIR] [--force]
 */
import { fork } from 'node:child_process';
import { parseArgs } from 'node:util';
import { rm, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFolder, site } from '../src/config.ts';
import { contentChanges, readInputs, recordBuild, upToDate, type InputsSnapshot } from '../src/delivery/build-stamp.ts';
import { hashPagesAhead, type HashedFile } from '../src/delivery/finish-cache.ts';
import type { FinishSummary } from '../src/delivery/finish-site.ts';
import { searchStoreDir, startEarlySearch, type EarlySearch } from '../src/delivery/search-early.ts';
import { CARDS_AFTER_ASTRO, cardCacheDir, type CardsHandedOver } from '../src/graphics/og/handover.ts';
import type { PagesWritten } from './lib/astro-step.ts';
import { enableBuildCompileCache } from './lib/compile-cache.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, force: { type: 'boolean', default: false } } });
const outDir = path.resolve(root, values.out);
// The same name on every build: Astro writes the output folder's path into its `astro:assets` module, so a name that
// changed per build (it once carried the process id) changed the code of every page showing an image, and
// `incrementalBuild` then rendered them all again. A folder left by a build that crashed is removed first.
const tmpDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}-building`);
const oldDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}-old-${process.pid}`);
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// Every Node process of the build compiles its code once, not on every build (scripts/lib/compile-cache.ts).
const pruneCompileCache = enableBuildCompileCache(cacheFolder('node'));
/** Exit code of the Astro step for content errors it has already reported (scripts/lib/astro-step.ts). */
const CONTENT_ERRORS = 2;

/**
 * At most this many cards left to render (an edit, a new recap), the finishing steps run beside the card step: one
 * batch of cards (src/graphics/og/pool.ts). 1,000 recaps, 8 cards: 920 MB at most after the Astro step, under its peak.
 */
const CARDS_BESIDE_FINISHING = 8;

/**
 * At most this many content files changed since the last build (and nothing else), Pagefind starts reading the last
 * index's pages at once, beside the Astro step (src/delivery/search-early.ts). More, and the Astro step renders many
 * pages, its peak: what Pagefind holds (about 140 MB at 1,000 recaps) would add to it.
 */
const EARLY_SEARCH_CHANGES = 20;

/** Where the Astro step writes the card jobs for the card step, beside the cards (removed after each build). */
const cardJobsFile = path.join(cardCacheDir(), `jobs-${process.pid}.v8`);

/**
 * Validation and `astro build` run in a child process (scripts/lib/astro-step.ts), so that all of Astro's memory is
 * returned before the cards and the search index are made here: in one process the peaks added up. The child writes
 * the card jobs (src/integrations/og.ts) instead of rendering them beside its own peak.
 */
function astroStep(): Promise<{
  code: number;
  recaps: number;
  cardsToRender: number | undefined;
  hashedAhead: Promise<Map<string, HashedFile>> | undefined;
}> {
  return new Promise((resolve, reject) => {
    let recaps = 0;
    let cardsToRender: number | undefined;
    let hashedAhead: Promise<Map<string, HashedFile>> | undefined;
    // Vite's bundler (rolldown) allocates through mimalloc, which keeps freed memory mapped for later; at 1,000 recaps
    // that held ~120 MB through the page rendering that follows the bundle. These options return it as it is freed,
    // and keep mimalloc off transparent huge pages: with them, each thread's first small allocation in a region made a
    // 2 MB page resident, and rolldown's arena held 155-190 MB through the pages against about 60 MB without.
    const env = {
      MIMALLOC_PURGE_DELAY: '0',
      MIMALLOC_PURGE_DECOMMITS: '1',
      MIMALLOC_ALLOW_THP: '0',
      ...process.env,
      [CARDS_AFTER_ASTRO]: cardJobsFile,
    };
    const child = fork(path.join(root, 'scripts', 'lib', 'astro-step.ts'), [tmpDir], { stdio: 'inherit', env });
    child.on('message', (message: { recaps?: number } & Partial<CardsHandedOver> & Partial<PagesWritten>) => {
      recaps = message.recaps ?? recaps;
      cardsToRender = message.cardsToRender ?? cardsToRender;
      // The pages are hashed here while the Astro step finishes on the other core (about 0.3 s at 1,000 recaps); the
      // finishing steps take each hash whose page still has the same size and time. A failure here only means hashing later.
      if (message.pagesWritten) hashedAhead ??= hashPagesAhead(tmpDir).catch(() => new Map<string, HashedFile>());
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), recaps, cardsToRender, hashedAhead }));
  });
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

const started = performance.now();
const elapsed = () => ((performance.now() - started) / 1000).toFixed(1);
const shownOut = `${path.relative(process.cwd(), outDir) || '.'}/`;

async function main(): Promise<number> {
  // Taken before anything is read, so an edit made while the site builds is never recorded as built.
  const snapshot = await readInputs({ root, contentDir: site.contentDir, env: process.env });
  if (!values.force && (await upToDate(outDir, snapshot.digest))) {
    console.log(`${shownOut} is up to date: nothing it is built from has changed since its last build (checked in ${elapsed()}s).`);
    console.log('npm run build -- --force builds it again all the same.');
    return 0;
  }
  pruneCompileCache();
  const changes = await contentChanges(outDir, snapshot);
  // Pagefind reads the last index's pages on the other core while the Astro step starts (src/delivery/search-early.ts).
  const early =
    changes !== undefined && changes > 0 && changes <= EARLY_SEARCH_CHANGES
      ? await startEarlySearch(searchStoreDir(), site.searchPartPages).catch(() => undefined)
      : undefined;
  try {
    return await build(snapshot, early);
  } finally {
    await early?.release();
  }
}

/** Builds into the temporary folder and swaps it in; `early` is Pagefind reading the last index's pages ahead. */
async function build(snapshot: InputsSnapshot, early: EarlySearch | undefined): Promise<number> {
  await rm(tmpDir, { recursive: true, force: true });
  const step = await astroStep();
  if (step.code === CONTENT_ERRORS) return 1;
  const failed = async (message: string) => {
    await rm(tmpDir, { recursive: true, force: true });
    if (message !== '') console.error(message);
    console.error('\nBuild failed; dist/ was not touched.');
    return 1;
  };
  // The Astro step has printed its own error.
  if (step.code !== 0) return failed('');
  let finished: FinishSummary;
  try {
    // Loaded only now: this process runs beside the Astro step, the build's peak, and these add ~35 MB to it. The card
    // step's module (~0.15 s) only when there are cards to render: the Astro step has placed the cached ones, and
    // writes no jobs file when none is left.
    const rendering = await exists(cardJobsFile);
    const [siteCards, { finishSite }] = await Promise.all([
      rendering ? import('../src/graphics/og/site-cards.ts') : undefined,
      import('../src/delivery/finish-site.ts'),
    ]);
    // On every core, now that Astro's memory is returned, in a process that returns its own.
    const cards = siteCards?.startSiteCardsInChild(cardJobsFile, tmpDir, cardCacheDir());
    // The search index and the CSP check read only the pages, so with a few cards left to render (an edit) they run
    // beside the card step, from its start (the Astro step said how many). With many, they wait for it: its workers'
    // memory and the indexer's would add up.
    const beside = cards !== undefined && (step.cardsToRender ?? Infinity) <= CARDS_BESIDE_FINISHING;
    if (cards && !beside) await cards.done;
    // Search index, CSP check of every page and _headers, all on the temporary folder before the swap.
    finished = await finishSite(tmpDir, site.base, beside ? cards : undefined, await step.hashedAhead, early);
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  }
  if (await exists(outDir)) await rename(outDir, oldDir);
  await rename(tmpDir, outDir);
  // The old site is removed while the new one is stamped (each about half a second at 1,000 recaps).
  // Without a stamp the next build simply builds again: a cache that cannot be written is no failure.
  await Promise.all([rm(oldDir, { recursive: true, force: true }), recordBuild(outDir, snapshot).catch(() => undefined)]);
  console.log(`Built ${step.recaps} recaps into ${shownOut} in ${elapsed()}s (${finished.searchPages} pages in the search index)`);
  return 0;
}

process.exitCode = await main()
  .catch(async (error: unknown) => {
    await rm(tmpDir, { recursive: true, force: true });
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  })
  .finally(() => rm(cardJobsFile, { force: true }));
