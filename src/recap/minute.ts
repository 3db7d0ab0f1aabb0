/**
 * Match minutes: `63`, or `"90+3"` for added time. Parsing, validation against the match length,
 * ordering and display.
 */

/** A validated match minute. */
export interface Minute {
  /** The regular minute, or the end of the period the added time belongs to (45, 90, 105, 120). */
  readonly base: number;
  /** Minutes of added time, 0 when none. */
  readonly added: number;
  /** Display form without the apostrophe: `63`, `90+3`. */
  readonly label: string;
  /** Sort key: 45+2 sorts after 45 and before 46. */
  readonly order: number;
}

/** Periods of play a minute can fall in. */
export type Period = 'first-half' | 'second-half' | 'extra-time-first-half' | 'extra-time-second-half';

/** Why a minute value was refused: what was expected, for the error message. */
export interface MinuteProblem {
  readonly expected: string;
  readonly hint?: string;
}

const ADDED_PATTERN = /^\s*(\d+)\s*\+\s*(\d+)\s*$/;
const PLAIN_PATTERN = /^\s*(\d+)\s*$/;
const MAX_ADDED = 30;

/** Builds a minute from its parts (no validation). */
export function minute(base: number, added = 0): Minute {
  return { base, added, label: added > 0 ? `${base}+${added}` : String(base), order: base * 100 + added };
}

/** Ends of periods that may carry added time. */
export function periodEnds(extraTime: boolean): number[] {
  return extraTime ? [45, 90, 105, 120] : [45, 90];
}

/**
 * Parses and validates a minute as written in frontmatter: a whole number 1-90 (1-120 with extra time)
 * or `"BASE+ADDED"` with BASE the end of a period and ADDED 1-30.
 */
export function parseMinute(value: unknown, extraTime: boolean): Minute | MinuteProblem {
  const last = extraTime ? 120 : 90;
  const expectedPlain = `a whole number from 1 to ${last}`;
  const ends = periodEnds(extraTime);
  const expectedAdded = `"BASE+ADDED" with BASE one of ${ends.join(', ')} and ADDED 1-${MAX_ADDED}`;
  const expected = `${expectedPlain}, or ${expectedAdded}`;

  let text: string;
  if (typeof value === 'number') text = String(value);
  else if (typeof value === 'string') text = value;
  else return { expected };

  const plain = PLAIN_PATTERN.exec(text);
  if (plain) {
    const n = Number(plain[1]);
    if (n >= 1 && n <= last) return minute(n);
    if (n > last && n <= last + MAX_ADDED) {
      const hint = extraTime
        ? `write added time as "${last}+${n - last}"`
        : `write added time as "90+${n - 90}"; minutes 91-120 need \`extraTime: true\` under \`match\``;
      return { expected: expectedPlain, hint };
    }
    return { expected: expectedPlain };
  }
  const added = ADDED_PATTERN.exec(text);
  if (added) {
    const base = Number(added[1]);
    const extra = Number(added[2]);
    if (!ends.includes(base)) {
      const hint =
        !extraTime && (base === 105 || base === 120)
          ? 'added time after 105 or 120 needs `extraTime: true` under `match`'
          : `added time follows the end of a period: ${ends.join(', ')}`;
      return { expected: expectedAdded, hint };
    }
    if (extra < 1 || extra > MAX_ADDED) return { expected: expectedAdded };
    return minute(base, extra);
  }
  return { expected };
}

/** True when the value is a minute rather than a problem. */
export function isMinute(value: Minute | MinuteProblem): value is Minute {
  return 'order' in value;
}

/** The period of play a minute belongs to (45+N is first half, 90+N second half, and so on). */
export function periodOf(m: Minute): Period {
  if (m.base <= 45) return 'first-half';
  if (m.base <= 90) return 'second-half';
  if (m.base <= 105) return 'extra-time-first-half';
  return 'extra-time-second-half';
}

/** Orders two minutes in match time. */
export function compareMinutes(a: Minute, b: Minute): number {
  return a.order - b.order;
}
