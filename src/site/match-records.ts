/**
 * Matches, not reports: several recaps may tell one match (same `Match.key`); tables, player totals, round-ups
 * and head-to-heads count each match once. The record keeps every report and reads the match from the fullest
 * one (line-ups, then events), so a short report never hides a longer one's cards.
 */
import { newestFirst } from '../recap/collection.ts';
import type { Match } from '../recap/model.ts';
import { slugFor } from '../recap/slug.ts';
import { commonName, kickoffTime, type RecapEntry } from './hubs.ts';

/** One match, however many recaps report it. */
export interface MatchRecord {
  readonly key: string;
  /** The match as the fullest report tells it. */
  readonly match: Match;
  /** The season most reports give (a match filed under two seasons counts in one). */
  readonly season?: string;
  /** URL segment of the season; `all` when no report gives one. */
  readonly seasonSlug: string;
  readonly round?: string;
  readonly competitionSlug: string;
  readonly competition: string;
  /** Every report, newest first. */
  readonly reports: readonly RecapEntry[];
}

/** How much a report tells beyond the score: line-ups count most, then events. */
function detail(recap: RecapEntry): number {
  const { lineups, events } = recap.match;
  return (lineups?.home ? 1000 : 0) + (lineups?.away ? 1000 : 0) + events.length;
}

/** The majority value among reports (ties: the newest report's), ignoring reports that give none. */
function majority(reports: readonly RecapEntry[], pick: (r: RecapEntry) => string | undefined): string | undefined {
  const values = reports.flatMap((r) => {
    const value = pick(r)?.trim();
    return value ? [value] : [];
  });
  return values.length > 0 ? commonName(values) : undefined;
}

/** The season's URL segment. */
export function seasonSlug(season: string | undefined): string {
  return season ? slugFor(season) || 'all' : 'all';
}

/** One record per match, earliest kick-off first (ties by key); drafts never count. */
export function matchRecords(recaps: readonly RecapEntry[]): MatchRecord[] {
  const groups = new Map<string, RecapEntry[]>();
  for (const recap of recaps) {
    if (recap.draft) continue;
    const list = groups.get(recap.match.key);
    if (list) list.push(recap);
    else groups.set(recap.match.key, [recap]);
  }
  const records = [...groups.values()].map((list): MatchRecord => {
    const reports = [...list].sort(newestFirst);
    const fullest = reports.reduce((best, r) => (detail(r) > detail(best) ? r : best), reports[0] as RecapEntry);
    const season = majority(reports, (r) => r.match.season);
    const round = majority(reports, (r) => r.match.round);
    const competitionSlug = majority(reports, (r) => r.match.competitionSlug) ?? fullest.match.competitionSlug;
    const competition = commonName(reports.filter((r) => r.match.competitionSlug === competitionSlug).map((r) => r.match.competition));
    return {
      key: fullest.match.key,
      match: fullest.match,
      ...(season ? { season } : {}),
      seasonSlug: seasonSlug(season),
      ...(round ? { round } : {}),
      competitionSlug,
      competition,
      reports,
    };
  });
  return records.sort((a, b) => kickoffTime(a.match) - kickoffTime(b.match) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
