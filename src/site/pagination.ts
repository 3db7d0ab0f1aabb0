/**
 * Index pagination under `page/`: Astro's paginate() numbers a `[...page]` route as `/`, `/2/`, …;
 * these helpers move pages 2 and up to `/page/2/`, … in both the route params and the generated links,
 * and put a language's pages under its prefix (`/es/`, `/es/page/2/`).
 */
import { indexPageUrl, languagePath } from './routes.ts';

/** A `format` for paginate(): `<base>` → the language's first page, `<base>2/` → `<base>[<lang>/]page/2/`. */
export function pageUrlFormat(base: string, lang?: string): (generated: string) => string {
  return (generated) => {
    const rest = generated.startsWith(base) ? generated.slice(base.length) : generated.replace(/^\/+/, '');
    if (rest === '') return lang ? indexPageUrl(1, lang) : generated;
    const n = /^(\d+)\/?$/.exec(rest);
    return n ? indexPageUrl(Number(n[1]), lang) : generated;
  };
}

/** Rewrites the rest parameter of paginate()'s routes: `{ page: '2' }` → `{ page: '[<lang>/]page/2' }`, page 1 → `<lang>`. */
export function underPageSegment<T extends { params: { page?: string | undefined } }>(routes: readonly T[], lang?: string): T[] {
  const prefix = lang ? languagePath('', lang).replace(/\/$/, '') : '';
  return routes.map((route) => {
    const page = route.params.page === undefined ? prefix : `${prefix ? `${prefix}/` : ''}page/${route.params.page}`;
    return page === '' ? route : { ...route, params: { ...route.params, page } };
  });
}
