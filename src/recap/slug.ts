/** URL segments for teams, competitions and tags, built with @sindresorhus/slugify. */
import slugify from '@sindresorhus/slugify';

/** A URL-safe segment for a name; names with no Latin transliteration keep their letters, percent-encoded by the browser. */
export function slugFor(name: string): string {
  const slug = slugify(name);
  if (slug !== '') return slug;
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s/\\?#%]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The slug a recap file name must have: lowercase letters, digits and single hyphens. */
export const RECAP_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
