/**
 * The content loaders as the build's Astro step loaded them. Astro loads the content config through Vite, which
 * transformed the loaders and everything behind them (the recap reader, the Markdown renderer: about 50 of our modules)
 * afresh on every build, 0.6-0.8 s at 1,000 recaps before the content sync could start. The Astro step
 * (scripts/lib/astro-step.ts) has Node import them instead, which keeps them compiled between builds, and leaves them
 * here, on `globalThis` like the content it read (held-content.ts); the content config takes them from here, and
 * imports them itself where nothing was left (`astro dev`, `astro sync`, `astro build`). In `astro dev` the same
 * preload made no difference to the first start (4.05 and 4.34 s against 4.17 and 4.35 s at 1,000 recaps), so it stays
 * with Vite there, which reloads the loaders when they change.
 */
import type { recapLoader } from './recap-loader.ts';
import type { statFilesLoader } from './stat-files-loader.ts';

/** The loader factories the content config wires in. */
export interface ContentLoaders {
  readonly recapLoader: typeof recapLoader;
  readonly statFilesLoader: typeof statFilesLoader;
}

const SLOT = Symbol.for('fulltime.content-loaders');
type Holder = { [SLOT]?: ContentLoaders };

/** The loaders the Astro step left for the content config, if it did. */
export function preloadedLoaders(): ContentLoaders | undefined {
  return (globalThis as Holder)[SLOT];
}

/** Imports the loaders (with Node in the Astro step, through Vite in the content config). */
async function importLoaders(): Promise<ContentLoaders> {
  const [{ recapLoader }, { statFilesLoader }] = await Promise.all([import('./recap-loader.ts'), import('./stat-files-loader.ts')]);
  return { recapLoader, statFilesLoader };
}

/** Imports the loaders with Node and leaves them for the content config of the build starting in this process. */
export async function preloadLoaders(): Promise<void> {
  (globalThis as Holder)[SLOT] = await importLoaders();
}

/** The loaders for the content config: those the Astro step left, else imported here. */
export async function contentLoaders(): Promise<ContentLoaders> {
  return preloadedLoaders() ?? importLoaders();
}
