/** The site's sections, as the masthead and footer list them, and which one a page belongs to. */
import type { MessageKey } from '../i18n/index.ts';

/** One entry of the section navigation. */
export interface Section {
  readonly id: 'recaps' | 'teams' | 'competitions' | 'tags' | 'search';
  /** The catalogue key of its name (`t(section.label)`). */
  readonly label: MessageKey;
  /** Site-relative path (no base). */
  readonly path: string;
}

/** The sections in navigation order. */
export const sections: readonly Section[] = [
  { id: 'recaps', label: 'nav.recaps', path: '' },
  { id: 'teams', label: 'nav.teams', path: 'teams/' },
  { id: 'competitions', label: 'nav.competitions', path: 'competitions/' },
  { id: 'tags', label: 'nav.tags', path: 'tags/' },
  { id: 'search', label: 'nav.search', path: 'search/' },
];

/** The section a site-relative page path belongs to: the front page, its older pages and recaps are "recaps". */
export function currentSection(path: string): Section['id'] | undefined {
  const first = path.replace(/^\/+/, '').split('/')[0] ?? '';
  if (first === '' || first === 'page' || first === 'recaps') return 'recaps';
  return sections.find((section) => section.path === `${first}/`)?.id;
}
