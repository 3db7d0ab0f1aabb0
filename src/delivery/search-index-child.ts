/**
 * Runs the Pagefind indexing in its own process for buildSearchIndex(): `node search-index-child.ts <siteDir> [outDir]
 * [--seed]`, with `--seed` reading the fragments to reuse (search-reuse.ts) as JSON from standard input.
 * Prints `SUMMARY {json}` on success; any failure (an error, or Node exiting on a promise Pagefind never
 * settles) shows as a non-zero exit code.
 */
import { text } from 'node:stream/consumers';
import { indexSite } from './search-index.ts';
import type { FragmentSeed } from './search-reuse.ts';

const [siteDir, outDir, flag] = process.argv.slice(2);
if (!siteDir) throw new Error('usage: search-index-child.ts <siteDir> [outDir] [--seed]');
const seed = flag === '--seed' ? (JSON.parse(await text(process.stdin)) as FragmentSeed) : undefined;
const summary = await indexSite(siteDir, outDir, seed);
console.log(`SUMMARY ${JSON.stringify(summary)}`);
