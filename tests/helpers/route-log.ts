/**
 * The routes an `astro build` listed, read from its info-level output. Astro renders several pages at once
 * (`build.concurrency`), so a rendered route's line (`├─ /path`, then `(+12ms)` once written) can be joined by the
 * routes listed meanwhile: the output is split at each `├─`/`└─`. A route taken from the incremental cache is
 * listed with its `(cached)` or `(restored)` mark at once, nothing between the two, so each mark belongs to the route
 * just before it.
 */

/** One route of the list and whether it came from the cache. */
export interface LoggedRoute {
  /** The output path, e.g. `/recaps/x/index.html`. */
  readonly route: string;
  readonly cached: boolean;
}

/** Every route the build listed, in order. */
export function routeLog(stdout: string): LoggedRoute[] {
  const out: LoggedRoute[] = [];
  for (const part of stdout.split(/[├└]─ /).slice(1)) {
    const route = /^(\/\S*?\.(?:html|xml|svg|txt|json))/.exec(part)?.[1];
    if (route) out.push({ route, cached: /^\S+\s+\((?:cached|restored)\)/.test(part) });
  }
  return out;
}

/** The routes the build rendered (not taken from its cache). */
export function renderedRoutes(stdout: string): string[] {
  return routeLog(stdout)
    .filter((r) => !r.cached)
    .map((r) => r.route);
}
