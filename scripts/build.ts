/**
 * `npm run build`: validates every recap, builds the site with Astro into a temporary folder, and only
 * then swaps it into `dist/`. Bad content prints positioned errors and exits 1 before Astro starts;
 * any failure leaves the previous `dist/` as it was.
 *
 * Usage: node scripts/build.ts [--out DIR]
 */
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { rm, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { site } from '../src/config.ts';
import { contentDirs, loadContent } from '../src/site/load.ts';
import { clearContentMemo } from '../src/site/content-memo.ts';
import { formatReport } from '../src/recap/diagnostics.ts';
import { terminalStyles } from './lib/terminal.ts';
import { withPrivateWorkdir } from './lib/private-workdir.ts';
import { finishSite, type FinishSummary } from '../src/delivery/finish-site.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const outDir = path.resolve(root, values.out);
const tmpDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}-tmp-${process.pid}`);
const oldDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}-old-${process.pid}`);
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// V8 lets the heap grow to twice its live size or more before collecting, and the build makes garbage fast (page
// strings, card trees): at 10,000 recaps that is gigabytes of dead objects. A smaller growing factor collects
// sooner (4,000 recaps: peak RSS 3.1 → 2.5 GB, ~3% more time) without a hard heap limit a larger site could hit.
// Unlike the heap size flags, this one is read at every collection, so setting it here takes effect.
setFlagsFromString('--heap-growing-percent=20');
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

async function main(): Promise<number> {
  const started = performance.now();
  const collection = await loadContent(contentDirs(site.contentDir), { includeDrafts: false, displayRoot: process.cwd() });
  const errors = collection.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    console.error(formatReport(errors, terminalStyles(process.stderr)));
    console.error(`\nBuild stopped: fix the ${errors.length === 1 ? 'error' : 'errors'} above. dist/ was not touched.`);
    return 1;
  }
  const recapCount = collection.recaps.length;
  const { build } = await import('astro');
  let finished: FinishSummary;
  try {
    // Builds into a folder outside the working directory (tests, the benchmark) get a private scratch folder.
    await withPrivateWorkdir(root, tmpDir, () =>
      build({ root, outDir: tmpDir, logLevel: process.env['FULLTIME_QUIET'] ? 'warn' : 'info' }),
    );
    // Astro is done with the content: free it before Pagefind, the other large step, starts its own process.
    clearContentMemo();
    collectGarbage();
    // Search index, CSP check of every page and _headers, all on the temporary folder before the swap.
    finished = await finishSite(tmpDir, site.base);
  } catch (error) {
    await rm(tmpDir, { recursive: true, force: true });
    console.error(error instanceof Error ? error.message : String(error));
    console.error('\nBuild failed; dist/ was not touched.');
    return 1;
  }
  if (await exists(outDir)) await rename(outDir, oldDir);
  await rename(tmpDir, outDir);
  await rm(oldDir, { recursive: true, force: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Built ${recapCount} recaps into ${path.relative(process.cwd(), outDir) || '.'}/ in ${seconds}s (${finished.searchPages} pages in the search index)`,
  );
  return 0;
}

process.exitCode = await main().catch(async (error: unknown) => {
  await rm(tmpDir, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : String(error));
  return 1;
});
