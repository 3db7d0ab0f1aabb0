/**
 * Astro integration for the web fonts: when Astro starts (build or dev), cuts the fonts (src/design/fonts.ts) into
 * the font cache (`node_modules/.cache/fulltime-fonts`, or `$FULLTIME_FONT_CACHE_DIR`), or finds them there, and
 * points the import `@fulltime/fonts/...` at that folder. src/styles/fonts.css imports `@fulltime/fonts/faces.css`
 * (Vite inlines it and hashes the fonts into /_astro/ like any asset); the layout preloads the Latin serif and Inter
 * from the same folder.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fontsDir } from '../design/fonts.ts';

/** The import prefix of the cut fonts and their stylesheet. */
export const FONTS_ALIAS = '@fulltime/fonts';

/** Cuts the web fonts into the cache and makes them importable. */
export function fonts(): AstroIntegration {
  return {
    name: 'fulltime-fonts',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        // The cut files depend on the installed packages alone, never on the site (their folder is named by a hash of
        // both), so every build on the machine shares them, as Vite shares its pre-bundled dependencies: a build with a
        // fresh FULLTIME_CACHE_DIR (tests, benchmarks) does not cut them again (2-3 s of CPU).
        const cache = process.env['FULLTIME_FONT_CACHE_DIR'] ?? path.join(root, 'node_modules', '.cache', 'fulltime-fonts');
        const dir = await fontsDir(cache);
        updateConfig({
          vite: {
            resolve: { alias: [{ find: FONTS_ALIAS, replacement: dir }] },
            // `astro dev` serves files outside the project only from allowed folders (the cache may be elsewhere).
            server: { fs: { allow: [root, dir] } },
          },
        });
      },
    },
  };
}
