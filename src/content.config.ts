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
      includeDrafts: import.meta.env.DEV,
    }),
  }),
};
