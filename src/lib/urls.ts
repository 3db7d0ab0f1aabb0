/** Site-relative and absolute URLs, honouring the configured base path. */
import { site } from '../config.ts';

/** A path under the site's base: `url('recaps/x/')` → `/base/recaps/x/`. */
export function url(path = ''): string {
  return `${site.base}${path.replace(/^\/+/, '')}`;
}

/** An absolute URL for feeds, canonical links and OG tags. */
export function absoluteUrl(path = ''): string {
  return new URL(url(path), `${site.url}/`).href;
}

/** The page of a recap. */
export function recapUrl(slug: string): string {
  return url(`recaps/${slug}/`);
}
