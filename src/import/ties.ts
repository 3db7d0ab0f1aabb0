/**
 * Two-legged ties in imported data. The data never says "second leg" and carries no aggregate score, but a
 * shootout after a score that is not drawn can only end the second leg of a tie level on aggregate: that match
 * gets `leg: 2` (README "Recap format"). Its aggregate is written only when the first leg is known: the reverse
 * fixture in the same competition (and season), earlier, in the same data file or among the recaps already in
 * content/recaps, with teams matched as the build matches them (canonical names from content/teams/).
 */
import type { Score } from '../recap/model.ts';
import { slugFor } from '../recap/slug.ts';
import type { ImportedMatch } from './model.ts';

/** A match that may be one leg of a tie, with canonical team names. */
export interface LegCandidate {
  readonly competition: string;
  readonly season?: string | undefined;
  /** Kick-off date, YYYY-MM-DD. */
  readonly date: string;
  readonly home: string;
  readonly away: string;
  readonly score: Score;
  /** Set when the match is known to be a leg already (a recap's `leg`). */
  readonly leg?: 1 | 2 | undefined;
  /** Where it is: a place in the data file (`response[0]`) or a recap file. */
  readonly where: string;
}

/** A match's part in a tie, as the recap writes it. */
export interface Tie {
  readonly leg: 1 | 2;
  /** The aggregate after the second leg, its home team first: only when the first leg is known. */
  readonly aggregate?: Score;
  /** Where the other leg was found. */
  readonly otherLeg?: string;
}

/** A shootout after a score that is not drawn: the second leg of a tie that was level on aggregate. */
export function isSecondLeg(match: Pick<ImportedMatch, 'score' | 'penalties' | 'shootout'>): boolean {
  return match.score.home !== match.score.away && (match.penalties !== undefined || (match.shootout ?? []).length > 0);
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The first leg of `second` among `candidates`: the reverse fixture (home and away swapped) in the same
 * competition, the same season when both give one, played before it and not itself a second leg; the latest
 * such match when there are several.
 */
export function findFirstLeg(second: LegCandidate, candidates: readonly LegCandidate[]): LegCandidate | undefined {
  const competition = slugFor(second.competition);
  return candidates
    .filter(
      (c) =>
        same(c.home, second.away) &&
        same(c.away, second.home) &&
        slugFor(c.competition) === competition &&
        (c.season === undefined || second.season === undefined || c.season === second.season) &&
        c.date < second.date &&
        c.leg !== 2,
    )
    .sort((a, b) => b.date.localeCompare(a.date))[0];
}

/** The aggregate after the second leg, its home team first (the first leg was played the other way round). */
export function aggregateAfter(second: Score, first: Score): Score {
  return { home: second.home + first.away, away: second.away + first.home };
}

/** What the search found for one second leg. */
export interface TieOutcome {
  readonly tie: Tie;
  /** The first leg, when one was found (also when it did not fit). */
  readonly firstLeg?: LegCandidate;
  /** Why a first leg that was found gave no aggregate. */
  readonly warning?: string;
}

/**
 * The tie of a second leg: its aggregate when the first leg is found and the two add up to a level tie (a
 * shootout needs one); otherwise `leg: 2` alone, with a warning when the match found does not fit.
 */
export function secondLegTie(second: LegCandidate, candidates: readonly LegCandidate[]): TieOutcome {
  const first = findFirstLeg(second, candidates);
  if (!first) return { tie: { leg: 2 } };
  const aggregate = aggregateAfter(second.score, first.score);
  if (aggregate.home !== aggregate.away)
    return {
      tie: { leg: 2 },
      firstLeg: first,
      warning: `${first.home} v ${first.away} on ${first.date} (${first.where}) looks like the first leg, but with it the aggregate would be ${aggregate.home}-${aggregate.away}, not level as a shootout needs; the aggregate was left out`,
    };
  return { tie: { leg: 2, aggregate, otherLeg: first.where }, firstLeg: first };
}
