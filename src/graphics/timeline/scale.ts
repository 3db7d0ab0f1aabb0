/**
 * Match time → position along the axis. Regular time is linear; each period ends in a visible stretch
 * of added time (so 90+3 sits after 90+1, and both after 90 and before 91 of extra time), and a small
 * gap separates the periods. Extra time appears only when it was played.
 */
import type { Minute } from '../../recap/minute.ts';

/** One period of play as laid out. */
export interface PeriodLayout {
  /** Minute the period starts at (0, 45, 90, 105). */
  readonly start: number;
  /** Minute its regular time ends at (45, 90, 105, 120). */
  readonly end: number;
  /** Minutes of added time drawn after `end`. */
  readonly added: number;
  /** Position of the kick-off of the period. */
  readonly from: number;
  /** Position of the end of regular time. */
  readonly regularTo: number;
  /** Position of the end of the added-time stretch. */
  readonly to: number;
}

/** A laid-out time axis. */
export interface TimeScale {
  readonly periods: readonly PeriodLayout[];
  /** Pixels per minute. */
  readonly perMinute: number;
  /** Position of a match minute. */
  at(minute: Pick<Minute, 'base' | 'added'>): number;
}

/** Options for the scale. */
export interface ScaleOptions {
  /** Start and end of the axis in pixels. */
  readonly from: number;
  readonly to: number;
  readonly extraTime: boolean;
  /** Minutes of the events, to size each added-time stretch. */
  readonly minutes: readonly Pick<Minute, 'base' | 'added'>[];
  /** Pixels between periods. */
  readonly gap?: number;
  /** Narrowest added-time stretch, in minutes (it is drawn even when no event falls in it). */
  readonly minAdded?: number;
}

const ENDS = [45, 90, 105, 120] as const;

/** Builds the time scale for a match. */
export function timeScale(options: ScaleOptions): TimeScale {
  const { from, to, extraTime, minutes, gap = 6, minAdded = 2 } = options;
  const ends = extraTime ? ENDS : ENDS.slice(0, 2);
  const spans = ends.map((end, i) => {
    const start = i === 0 ? 0 : (ends[i - 1] as number);
    const latest = Math.max(0, ...minutes.filter((m) => m.base === end).map((m) => m.added));
    // One spare minute after the latest added-time event keeps it clear of the period's end.
    return { start, end, added: Math.max(minAdded, latest > 0 ? latest + 1 : 0) };
  });
  const total = spans.reduce((sum, s) => sum + (s.end - s.start) + s.added, 0);
  const perMinute = (to - from - gap * (spans.length - 1)) / total;
  let cursor = from;
  const periods: PeriodLayout[] = spans.map((s) => {
    const regularTo = cursor + (s.end - s.start) * perMinute;
    const period = { ...s, from: cursor, regularTo, to: regularTo + s.added * perMinute };
    cursor = period.to + gap;
    return period;
  });
  const at = (minute: Pick<Minute, 'base' | 'added'>): number => {
    const period = periods.find((p) => minute.base <= p.end) ?? (periods[periods.length - 1] as PeriodLayout);
    if (minute.added > 0) return period.regularTo + Math.min(minute.added, period.added) * perMinute;
    return period.from + (Math.max(minute.base, period.start) - period.start) * perMinute;
  };
  return { periods, perMinute, at };
}
