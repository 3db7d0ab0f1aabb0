/**
 * What `astro dev` does not watch. Vite watches the whole project for changed sources, and at start walks every
 * folder in it and watches each one (it leaves out only node_modules, .git and test-results). The build's output
 * (dist/, a build's .dist-* folder being written) and the build caches (.cache/: cards, reads, benchmark sites) hold
 * no source, and can hold thousands of files after a few builds. The tests and the command-line scripts (tests/,
 * scripts/) hold no source of the site either (nothing under src/ imports them): with them, the walk was about half
 * of the project's files, 0.1-0.2 s of Astro's thread as it starts. They are left out, unless the content folder is
 * inside one of them (a kept benchmark site, a test's fixture), which the loader watches.
 */
import path from 'node:path';

/** Folders of the project root that hold no source of the site: output, caches, tests and command-line scripts. */
const NOT_SOURCE = [/^dist$/, /^\.dist-/, /^\.cache$/, /^tests$/, /^scripts$/];

/** A matcher for Vite's `server.watch.ignored`: true for a path in one of those folders of the project. */
export function unwatchedFolders(root: string, contentDir: string): (file: string) => boolean {
  const top = (file: string) => {
    const relative = path.relative(root, file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative.split(path.sep)[0];
  };
  const content = top(contentDir);
  const left = NOT_SOURCE.filter((pattern) => content === undefined || !pattern.test(content));
  return (file) => {
    const folder = top(file);
    return folder !== undefined && left.some((pattern) => pattern.test(folder));
  };
}
