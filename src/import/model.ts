/**
 * What an importer makes of one match in a data file: the facts in the recap format's own terms (README "Recap format"),
 * plus what the data held that the format has no place for. Each data format has its own module that
 * produces these; `recap-file.ts` turns one into a recap file.
 */
import type { Position, Score, Side, StatKey } from '../recap/model.ts';
import type { EventType, GoalKind, KickResult } from '../recap/schema.ts';

/** The data formats `npm run import` reads. */
export const IMPORT_FORMATS = ['openfootball', 'api-football'] as const;
/** One data format. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One event, written as the recap format writes it. */
export interface ImportedEvent {
  /** A whole minute, or `"90+3"` for added time. */
  readonly minute: number | string;
  readonly type: EventType;
  /** For an own goal: the side of the player who scored it. */
  readonly team: Side;
  readonly player?: string;
  readonly assist?: string;
  readonly how?: GoalKind;
  readonly in?: string;
  readonly out?: string;
  readonly note?: string;
}

/** One shootout kick, in the order taken. */
export interface ImportedKick {
  readonly team: Side;
  readonly player?: string;
  readonly result: KickResult;
}

/** One player of a line-up. */
export interface ImportedPlayer {
  readonly name: string;
  readonly number?: number;
  readonly position?: Position;
}

/** One side's line-up as README "Recap format" writes it. */
export interface ImportedLineup {
  /** Outfield lines from defence to attack, e.g. `4-2-3-1`. */
  readonly formation?: string;
  readonly coach?: string;
  /** Goalkeeper first, then line by line from defence to attack, each line from right to left. */
  readonly starting: readonly ImportedPlayer[];
  readonly bench: readonly ImportedPlayer[];
}

/** A team as the data names it, with a colour when the data gives one. */
export interface ImportedTeam {
  readonly name: string;
  /** `#rrggbb`. */
  readonly color?: string;
}

/** A fact of the data the recap format cannot carry, for the command's report. */
export interface NotCarried {
  /** The field as the data names it, relative to the match (`fixture.periods`), or a short description. */
  readonly field: string;
  /** Why, when the field name alone does not say. */
  readonly why?: string;
}

/** One match, ready to be written as a recap. */
export interface ImportedMatch {
  /** Where the match is in the data file, e.g. `matches[63]` or `response[0]`. */
  readonly at: string;
  /** An identifier from the data (API-Football fixture id), for `--match`. */
  readonly id?: string;
  readonly competition: string;
  readonly season?: string;
  readonly round?: string;
  /** A date, or a date-time with a UTC offset. */
  readonly kickoff: string;
  readonly venue?: string;
  readonly referee?: string;
  readonly attendance?: number;
  readonly home: ImportedTeam;
  readonly away: ImportedTeam;
  /** Final score, after extra time when it was played. */
  readonly score: Score;
  readonly halftime?: Score;
  readonly extraTime: boolean;
  readonly penalties?: Score;
  /** Undefined when the data says nothing about events (no `events` field is written). */
  readonly events?: readonly ImportedEvent[];
  readonly shootout?: readonly ImportedKick[];
  readonly lineups?: { readonly home?: ImportedLineup; readonly away?: ImportedLineup };
  readonly stats?: Readonly<Partial<Record<StatKey, string>>>;
  /** What this match's data held that the recap does not carry. */
  readonly notCarried: readonly NotCarried[];
  /** Doubts about the data itself (e.g. goals that do not add up to the score), reported as warnings. */
  readonly warnings: readonly string[];
}

/** A match the data lists but that cannot become a recap (not played yet, abandoned). */
export interface PassedOver {
  readonly at: string;
  /** `Home v Away, date`. */
  readonly label: string;
  readonly reason: string;
}

/** What a format module made of a whole data file. */
export interface ImportedFile {
  readonly format: ImportFormat;
  readonly matches: readonly ImportedMatch[];
  readonly passedOver: readonly PassedOver[];
  /** File-level fields (outside the matches) the recaps do not carry. */
  readonly notCarried: readonly NotCarried[];
}
