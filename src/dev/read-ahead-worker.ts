/**
 * A worker of src/dev/read-ahead.ts: reads one shard of the recap folder (every `shards`-th file) through the content
 * reader's own per-file read and the read cache, as the recap loader's first sync would. Shard 0 then takes in what
 * the other shards found (over a message port each: the cache entries they used and the valid reads they added) and
 * saves the cache once, so the loader finds every valid read of the folder there. The read's result is not used
 * otherwise.
 */
import { readFile } from 'node:fs/promises';
import { workerData, type MessagePort } from 'node:worker_threads';
import { site } from '../config.ts';
import { checkCollection, listRecapFiles } from '../recap/collection.ts';
import type { Recap } from '../recap/model.ts';
import { openReadCache, type ReadCache } from '../recap/read-cache.ts';
import { loadTeams } from '../site/teams.ts';
import type { ReadAheadJob } from './read-ahead.ts';

/** What one shard found: keys of cache entries it used, and the valid reads it added. */
export interface ShardResult {
  readonly used: readonly string[];
  readonly added: readonly (readonly [string, Recap])[];
}

/** The worker's data: the job, which shard this is, and its ports (shard 0: one from each other shard; others: one to shard 0). */
export interface ShardData {
  readonly job: ReadAheadJob;
  readonly shard: number;
  readonly shards: number;
  readonly ports: readonly MessagePort[];
}

const { job, shard, shards, ports } = workerData as ShardData;
const [teams, paths] = await Promise.all([loadTeams(job.teams, { displayRoot: job.displayRoot }), listRecapFiles(job.recaps)]);
const files = await Promise.all(paths.filter((_, i) => i % shards === shard).map(async (p) => ({ path: p, content: await readFile(p) })));
// The context src/site/load.ts (contentFrom) opens the cache with: the team files read and the site's language.
const cache = await openReadCache(job.readCacheDir, { teams: teams.teams, defaultLang: site.lang });
const used: string[] = [];
const added: [string, Recap][] = [];
const recording: ReadCache | undefined = cache && {
  keyOf: (shown, slug, content) => cache.keyOf(shown, slug, content),
  get(key) {
    const recap = cache.get(key);
    if (recap !== undefined) used.push(key);
    return recap;
  },
  set(key, recap) {
    cache.set(key, recap);
    added.push([key, recap]);
  },
};
// Drafts or not, every file is read and every valid read kept: the cache holds reads, not the filtered collection.
checkCollection(files, {
  includeDrafts: true,
  displayRoot: job.displayRoot,
  teams: teams.lookup,
  defaultLang: site.lang,
  cache: recording,
});
if (shard > 0) {
  ports[0]?.postMessage({ used, added } satisfies ShardResult);
  ports[0]?.close();
} else if (cache) {
  // A shard that failed closes its port without a result: its files are left to the loader.
  const results = await Promise.all(
    ports.map(
      (port) =>
        new Promise<ShardResult | undefined>((resolve) => {
          port.once('message', (result: ShardResult) => resolve(result));
          port.once('close', () => resolve(undefined));
        }),
    ),
  );
  for (const result of results) {
    for (const key of result?.used ?? []) cache.get(key);
    for (const [key, recap] of result?.added ?? []) cache.set(key, recap);
  }
  await cache.save();
}
for (const port of ports) port.close();
