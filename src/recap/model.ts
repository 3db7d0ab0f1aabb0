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

/** A line-up position (README "Recap format", "Line-ups"). */
export type Position = 'GK' | 'DF' | 'MF' | 'FW';

/** A player as a line-up lists them. */
export interface LineupPlayer {
  readonly name: string;
  readonly number?: number;
  readonly position?: Position;
}

/** One side's line-up: starters (goalkeeper first, then line by line from defence, right to left), bench and coach. */
export interface Lineup {
  /** Outfield lines from defence to attack, e.g. [4, 2, 3, 1]; absent when no formation was given. */
  readonly formation?: readonly number[];
  readonly coach?: string;
  readonly starting: readonly LineupPlayer[];
  readonly bench: readonly LineupPlayer[];
}

/** Line-ups as given: either side may be missing. */
export interface Lineups {
  readonly home?: Lineup;
  readonly away?: Lineup;
}

/** How a player's match ended early. */
export type LeftReason = 'sub' | 'red' | 'second-yellow';

/**
 * One player's part in a match, from the line-up, substitutions and sendings-off (computed by
 * `src/recap/appearances.ts`): who started, came on or stayed on the bench, when, and minutes played.
 */
export interface Appearance {
  readonly name: string;
  readonly number?: number;
  readonly position?: Position;
  readonly started: boolean;
  /** The minute a substitute came on. */
  readonly on?: Minute;
  /** The minute the player went off or was sent off. */
  readonly off?: Minute;
  readonly offReason?: LeftReason;
  /** Minutes on the pitch (0 for an unused substitute), counting extra time and `halfLength`. */
  readonly minutes: number;
}

/** A statistic for both sides, home first. */
export interface StatPair {
  readonly home: number;
  readonly away: number;
}

/** Names of the match statistics README "Recap format" allows, in display order. */
export const STAT_KEYS = ['possession', 'shots', 'shotsOnTarget', 'corners', 'fouls', 'offsides', 'saves', 'xg'] as const;
/** One statistic's name. */
export type StatKey = (typeof STAT_KEYS)[number];
/** Match statistics: only the ones the author gave. */
export type MatchStats = Readonly<Partial<Record<StatKey, StatPair>>>;

/** The cover photo of a recap, as written (the path is relative to the recap file). */
export interface Cover {
  readonly src: string;
  readonly alt: string;
  readonly caption?: string;
  readonly credit?: string;
}

/** A local image a recap shows, as checked by the content reader: it exists and decodes. */
export interface RecapImage {
  /** The path as written in the recap, relative to the recap file (`./photos/goal.jpg`). */
  readonly src: string;
  /** The file, from the same root as `Recap.file` (`content/recaps/photos/goal.jpg`). */
  readonly file: string;
  /** The file's absolute path (card rendering reads it while a build runs from another working directory). */
  readonly absolute: string;
  /** SHA-256 of the file's bytes, 16 hex digits: cache keys of the pages and cards that show it include it. */
  readonly hash: string;
  /** Size in pixels, as displayed (EXIF rotation applied). */
  readonly width: number;
  readonly height: number;
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
  /** Minutes in each half (README "Recap format" `halfLength`, default 45); periods end at H, 2H, 2H+15, 2H+30. */
  readonly halfLength: number;
  /** Line-ups, when the author gave them. */
  readonly lineups?: Lineups;
  /** Match statistics, when the author gave them. */
  readonly stats?: MatchStats;
  /** Player of the match, as written. */
  readonly playerOfTheMatch?: string;
  /** Shootout score, when there was one. */
  readonly penalties?: Score;
  /** The leg of a two-legged tie (README "Recap format" `leg`), when the author gave it. */
  readonly leg?: 1 | 2;
  /** The tie's aggregate score after this match (a second leg only), this match's home team first. */
  readonly aggregate?: Score;
  /** All events in match-time order (stable for equal minutes). */
  readonly events: readonly MatchEvent[];
  /** True when the recap lists events (an absent list means the author gave none). */
  readonly hasEvents: boolean;
  /** Goals and own goals in match-time order, each with the running score. */
  readonly goals: readonly MatchEvent[];
  readonly shootout?: Shootout;
  readonly status: MatchStatus;
  /** Winner, on the pitch or on penalties (a shootout's winner wins, also after a second leg won on the night); absent for a draw. */
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
  /** The recap's language: a catalogue language of the site (`pt-BR` resolves to `pt`); default: the site's. */
  readonly lang: string;
  /** The lead photo, when given. */
  readonly cover?: Cover;
  /** Local images the recap shows (the cover first, then the body's), checked and hashed by the content reader (src/recap/body/). */
  readonly images?: readonly RecapImage[];
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
  /** The linked recap's language (a catalogue language): a report in another language is a translation. */
  readonly lang?: string;
}

/** The other side. */
export function opponent(side: Side): Side {
  return side === 'home' ? 'away' : 'home';
}

/** Formats a score as `4-4`. */
export function formatScore(score: Score): string {
  return `${score.home}-${score.away}`;
}
