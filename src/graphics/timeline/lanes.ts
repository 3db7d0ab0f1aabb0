/**
 * Label collision avoidance for the wide layout: each label is a horizontal box hung from its event's
 * position on the axis, and is put in the lowest lane (row away from the axis) where it overlaps no other
 * label. Labels read rightwards from their marker, or leftwards when they would run off the end.
 * Deterministic: labels are placed in time order, ties broken by input order.
 */

/** A label to place. */
export interface LaneRequest {
  /** Position of the event on the axis. */
  readonly anchor: number;
  /** Width of the label including its marker. */
  readonly width: number;
}

/** A placed label: its lane and horizontal extent. */
export interface LanePlacement {
  /** Index of the request. */
  readonly index: number;
  readonly anchor: number;
  /** 0 is the lane next to the axis. */
  readonly lane: number;
  readonly x0: number;
  readonly x1: number;
  /** `start`: the marker is at the left end and text runs right; `end`: the reverse. */
  readonly align: 'start' | 'end';
}

/** Limits for lane placement. */
export interface LaneOptions {
  /** Leftmost and rightmost position a label may reach. */
  readonly min: number;
  readonly max: number;
  /** Distance from the anchor to the marker's far edge (the marker is centred on the anchor). */
  readonly lead: number;
  /** Space kept between labels in one lane. */
  readonly gap: number;
}

/** Puts each label in a lane; the result is in request order. */
export function assignLanes(requests: readonly LaneRequest[], options: LaneOptions): LanePlacement[] {
  const { min, max, lead, gap } = options;
  const order = requests
    .map((_, i) => i)
    .sort((a, b) => (requests[a] as LaneRequest).anchor - (requests[b] as LaneRequest).anchor || a - b);
  const lanes: { x0: number; x1: number }[][] = [];
  const placed: LanePlacement[] = [];
  for (const index of order) {
    const { anchor, width } = requests[index] as LaneRequest;
    const start = { x0: Math.max(min, anchor - lead), x1: 0, align: 'start' as const };
    start.x1 = start.x0 + width;
    const end = { x0: 0, x1: Math.min(max, anchor + lead), align: 'end' as const };
    end.x0 = end.x1 - width;
    // Prefer reading rightwards; flip only when the label would cross the right edge.
    const box = start.x1 <= max ? start : end.x0 >= min ? end : { x0: Math.max(min, max - width), x1: 0, align: 'end' as const };
    // A label wider than either side of its anchor allows is kept inside the graphic (callers shorten labels so this is rare).
    if (box.x1 === 0) box.x1 = Math.min(max, box.x0 + width);
    let lane = 0;
    while ((lanes[lane] ?? []).some((other) => box.x0 < other.x1 + gap && other.x0 < box.x1 + gap)) lane++;
    (lanes[lane] ??= []).push({ x0: box.x0, x1: box.x1 });
    placed.push({ index, anchor, lane, x0: box.x0, x1: box.x1, align: box.align });
  }
  return placed.sort((a, b) => a.index - b.index);
}
