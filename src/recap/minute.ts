/**
 * Match minutes: `63`, or `"90+3"` for added time. Parsing, validation against the match length,
 * ordering and display.
 */

/** A validated match minute. */
export interface Minute {
  /** The regular minute, or the end of the period the added time belongs to (45, 90, 105, 120 with 45-minute halves). */
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

/** Minutes in a half when the recap does not say (README "Recap format" `halfLength`). */
export const DEFAULT_HALF_LENGTH = 45;
/** Minutes in each half of extra time. */
export const EXTRA_TIME_HALF = 15;

/** Ends of periods that may carry added time: H and 2H, then 2H+15 and 2H+30 with extra time (45, 90, 105, 120 by default). */
export function periodEnds(extraTime: boolean, halfLength = DEFAULT_HALF_LENGTH): number[] {
  const full = 2 * halfLength;
  return extraTime ? [halfLength, full, full + EXTRA_TIME_HALF, full + 2 * EXTRA_TIME_HALF] : [halfLength, full];
}

/** The last regular minute of the match: 2H, or 2H+30 with extra time. */
export function lastMinute(extraTime: boolean, halfLength = DEFAULT_HALF_LENGTH): number {
  return 2 * halfLength + (extraTime ? 2 * EXTRA_TIME_HALF : 0);
}

/**
 * Parses and validates a minute as written in frontmatter: a whole number 1-2H (1-2H+30 with extra time)
 * or `"BASE+ADDED"` with BASE the end of a period and ADDED 1-30 (H is the half length, 45 by default).
 */
export function parseMinute(value: unknown, extraTime: boolean, halfLength = DEFAULT_HALF_LENGTH): Minute | MinuteProblem {
  const full = 2 * halfLength;
  const last = lastMinute(extraTime, halfLength);
  const expectedPlain = `a whole number from 1 to ${last}`;
  const ends = periodEnds(extraTime, halfLength);
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
        : `write added time as "${full}+${n - full}"; minutes ${full + 1}-${full + 2 * EXTRA_TIME_HALF} need \`extraTime: true\` under \`match\``;
      return { expected: expectedPlain, hint };
    }
    return { expected: expectedPlain };
  }
  const added = ADDED_PATTERN.exec(text);
  if (added) {
    const base = Number(added[1]);
    const extra = Number(added[2]);
    if (!ends.includes(base)) {
      const extraEnds = periodEnds(true, halfLength).slice(2);
      const hint =
        !extraTime && extraEnds.includes(base)
          ? `added time after ${extraEnds.join(' or ')} needs \`extraTime: true\` under \`match\``
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

/** The period of play a minute belongs to (H+N is first half, 2H+N second half, and so on; H is 45 by default). */
export function periodOf(m: Minute, halfLength = DEFAULT_HALF_LENGTH): Period {
  const [first, second, third] = periodEnds(true, halfLength) as [number, number, number, number];
  if (m.base <= first) return 'first-half';
  if (m.base <= second) return 'second-half';
  if (m.base <= third) return 'extra-time-first-half';
  return 'extra-time-second-half';
}

/** Orders two minutes in match time. */
export function compareMinutes(a: Minute, b: Minute): number {
  return a.order - b.order;
}
