/**
 * The recaps `astro dev` serves, straight from the loader's memory. Astro's own store reaches pages late: it saves
 * itself 500 ms after the last change, serialises every entry (half a second at 1,000 recaps, blocking the
 * server), and pages then load the whole store again. So the loader hands each valid content it stores to this slot
 * too, pages read it (src/lib/content.ts) and the integration below makes Astro list the routes again at once, so a
 * saved edit or a new recap shows on the next request. Kept on `globalThis`: the loader, the integration and the
 * pages are separate module instances in one process. Builds never fill the slot.
 */
import type { AstroIntegration } from 'astro';
import type { Recap } from '../recap/model.ts';

/** A recap as pages get it (the body apart). */
type RecapData = Omit<Recap, 'body'>;

/** The valid content the dev server serves. */
export interface LiveContent {
  /** Every recap, in the reader's order. */
  readonly recaps: readonly RecapData[];
  /** Each recap's Markdown body, by slug. */
  readonly bodies: ReadonlyMap<string, string>;
  /** Each recap's digest (the loader's hash of its data and body), by slug. */
  readonly digests: ReadonlyMap<string, string>;
}

interface State {
  content: LiveContent | undefined;
  listeners: Set<() => void>;
}

const KEY = Symbol.for('fulltime.dev.live-content');

function state(): State {
  const holder = globalThis as typeof globalThis & { [KEY]?: State };
  holder[KEY] ??= { content: undefined, listeners: new Set() };
  return holder[KEY];
}

/** The content `astro dev` serves, or undefined outside it. */
export function liveContent(): LiveContent | undefined {
  return state().content;
}

/** What `astro dev` serves before its first valid read: no recaps (the overlay shows the errors). */
export const NO_CONTENT: LiveContent = { recaps: [], bodies: new Map(), digests: new Map() };

/** The loader stored `content`: pages serve it from now on. */
export function serveContent(content: LiveContent): void {
  const s = state();
  s.content = content;
  for (const listener of s.listeners) listener();
}

/** The integration: whenever the loader serves new content, Astro forgets the routes it listed and open pages reload. */
export function liveContentReload(): AstroIntegration {
  return {
    name: 'fulltime-live-content',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const listener = () => {
          // Astro clears its cache of getStaticPaths results on this event (astro/dist/vite-plugin-app/createAstroServerApp.js),
          // as it does when its own store is saved.
          for (const environment of Object.values(server.environments)) {
            if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
          }
          server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        };
        const s = state();
        s.listeners.add(listener);
        server.httpServer?.on('close', () => s.listeners.delete(listener));
      },
    },
  };
}
