/**
 * The cards step of `npm run build` in a process of its own (renderSiteCardsInChild): it reads the card jobs the
 * Astro step wrote (the cards not in the cache), renders them, and exits. Its workers' memory (fonts, layout and
 * raster engines, the allocator's per-thread pools) goes back to the system when it exits, before the search index
 * is built; kept in the build's own process, that memory stayed resident beside the indexer (1,000 recaps: peak
 * 1,440 MB).
 *
 * Usage (by renderSiteCardsInChild only): node site-cards-child.ts <jobs file> <site folder> <card cache folder>
 */
import { readCardJobs, renderSiteCards } from './site-cards.ts';

const [jobsFile, siteDir, cacheDir] = process.argv.slice(2);
if (!jobsFile || !siteDir || !cacheDir) throw new Error('usage: site-cards-child.ts <jobs file> <site folder> <card cache folder>');
const quiet = Boolean(process.env['FULLTIME_QUIET']);
try {
  const { jobs, cached } = await readCardJobs(jobsFile);
  await renderSiteCards(jobs, {
    siteDir,
    cacheDir,
    cachedBefore: cached,
    log: (line) => quiet || console.log(`[cards] ${line}`),
  });
} catch (error) {
  console.error(`Rendering the social cards failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
