/**
 * `astro dev` serves recap photos wherever the content folder is (`FULLTIME_CONTENT_DIR` may point outside the
 * project). Its image endpoint fetches a photo from Vite's `/@fs/` route, which serves files outside the project only
 * from allowed folders, or when a module imported them by name; pages import photos by a path known only at run
 * time (src/lib/images.ts, `devStoredImages`), so the content folder is allowed here.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchForWorkspaceRoot } from 'vite';
import { site } from '../config.ts';

/** Allows `astro dev` to serve the content folder's photos. */
export function contentPhotos(): AstroIntegration {
  return {
    name: 'fulltime-content-photos',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'dev') return;
        // A list of allowed folders replaces Vite's default (the workspace root), so that is listed too.
        const root = searchForWorkspaceRoot(fileURLToPath(config.root));
        updateConfig({ vite: { server: { fs: { allow: [root, site.contentDir] } } } });
      },
    },
  };
}
