/**
 * Keeps concurrent builds apart. For a static build, Astro writes its server chunks to `<outDir>/.prerender/`
 * when the output folder is inside the working directory, and otherwise to `<cwd>/.astro/`
 * (`getOutDirWithinCwd` in astro/dist/core/build/common.js): one folder shared by every build started from
 * the same directory. Two builds at once (test files, the benchmark, two engineers) then overwrite each
 * other's chunks and fail with "Cannot find module …/.astro/.prerender/chunks/…". The chunks import packages,
 * so they must stay inside the project to resolve node_modules: the build runs from a folder of its own under
 * the project's `.cache/`, which becomes its private fallback, and the folder is removed afterwards.
 *
 * The folder is named after the output folder, not the process: two builds into one output folder cannot run at
 * once anyway (they share the folder they build in, scripts/build.ts), and with the same paths from build to build
 * Node's compile cache (scripts/build.ts) keeps one entry per chunk instead of ~16 MB more on every build.
 */
import { createHash } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from '../../src/lib/inside.ts';

/** Runs `build` from a private working folder when `outDir` lies outside the current one; otherwise as is. */
export async function withPrivateWorkdir<T>(projectRoot: string, outDir: string, build: () => Promise<T>): Promise<T> {
  if (isInside(outDir, process.cwd())) return build();
  const name = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 16);
  const dir = path.join(projectRoot, '.cache', 'astro-build', name);
  // What a build that crashed left is not this build's.
  await rm(dir, { recursive: true, force: true });
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
