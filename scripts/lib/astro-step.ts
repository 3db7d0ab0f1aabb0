/**
 * The memory-heavy half of `npm run build`, run by scripts/build.ts as a child process: validate the content,
 * then `astro build` into the given temporary folder. When it exits, all of Astro's memory goes back to the
 * system before the parent runs the search index, whose indexer is the other large consumer; run in one process,
 * the two peaks added up (10,000 recaps: 5.9 GB instead of the larger of the two).
 *
 * Usage (by scripts/build.ts only): node scripts/lib/astro-step.ts <temporary output folder>
 * Exit codes: 0 built (the recap count is sent over IPC), 2 content errors (reported here), 1 build failure. Once
 * Astro has written every page, `PagesWritten` is sent too.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';
import { cacheFolder, site } from '../../src/config.ts';
import { formatReport } from '../../src/recap/diagnostics.ts';
import { preloadLoaders } from '../../src/loaders/preloaded.ts';
import { contentDirs } from '../../src/site/load.ts';
import { siteContent } from '../../src/site/build-content.ts';
import { withPrivateWorkdir } from './private-workdir.ts';
import { terminalStyles } from './terminal.ts';

/** Exit code for content errors: already reported, the parent adds nothing. */
const CONTENT_ERRORS = 2;

/** What this step tells scripts/build.ts over IPC once Astro has written every page (before its sitemap and cards). */
export interface PagesWritten {
  readonly pagesWritten: true;
}
const PAGES_WRITTEN: PagesWritten = { pagesWritten: true };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// V8 lets the heap grow to twice its live size or more before collecting, and the build makes garbage fast (page
// strings, card trees): at 10,000 recaps that is gigabytes of dead objects. A smaller growing factor collects
// sooner (4,000 recaps: peak RSS 3.1 → 2.5 GB, ~3% more time) without a hard heap limit a larger site could hit.
// Unlike the heap size flags, this one is read at every collection, so setting it here takes effect.
setFlagsFromString('--heap-growing-percent=20');

async function main(outDir: string): Promise<number> {
  // The one read of the build: the card integration and the content loader take this result (build-content.ts).
  // Paths in messages are relative to the project root, as the loader stores them (npm runs scripts from there).
  const collection = await siteContent(contentDirs(site.contentDir), {
    includeDrafts: false,
    displayRoot: root,
    // Unchanged recap files are taken from the read cache instead of parsed and validated again (src/recap/read-cache.ts).
    readCacheDir: cacheFolder('reads'),
  });
  const errors = collection.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    console.error(formatReport(errors, terminalStyles(process.stderr)));
    console.error(`\nBuild stopped: fix the ${errors.length === 1 ? 'error' : 'errors'} above. dist/ was not touched.`);
    return CONTENT_ERRORS;
  }
  const recaps = collection.recaps.length;
  // The content config takes these loaders instead of having Vite transform them (src/loaders/preloaded.ts).
  const [{ build }] = await Promise.all([import('astro'), preloadLoaders()]);
  // Builds into a folder outside the working directory (tests, the benchmark) get a private scratch folder.
  // Says when the pages are written, so the parent hashes them while Astro writes its sitemap and this step the card jobs.
  const pagesWritten: AstroIntegration = {
    name: 'fulltime:pages-written',
    hooks: {
      'astro:build:generated': () =>
        new Promise<void>((resolve) => (process.send ? process.send(PAGES_WRITTEN, () => resolve()) : resolve())),
    },
  };
  const logLevel = process.env['FULLTIME_QUIET'] ? 'warn' : 'info';
  await withPrivateWorkdir(root, outDir, () => build({ root, outDir, logLevel, integrations: [pagesWritten] }));
  await new Promise<void>((resolve) => (process.send ? process.send({ recaps }, () => resolve()) : resolve()));
  return 0;
}

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: astro-step.ts <temporary output folder>');
process.exitCode = await main(outDir).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  return 1;
});
