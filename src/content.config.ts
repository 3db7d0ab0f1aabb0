/** Wires the recap loader into Astro's content layer. */
import { defineCollection } from 'astro:content';
import path from 'node:path';
import { site } from './config.ts';
import { recapLoader } from './loaders/recap-loader.ts';

export const collections = {
  recaps: defineCollection({
    loader: recapLoader({
      dir: path.join(site.contentDir, 'recaps'),
      teamsDir: path.join(site.contentDir, 'teams'),
      // MODE, not DEV: DEV follows NODE_ENV, so `NODE_ENV=test npm run build` (vitest, some CI) would publish drafts.
      includeDrafts: import.meta.env.MODE === 'development',
    }),
  }),
};
