/**
 * What the search index knows about a recap beyond its text: filters (team, competition), metadata
 * shown in results, and the sort key. Pagefind reads these from `data-pagefind-*` attributes; the
 * search page offers the same filter values, so both come from here.
 */
import { translator } from '../i18n/index.ts';
import type { Match } from '../recap/model.ts';
import { formatScoreline, scoreWithNote } from '../recap/present.ts';

/** The parts of a recap the search fields use. */
export interface SearchableRecap {
  readonly date: string;
  readonly match: Pick<Match, 'home' | 'away' | 'competition' | 'score' | 'penalties' | 'extraTime'>;
  /** The recap's language: the scoreline's note (`pens`, `aet`) is written in it; default English. */
  readonly lang?: string;
}

/** Filter names and their values for one recap. */
export function searchFilters(recap: SearchableRecap): { team: string[]; competition: string[] } {
  const { home, away, competition } = recap.match;
  return { team: [home.name, away.name], competition: [competition] };
}

/** Metadata shown with a result: the date (for display and sorting) and the scoreline with its note (src/recap/present.ts). */
export function searchMeta(recap: SearchableRecap): Record<string, string> {
  const { home, away, score } = recap.match;
  const t = translator(recap.lang ?? 'en');
  const withNote = scoreWithNote(score, recap.match, t, 'short');
  const note = withNote.slice(formatScoreline(score).length);
  return {
    date: recap.date,
    competition: recap.match.competition,
    scoreline: `${home.name} ${formatScoreline(score)} ${away.name}${note}`,
  };
}

/**
 * One `key:value` pair for a Pagefind attribute. Pagefind splits attribute values on commas and the
 * first colon, so commas in the value are escaped with a backslash (and backslashes themselves).
 */
export function pagefindPair(key: string, value: string): string {
  return `${key}:${value.replace(/\\/g, '\\\\').replace(/,/g, '\\,')}`;
}

/** Sorted, de-duplicated filter values over many recaps, for the search form's choices. */
export function filterChoices(recaps: readonly SearchableRecap[]): { team: string[]; competition: string[] } {
  const team = new Set<string>();
  const competition = new Set<string>();
  for (const recap of recaps) {
    const filters = searchFilters(recap);
    filters.team.forEach((t) => team.add(t));
    filters.competition.forEach((c) => competition.add(c));
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });
  return { team: [...team].sort(byName), competition: [...competition].sort(byName) };
}
