/**
 * Keeps concurrent builds apart. For a static build, Astro writes its server chunks to `<outDir>/.prerender/`
 * when the output folder is inside the working directory, and otherwise to `<cwd>/.astro/`
 * (`getOutDirWithinCwd` in astro/dist/core/build/common.js): one folder shared by every build started from
 * the same directory. Two builds at once (test files, the benchmark, two engineers) then overwrite each
 * other's chunks and fail with "Cannot find module …/.astro/.prerender/chunks/…". The chunks import packages,
 * so they must stay inside the project to resolve node_modules: the build runs from a folder of its own under
 * the project's `.cache/`, which becomes its private fallback, and the folder is removed afterwards.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Runs `build` from a private working folder when `outDir` lies outside the current one; otherwise as is. */
export async function withPrivateWorkdir<T>(projectRoot: string, outDir: string, build: () => Promise<T>): Promise<T> {
  if (isInside(outDir, process.cwd())) return build();
  const dir = path.join(projectRoot, '.cache', 'astro-build', String(process.pid));
  await mkdir(dir, { recursive: true });
  const previous = process.cwd();
  process.chdir(dir);
  try {
    return await build();
  } finally {
    process.chdir(previous);
    await rm(dir, { recursive: true, force: true });
  }
}
