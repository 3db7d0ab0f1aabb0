/**
 * Astro integration for the Open Graph cards. `astro build`: after the pages are written, renders every
 * card into the folder being built (scripts/build.ts builds into a temporary folder and swaps it in, so the
 * cards land atomically with the pages), reusing the disk cache. Under `npm run build` it places the cached cards and
 * hands the others to scripts/build.ts, which renders them once Astro has exited (src/graphics/og/site-cards.ts).
 * `astro dev`: serves any card on request at the same URL the pages link to, rendered fresh (its URL changes
 * whenever the recap's card does).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Connect } from 'vite';
import { site } from '../config.ts';
import { placeCachedCards } from '../graphics/og/card-files.ts';
import { OG_DIR, recapCardJob, siteCardJob } from '../graphics/og/cards.ts';
import { exposedGc } from '../graphics/og/gc.ts';
import type { CardsHandedOver } from '../graphics/og/handover.ts';
import type { CardJob } from '../graphics/og/key.ts';
import { renderCards, type RenderCardsResult } from '../graphics/og/pool.ts';
import {
  CARDS_AFTER_ASTRO,
  cardCacheDir,
  cardSummary,
  progressPrinter,
  renderSiteCards,
  writeCardJobs,
} from '../graphics/og/site-cards.ts';

/**
 * The content reader, loaded when a card is first asked for: Astro loads this file with its config, before the dev
 * server listens, and the reader (YAML, schema, rules: ~0.2 s of CPU) is not needed until then. `astro dev`'s loader
 * reads with its own copy, compiled by Vite.
 */
async function reader() {
  const [{ contentDirs }, { releaseContent, siteContent }] = await Promise.all([
    import('../site/load.ts'),
    import('../site/build-content.ts'),
  ]);
  return { contentDirs, releaseContent, siteContent };
}

/** The cards of the content this build (or dev server) holds: read by its first step, never again by this one. */
async function cardJobs(includeDrafts: boolean, displayRoot: string): Promise<CardJob[]> {
  const { contentDirs, siteContent } = await reader();
  const content = await siteContent(contentDirs(site.contentDir), { includeDrafts, displayRoot });
  // A site card per language that has pages: the site's own, and each recap's.
  const languages = [...new Set([site.lang, ...content.recaps.map((recap) => recap.lang)])];
  return [
    ...new Map(languages.map((lang) => siteCardJob(lang)).map((job) => [job.file, job])).values(),
    ...content.recaps.map(recapCardJob),
  ];
}

function devMiddleware(logger: AstroIntegrationLogger, root: string): Connect.NextHandleFunction {
  const prefix = `${site.base}${OG_DIR}/`;
  return (req, res, next) => {
    const pathname = (req.url ?? '').split('?')[0] ?? '';
    if (!pathname.startsWith(prefix) || !pathname.endsWith('.png')) return next();
    const file = decodeURIComponent(pathname.slice(prefix.length));
    (async () => {
      const job = (await cardJobs(true, root)).find((j) => j.file === file);
      if (!job) return next();
      const { renderPng } = await import('../graphics/og/render.ts');
      const { withPhotos } = await import('../graphics/og/photo.ts');
      const png = await renderPng(await withPhotos(job.tree, job.photos));
      res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': png.length, 'Cache-Control': 'no-cache' });
      res.end(png);
    })().catch((error: unknown) => {
      logger.error(`card ${file}: ${error instanceof Error ? error.message : String(error)}`);
      next(error);
    });
  };
}

/** Renders the OG cards at build time and serves them in dev. */
export function ogCards(): AstroIntegration {
  let root = process.cwd();
  let started = 0;
  let early: Promise<RenderCardsResult | undefined> | undefined;
  /** Resolves when the pages are written: the early run then renders on every core. */
  let pagesWritten = () => {};
  // Under `npm run build`, whose card step renders the cards after this process has exited: where to write their jobs.
  const handOver = () => process.env[CARDS_AFTER_ASTRO];
  return {
    name: 'fulltime-og-cards',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build' || handOver()) return;
        // Cards depend on the content alone, not on the pages. Rendering them into the cache from the start lets
        // workers use the cores that content sync and page rendering (one thread) leave idle, then every core once
        // the pages are written; build:done then copies them. Every core but one until then: Astro's thread keeps a
        // core to itself (on 2 cores at 1,000 recaps the pages took 37.6 s beside two workers, 22-23 s beside one),
        // and each worker holds ~300 MB (fonts, images in flight), which adds to Astro's own peak. A failure here is
        // dropped: build:done renders again and reports it.
        started = performance.now();
        let written = false;
        const narrowUntil = new Promise<void>((resolve) => (pagesWritten = resolve)).then(() => (written = true));
        // Once the pages are written the build waits on these cards: it says how far they are.
        const progress = progressPrinter((line) => logger.info(line));
        const onProgress = (p: RenderCardsResult) => written && progress(p);
        early = cardJobs(false, root)
          .then((jobs) => renderCards(jobs, { cacheDir: cardCacheDir(), narrowUntil, onProgress }))
          .catch(() => undefined);
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use(devMiddleware(logger, root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!early) started = performance.now();
        // The pages are written: the early run widens to every core.
        pagesWritten();
        const jobs = await cardJobs(false, root);
        // The last step of the build that needs the content: let it go, then collect what the pages and the content
        // left behind while this thread only waits on the cards. Nothing else allocates here to make V8 collect, so the
        // garbage of page rendering would otherwise stay resident beside the card workers (the build's peak).
        (await reader()).releaseContent();
        const jobsFile = handOver();
        if (jobsFile) {
          // The cached cards are placed here (links into the cache, a few hundred ms at 1,000), and only the others are
          // handed over: a rebuild no longer writes 1,000 card trees for the card step to read back and find cached,
          // and with none left the build starts no card step at all.
          const placing = performance.now();
          const misses = await placeCachedCards(jobs, { outDir: path.join(fileURLToPath(dir), OG_DIR), cacheDir: cardCacheDir() });
          const cached = jobs.length - misses.length;
          // Said at once: scripts/build.ts decides from it whether its finishing steps wait for the card step.
          const said: CardsHandedOver = { cardsToRender: misses.length };
          process.send?.(said);
          if (misses.length === 0) {
            logger.info(cardSummary(jobs.length, 0, placing));
            return;
          }
          await writeCardJobs(jobsFile, { jobs: misses, cached });
          logger.info(`${jobs.length} cards: ${cached} from the cache, ${misses.length} to render once Astro has finished`);
          return;
        }
        exposedGc()();
        const before = await early;
        await renderSiteCards(jobs, {
          siteDir: fileURLToPath(dir),
          cacheDir: cardCacheDir(),
          log: (line) => logger.info(line),
          started,
          // Cards the early run rendered count as rendered, not as cache hits of this copy step.
          renderedBefore: before?.rendered ?? 0,
        });
      },
    },
  };
}
