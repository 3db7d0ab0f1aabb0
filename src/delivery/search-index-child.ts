/**
 * Runs the Pagefind indexing in its own process for buildSearchIndex(): `node search-index-child.ts <siteDir> [outDir]
 * [--seed]`, with `--seed` reading the fragments to reuse (search-reuse.ts) as JSON from standard input. Prints
 * `SUMMARY {json}` on success; any failure (an error, or Node exiting on a promise Pagefind never settles) shows as a
 * non-zero exit code. `node search-index-child.ts <siteDir> --early` reads the pages ahead (search-early.ts): it prints
 * `READ` once they are read, then takes the update (`IndexUpdate`) as JSON from standard input, or nothing (then it
 * writes nothing).
 */
import { text } from 'node:stream/consumers';
import { indexSite, indexSiteUpdated, type IndexUpdate } from './search-index.ts';
import type { FragmentSeed } from './search-reuse.ts';

const [siteDir, outDir, flag] = process.argv.slice(2);
if (!siteDir) throw new Error('usage: search-index-child.ts <siteDir> [outDir] [--seed] | <siteDir> --early');
const stdin = () => text(process.stdin);
const summary =
  outDir === '--early'
    ? await indexSiteUpdated(
        siteDir,
        () => console.log('READ'),
        stdin().then((json) => (json.trim() === '' ? undefined : (JSON.parse(json) as IndexUpdate))),
      )
    : await indexSite(siteDir, outDir, flag === '--seed' ? (JSON.parse(await stdin()) as FragmentSeed) : undefined);
if (summary) console.log(`SUMMARY ${JSON.stringify(summary)}`);
