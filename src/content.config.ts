/** Wires the content loaders into Astro's content layer: recaps, competition files, player files. */
import { defineCollection } from 'astro:content';
import path from 'node:path';
import { site } from './config.ts';
import { contentLoaders } from './loaders/preloaded.ts';

// Under `npm run build` the Astro step has loaded the loaders already (src/loaders/preloaded.ts).
const { recapLoader, statFilesLoader } = await contentLoaders();

// MODE, not DEV: DEV follows NODE_ENV, so `NODE_ENV=test npm run build` (vitest, some CI) would publish drafts.
const includeDrafts = import.meta.env.MODE === 'development';
const folders = { dir: path.join(site.contentDir, 'recaps'), teamsDir: path.join(site.contentDir, 'teams'), includeDrafts };

export const collections = {
  recaps: defineCollection({
    loader: recapLoader({ dir: folders.dir, teamsDir: folders.teamsDir, includeDrafts }),
  }),
  // Competition and player files (src/site/competitions.ts, src/site/players.ts), read with the recaps.
  competitions: defineCollection({ loader: statFilesLoader({ kind: 'competitions', ...folders }) }),
  players: defineCollection({ loader: statFilesLoader({ kind: 'players', ...folders }) }),
};
