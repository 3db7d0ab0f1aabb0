/**
 * What `astro dev` does not watch. Vite watches the whole project for changed sources, and at start walks every
 * folder in it and watches each one (it leaves out only node_modules, .git and test-results). The build's output
 * (dist/, a build's .dist-* folder being written) and the build caches (.cache/: cards, reads, benchmark sites) hold
 * no source, and can hold thousands of files after a few builds. The tests and the command-line scripts (tests/,
 * scripts/) hold no source of the site either (nothing under src/ imports them): with them, the walk was about half
 * of the project's files, 0.1-0.2 s of Astro's thread as it starts.
 *
 * A content folder kept inside one of them (a benchmark site under .cache/bench/, a test's fixture) is watched, since
 * the loader watches through Vite's watcher, and so are the folders on the way to it, which the walk goes through;
 * nothing else in that folder is. Watching all of .cache/ for a benchmark site's sake walked the built site, the
 * caches and the baseline projects beside it: with 20,000 files there, a first start took 9.15 s instead of 4.89 s.
 */
import path from 'node:path';
import { isInside } from '../lib/inside.ts';

/** Folders of the project root that hold no source of the site: output, caches, tests and command-line scripts. */
const NOT_SOURCE = [/^dist$/, /^\.dist-/, /^\.cache$/, /^tests$/, /^scripts$/];

/** A matcher for Vite's `server.watch.ignored`: true for a path in one of those folders of the project. */
export function unwatchedFolders(root: string, contentDir: string): (file: string) => boolean {
  const content = path.resolve(root, contentDir);
  return (file) => {
    const absolute = path.resolve(root, file);
    if (!isInside(absolute, root)) return false;
    const folder = path.relative(root, absolute).split(path.sep)[0] ?? '';
    if (!NOT_SOURCE.some((pattern) => pattern.test(folder))) return false;
    // The content folder, what it holds, and the folders on the way to it.
    return !isInside(absolute, content) && !isInside(content, absolute);
  };
}
