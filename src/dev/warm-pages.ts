/**
 * Compiles every page of `astro dev` ahead of its first request, once the first page has been served. Vite's own
 * warm-up (`dev.warmup`) starts as the server listens, on the thread that also compiles and renders the first page
 * asked for: at 1,000 recaps it compiled some 60 modules of other pages before that page could answer (about 0.3 s
 * of the start). Started after the first answer instead, the other pages are still compiled before an author opens
 * them, and the first one is not kept waiting.
 */
import { glob } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { DevEnvironment } from 'vite';

/** Vite's module URL of a project file, as its own warm-up requests it: `/src/...`. */
function moduleUrl(root: string, file: string): string {
  return `/${path.relative(root, file).split(path.sep).join('/')}`;
}

/** Requests each file matching `patterns` (relative to `root`) in `environment`, as Vite's warm-up does. */
export async function warmFiles(
  environment: Pick<DevEnvironment, 'warmupRequest'>,
  root: string,
  patterns: readonly string[],
): Promise<number> {
  let count = 0;
  for await (const file of glob([...patterns], { cwd: root })) {
    void environment.warmupRequest(moduleUrl(root, path.resolve(root, file)));
    count++;
  }
  return count;
}

/** The integration: after the dev server's first answer, warms `patterns` (the pages) in the `ssr` environment. */
export function warmPagesAfterFirstRequest(patterns: readonly string[] = ['src/pages/**/*.{astro,ts}']): AstroIntegration {
  return {
    name: 'fulltime-warm-pages',
    hooks: {
      'astro:server:setup': ({ server }) => {
        let started = false;
        server.middlewares.use((_req, res, next) => {
          if (!started) {
            started = true;
            const ssr = server.environments.ssr;
            res.once('finish', () => void (ssr ? warmFiles(ssr, server.config.root, patterns) : undefined));
          }
          next();
        });
      },
    },
  };
}
