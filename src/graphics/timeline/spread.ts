/**
 * Label collision avoidance for the compact (vertical) layout: labels sit beside the axis at their
 * event's position and are pushed apart along it when they would overlap, keeping each group of
 * crowded labels centred on the events it holds (the 1D "dodge" used in chart labelling).
 * Deterministic: groups merge in time order.
 */

/** A label to place along one side of the axis. */
export interface SpreadRequest {
  /** Ideal position: the event's position on the axis. */
  readonly at: number;
  /** Extent of the label along the axis. */
  readonly size: number;
}

/** Limits for spreading. */
export interface SpreadOptions {
  /** First and last position a label may occupy. */
  readonly min: number;
  readonly max: number;
  /** Space kept between labels. */
  readonly gap: number;
}

/** Places labels so none overlap; returns each label's start position, in request order. */
export function spreadLabels(requests: readonly SpreadRequest[], options: SpreadOptions): number[] {
  const { min, max, gap } = options;
  const order = requests.map((_, i) => i).sort((a, b) => (requests[a] as SpreadRequest).at - (requests[b] as SpreadRequest).at || a - b);
  interface Group {
    members: number[];
    /** Total extent including gaps. */
    size: number;
    /** Sum of each member's ideal start minus its offset in the group, to centre the group. */
    ideal: number;
    start: number;
  }
  const groups: Group[] = [];
  const clamp = (g: Group) => {
    g.start = Math.max(min, Math.min(g.ideal / g.members.length, max - g.size));
  };
  for (const index of order) {
    const { at, size } = requests[index] as SpreadRequest;
    const group: Group = { members: [index], size, ideal: at - size / 2, start: 0 };
    clamp(group);
    groups.push(group);
    // Merge backwards while the newest group overlaps the one before it.
    while (groups.length > 1) {
      const last = groups[groups.length - 1] as Group;
      const prev = groups[groups.length - 2] as Group;
      if (prev.start + prev.size + gap <= last.start) break;
      const offset = prev.size + gap;
      const merged: Group = {
        members: [...prev.members, ...last.members],
        size: prev.size + gap + last.size,
        ideal: prev.ideal + last.ideal - offset * last.members.length,
        start: 0,
      };
      clamp(merged);
      groups.splice(-2, 2, merged);
    }
  }
  const starts = new Array<number>(requests.length).fill(0);
  for (const group of groups) {
    let cursor = group.start;
    for (const member of group.members) {
      starts[member] = cursor;
      cursor += (requests[member] as SpreadRequest).size + gap;
    }
  }
  return starts;
}
