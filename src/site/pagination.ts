/**
 * Index pagination under `page/`: Astro's paginate() numbers a `[...page]` route as `/`, `/2/`, …;
 * these helpers move pages 2 and up to `/page/2/`, … in both the route params and the generated links.
 */
import { indexPageUrl } from './routes.ts';

/** A `format` for paginate(): `<base>2/` → `<base>page/2/`; the first page is left as is. */
export function pageUrlFormat(base: string): (generated: string) => string {
  return (generated) => {
    const rest = generated.startsWith(base) ? generated.slice(base.length) : generated.replace(/^\/+/, '');
    const n = /^(\d+)\/?$/.exec(rest);
    return n ? indexPageUrl(Number(n[1])) : generated;
  };
}

/** Rewrites the rest parameter of paginate()'s routes: `{ page: '2' }` → `{ page: 'page/2' }`. */
export function underPageSegment<T extends { params: { page?: string | undefined } }>(routes: readonly T[]): T[] {
  return routes.map((route) =>
    route.params.page === undefined ? route : { ...route, params: { ...route.params, page: `page/${route.params.page}` } },
  );
}
