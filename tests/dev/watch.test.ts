/** What `astro dev` leaves unwatched (src/dev/watch.ts): the build's output and caches, never the content folder. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputFolders } from '../../src/dev/watch.ts';

const root = path.join(path.sep, 'project');
const at = (...parts: string[]) => path.join(root, ...parts);

describe('the dev watcher', () => {
  it('leaves out the output and cache folders, and only those', () => {
    const ignored = outputFolders(root, at('content'));
    for (const file of [
      at('dist'),
      at('dist', 'recaps', 'a', 'index.html'),
      at('.dist-123', 'x.html'),
      at('.cache'),
      at('.cache', 'og', 'a.png'),
    ])
      expect(ignored(file), file).toBe(true);
    for (const file of [
      root,
      at('src', 'pages', 'index.astro'),
      at('content', 'recaps', 'a.md'),
      at('distant', 'a.ts'),
      at('src', 'dist', 'a.ts'),
      path.join(path.sep, 'elsewhere', 'dist', 'a'),
    ])
      expect(ignored(file), file).toBe(false);
  });

  it('watches a content folder kept inside the cache (a benchmark site)', () => {
    const ignored = outputFolders(root, at('.cache', 'bench', 'site', 'content'));
    expect(ignored(at('.cache', 'bench', 'site', 'content', 'recaps', 'a.md'))).toBe(false);
    expect(ignored(at('dist', 'index.html'))).toBe(true);
  });
});
