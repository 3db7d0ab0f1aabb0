/**
 * What `astro dev` does not watch. Vite watches the whole project for changed sources, and at start walks every
 * folder in it and watches each one (it leaves out only node_modules, .git and test-results). The build's output
 * (dist/, a build's .dist-* folder being written) and the build caches (.cache/: cards, reads, benchmark sites) hold
 * no source, and can hold thousands of files after a few builds. They are left out, unless the content folder is
 * inside one of them (a kept benchmark site), which the loader watches.
 */
import path from 'node:path';

/** Folders of the project root that hold no source: output and caches. */
const OUTPUT = [/^dist$/, /^\.dist-/, /^\.cache$/];

/** A matcher for Vite's `server.watch.ignored`: true for a path in one of the project's output or cache folders. */
export function outputFolders(root: string, contentDir: string): (file: string) => boolean {
  const top = (file: string) => {
    const relative = path.relative(root, file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative.split(path.sep)[0];
  };
  const content = top(contentDir);
  const left = OUTPUT.filter((pattern) => content === undefined || !pattern.test(content));
  return (file) => {
    const folder = top(file);
    return folder !== undefined && left.some((pattern) => pattern.test(folder));
  };
}
