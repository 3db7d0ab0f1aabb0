import { describe, expect, it } from 'vitest';
import { renderedRoutes, routeLog } from '../helpers/route-log.ts';

describe('the route list of a build that renders pages four at a time', () => {
  // As Astro prints it: a rendered route's path, then its time once written, with other routes listed meanwhile.
  const stdout = [
    '22:10:01   ├─ /404.html (+60ms) ',
    '22:10:01   ├─ /recaps/a/index.html22:10:01   ├─ /recaps/b/index.html (restored)',
    '22:10:01   ├─ /recaps/c/index.html (cached) (+12ms) ',
    '22:10:01   ├─ /recaps/d/timeline.svg22:10:01   ├─ /recaps/e/index.html (+3ms)  (+4ms) ',
    '22:10:02   └─ /search/index.json (restored)',
  ].join('\n');

  it('gives every route once, with its own mark', () => {
    expect(routeLog(stdout)).toEqual([
      { route: '/404.html', cached: false },
      { route: '/recaps/a/index.html', cached: false },
      { route: '/recaps/b/index.html', cached: true },
      { route: '/recaps/c/index.html', cached: true },
      { route: '/recaps/d/timeline.svg', cached: false },
      { route: '/recaps/e/index.html', cached: false },
      { route: '/search/index.json', cached: true },
    ]);
  });

  it('counts a rendered route joined by a cached one as rendered', () => {
    expect(renderedRoutes(stdout)).toEqual(['/404.html', '/recaps/a/index.html', '/recaps/d/timeline.svg', '/recaps/e/index.html']);
  });
});
