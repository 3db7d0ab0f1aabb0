/**
 * Runs the Pagefind indexing in its own process for buildSearchIndex(): `node search-index-child.ts <siteDir> [outDir]`.
 * Prints `SUMMARY {json}` on success; any failure (an error, or Node exiting on a promise Pagefind never
 * settles) shows as a non-zero exit code.
 */
import { indexSite } from './search-index.ts';

const [siteDir, outDir] = process.argv.slice(2);
if (!siteDir) throw new Error('usage: search-index-child.ts <siteDir> [outDir]');
const summary = await indexSite(siteDir, outDir);
console.log(`SUMMARY ${JSON.stringify(summary)}`);
