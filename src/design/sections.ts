/** The site's sections, as the masthead and footer list them, and which one a page belongs to. */

/** One entry of the section navigation. */
export interface Section {
  readonly id: 'recaps' | 'teams' | 'competitions' | 'tags' | 'search';
  readonly label: string;
  /** Site-relative path (no base). */
  readonly path: string;
}

/** The sections in navigation order. */
export const sections: readonly Section[] = [
  { id: 'recaps', label: 'Recaps', path: '' },
  { id: 'teams', label: 'Teams', path: 'teams/' },
  { id: 'competitions', label: 'Competitions', path: 'competitions/' },
  { id: 'tags', label: 'Tags', path: 'tags/' },
  { id: 'search', label: 'Search', path: 'search/' },
];

/** The section a site-relative page path belongs to: the front page, its older pages and recaps are "recaps". */
export function currentSection(path: string): Section['id'] | undefined {
  const first = path.replace(/^\/+/, '').split('/')[0] ?? '';
  if (first === '' || first === 'page' || first === 'recaps') return 'recaps';
  return sections.find((section) => section.path === `${first}/`)?.id;
}
