/**
 * What `astro dev` leaves unwatched (src/dev/watch.ts): the build's output and caches, tests and scripts, never the
 * content folder or the way to it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unwatchedFolders } from '../../src/dev/watch.ts';

const root = path.join(path.sep, 'project');
const at = (...parts: string[]) => path.join(root, ...parts);

describe('the dev watcher', () => {
  it('leaves out the output, cache, test and script folders, and only those', () => {
    const ignored = unwatchedFolders(root, at('content'));
    for (const file of [
      at('dist'),
      at('dist', 'recaps', 'a', 'index.html'),
      at('.dist-123', 'x.html'),
      at('.cache'),
      at('.cache', 'og', 'a.png'),
      at('tests'),
      at('tests', 'dev', 'watch.test.ts'),
      at('scripts', 'bench', 'generate.ts'),
    ])
      expect(ignored(file), file).toBe(true);
    for (const file of [
      root,
      at('src', 'pages', 'index.astro'),
      at('content', 'recaps', 'a.md'),
      at('distant', 'a.ts'),
      at('src', 'dist', 'a.ts'),
      // The site's own browser scripts, and folders that only start like the left-out ones.
      at('src', 'scripts', 'search.ts'),
      at('tests-old', 'a.ts'),
      at('scripts.md'),
      path.join(path.sep, 'elsewhere', 'dist', 'a'),
    ])
      expect(ignored(file), file).toBe(false);
  });

  it('watches a content folder kept inside the cache (a benchmark site) and the way to it, not what lies beside it', () => {
    const ignored = unwatchedFolders(root, at('.cache', 'bench', 'site', 'content'));
    for (const file of [
      at('.cache'),
      at('.cache', 'bench'),
      at('.cache', 'bench', 'site'),
      at('.cache', 'bench', 'site', 'content'),
      at('.cache', 'bench', 'site', 'content', 'recaps', 'a.md'),
      at('src', 'pages', 'index.astro'),
    ])
      expect(ignored(file), file).toBe(false);
    for (const file of [
      // The benchmark's built site, caches and baseline projects beside its content.
      at('.cache', 'bench', 'site', 'ours', 'dist', 'index.html'),
      at('.cache', 'bench', 'site', 'cache', 'og', 'a.png'),
      at('.cache', 'bench', 'other-site'),
      at('.cache', 'og', 'a.png'),
      // A folder whose name only starts like the content folder's.
      at('.cache', 'bench', 'site', 'content-old', 'recaps', 'a.md'),
      at('dist', 'index.html'),
    ])
      expect(ignored(file), file).toBe(true);
  });

  it('watches a content folder kept among the tests (a fixture), and none of their other files', () => {
    const ignored = unwatchedFolders(root, at('tests', 'fixtures', 'site', 'content'));
    expect(ignored(at('tests', 'fixtures', 'site', 'content', 'recaps', 'a.md'))).toBe(false);
    expect(ignored(at('tests', 'fixtures'))).toBe(false);
    expect(ignored(at('tests', 'dev', 'watch.test.ts'))).toBe(true);
    expect(ignored(at('tests', 'fixtures', 'other', 'recaps', 'a.md'))).toBe(true);
    expect(ignored(at('scripts', 'build.ts'))).toBe(true);
  });

  it('takes paths relative to the project as well', () => {
    const ignored = unwatchedFolders(root, at('.cache', 'bench', 'site', 'content'));
    expect(ignored(path.join('.cache', 'og', 'a.png'))).toBe(true);
    expect(ignored(path.join('.cache', 'bench', 'site', 'content', 'recaps', 'a.md'))).toBe(false);
  });
});
