/**
 * Astro integration for the web fonts: when Astro starts (build or dev), cuts the fonts (src/design/fonts.ts) into the
 * cache, or finds them there, and points the import `@fulltime/fonts/...` at that folder. src/styles/fonts.css imports
 * `@fulltime/fonts/faces.css` (Vite inlines it and hashes the fonts into /_astro/ like any asset); the layout preloads
 * the serif's Latin file from the same folder.
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
        const env = process.env;
        const cache = env['FULLTIME_CACHE_DIR'] ? path.join(env['FULLTIME_CACHE_DIR'], 'fonts') : path.join(root, '.cache', 'fonts');
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
