/**
 * The normalised match: what every page, graphic and feed reads. Built from validated frontmatter;
 * plain JSON-serialisable data (it is stored by Astro's content layer).
 */
import type { EventType, GoalKind, KickResult } from './schema.ts';
import type { Minute, Period } from './minute.ts';

/** `home` or `away`. */
export type Side = 'home' | 'away';

/** A score, home first. */
export interface Score {
  readonly home: number;
  readonly away: number;
}

/** A team as shown: full name, short name and colour always present. */
export interface Team {
  readonly name: string;
  readonly short: string;
  /** Hex colour, `#rrggbb`. */
  readonly color: string;
  /** URL segment for the team's hub page. */
  readonly slug: string;
}

/** What a team data file says about a team: its canonical name, hub slug, and defaults for short name and colour. */
export interface TeamIdentity {
  readonly name: string;
  readonly slug: string;
  readonly short?: string;
  readonly color?: string;
}

/** Finds the team a recap's name refers to (by canonical name or alias); undefined when no data file names it. */
export type TeamLookup = (name: string) => TeamIdentity | undefined;

/** One match event in match-time order. */
export interface MatchEvent {
  /** Position of the event in the author's list (for messages). */
  readonly index: number;
  readonly minute: Minute;
  readonly period: Period;
  readonly type: EventType;
  /** The side the event belongs to (for an own goal: the side of the player who scored it). */
  readonly team: Side;
  readonly player?: string;
  readonly assist?: string;
  readonly how?: GoalKind;
  readonly in?: string;
  readonly out?: string;
  readonly note?: string;
  /** For goals and own goals: the side the goal counts for. */
  readonly scoredFor?: Side;
  /** For goals and own goals: the running score after this goal. */
  readonly score?: Score;
}

/** One shootout kick with the state after it. */
export interface ShootoutKick {
  /** Position in the author's list. */
  readonly index: number;
  readonly team: Side;
  readonly player?: string;
  readonly result: KickResult;
  /** 1-based round: each side takes one kick per round. */
  readonly round: number;
  /** Shootout score after this kick. */
  readonly score: Score;
  /** True for the kick that decided the shootout. */
  readonly decisive: boolean;
}

/** A round of the shootout: one kick per side (the last round may have only one). */
export interface ShootoutRound {
  readonly round: number;
  readonly home?: ShootoutKick;
  readonly away?: ShootoutKick;
  /** Shootout score after the round. */
  readonly score: Score;
}

/** A penalty shootout. */
export interface Shootout {
  readonly kicks: readonly ShootoutKick[];
  readonly rounds: readonly ShootoutRound[];
  readonly score: Score;
  readonly winner: Side;
  /** Side that kicked first. */
  readonly first: Side;
}

/** How the match ended. */
export type MatchStatus = 'full-time' | 'after-extra-time' | 'on-penalties';

/** The match as every consumer reads it. */
export interface Match {
  readonly competition: string;
  readonly competitionSlug: string;
  readonly season?: string;
  readonly round?: string;
  /** Kick-off as written (date or date-time with offset). */
  readonly kickoff: string;
  /** Kick-off date as written, YYYY-MM-DD (the local date of the match). */
  readonly kickoffDate: string;
  /** True when the kick-off has a time of day. */
  readonly kickoffHasTime: boolean;
  readonly venue?: string;
  readonly attendance?: number;
  readonly referee?: string;
  readonly home: Team;
  readonly away: Team;
  readonly score: Score;
  /** Half-time score: as written, or counted from the events when they are listed. */
  readonly halftime?: Score;
  readonly extraTime: boolean;
  /** Shootout score, when there was one. */
  readonly penalties?: Score;
  /** All events in match-time order (stable for equal minutes). */
  readonly events: readonly MatchEvent[];
  /** True when the recap lists events (an absent list means the author gave none). */
  readonly hasEvents: boolean;
  /** Goals and own goals in match-time order, each with the running score. */
  readonly goals: readonly MatchEvent[];
  readonly shootout?: Shootout;
  readonly status: MatchStatus;
  /** Winner, on the pitch or on penalties; absent for a draw. */
  readonly winner?: Side;
  /** Identity of the match across reports: kick-off date, home and away names. */
  readonly key: string;
}

/** A report of a match: the recap as stored and rendered. */
export interface Recap {
  /** URL segment: the file name without `.md`. */
  readonly slug: string;
  /** File path as shown in messages. */
  readonly file: string;
  readonly title: string;
  /** As written, or the first paragraph cut at about 160 characters. */
  readonly description: string;
  /** Publication date, YYYY-MM-DD. */
  readonly date: string;
  readonly updated?: string;
  readonly author?: string;
  readonly tags: readonly string[];
  readonly draft: boolean;
  readonly match: Match;
  /** The Markdown narrative. */
  readonly body: string;
  /** Other reports of the same match (filled in by the collection). */
  readonly otherReports: readonly RecapLink[];
}

/** A link to another recap. */
export interface RecapLink {
  readonly slug: string;
  readonly title: string;
  readonly author?: string;
}

/** The other side. */
export function opponent(side: Side): Side {
  return side === 'home' ? 'away' : 'home';
}

/** Formats a score as `4-4`. */
export function formatScore(score: Score): string {
  return `${score.home}-${score.away}`;
}
