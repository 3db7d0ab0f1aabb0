/**
 * Shows content errors in the browser during `astro dev`: adds the middleware that throws them, and reloads
 * open pages when content turns invalid or valid again (a fix that restores the last good content changes
 * nothing in Astro's store, so Astro would not reload by itself).
 */
import type { AstroIntegration } from 'astro';
import { onContentStatus } from './content-status.ts';

/** The integration; does nothing outside `astro dev`. */
export function contentErrorOverlay(): AstroIntegration {
  return {
    name: 'fulltime-content-error-overlay',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'dev') addMiddleware({ entrypoint: new URL('./overlay-middleware.ts', import.meta.url), order: 'pre' });
      },
      'astro:server:setup': ({ server }) => {
        const stop = onContentStatus(() => server.environments.client.hot.send({ type: 'full-reload', path: '*' }));
        server.httpServer?.on('close', stop);
      },
    },
  };
}
