/**
 * Match time → position along the axis. Regular time is linear; each period ends in a visible stretch
 * of added time (so 90+3 sits after 90+1, and both after 90 and before 91 of extra time), and a small
 * gap separates the periods. Extra time appears only when it was played. Periods end at H, 2H, 2H+15 and 2H+30
 * for a half length H (45 unless the match says otherwise).
 */
import { DEFAULT_HALF_LENGTH, periodEnds, type Minute } from '../../recap/minute.ts';

/** One period of play as laid out. */
export interface PeriodLayout {
  /** 0 and 1 for the halves, 2 and 3 for the halves of extra time. */
  readonly index: number;
  /** Minute the period starts at (0, H, 2H, 2H+15). */
  readonly start: number;
  /** Minute its regular time ends at (H, 2H, 2H+15, 2H+30). */
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
  /** Minutes in each half (Match.halfLength); default 45. */
  readonly halfLength?: number;
  /** Minutes of the events, to size each added-time stretch. */
  readonly minutes: readonly Pick<Minute, 'base' | 'added'>[];
  /** Pixels between periods. */
  readonly gap?: number;
  /** Narrowest added-time stretch, in minutes (it is drawn even when no event falls in it). */
  readonly minAdded?: number;
}

/** Builds the time scale for a match. */
export function timeScale(options: ScaleOptions): TimeScale {
  const { from, to, extraTime, minutes, gap = 6, minAdded = 2, halfLength = DEFAULT_HALF_LENGTH } = options;
  const ends = periodEnds(extraTime, halfLength);
  const spans = ends.map((end, i) => {
    const start = i === 0 ? 0 : (ends[i - 1] as number);
    const latest = Math.max(0, ...minutes.filter((m) => m.base === end).map((m) => m.added));
    // One spare minute after the latest added-time event keeps it clear of the period's end.
    return { index: i, start, end, added: Math.max(minAdded, latest > 0 ? latest + 1 : 0) };
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

/** The minutes marked along a half: every 15 in halves of 40 minutes or more, every 10 in shorter ones; none in extra time. */
export function tickMinutes(period: PeriodLayout, halfLength: number): number[] {
  if (period.index > 1) return [];
  const step = halfLength >= 40 ? 15 : 10;
  const ticks: number[] = [];
  for (let m = period.start + step; m < period.end; m += step) ticks.push(m);
  return ticks;
}
