import { describe, expect, it } from 'vitest';
import { contentLoaders, preloadedLoaders, preloadLoaders } from '../../src/loaders/preloaded.ts';
import { recapLoader } from '../../src/loaders/recap-loader.ts';
import { statFilesLoader } from '../../src/loaders/stat-files-loader.ts';

describe('preloaded content loaders', () => {
  it('leaves nothing until the Astro step preloads, then the loaders of this process', async () => {
    expect(preloadedLoaders()).toBeUndefined();
    // Nothing preloaded (astro dev, astro sync): the content config imports them itself.
    expect(await contentLoaders()).toEqual({ recapLoader, statFilesLoader });
    await preloadLoaders();
    // The same module instances as a plain import: the content config then wires in exactly these factories.
    expect(preloadedLoaders()).toEqual({ recapLoader, statFilesLoader });
    expect(preloadedLoaders()?.recapLoader).toBe(recapLoader);
    expect(await contentLoaders()).toBe(preloadedLoaders());
  });
});
