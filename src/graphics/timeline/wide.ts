/**
 * The wide layout (desktop, embeds): time runs left to right along a banded axis; home labels hang above
 * it and away labels below, stacked in lanes so none overlap; the shootout grid and the legend follow.
 */
import type { Match, Side } from '../../recap/model.ts';
import type { Translator } from '../../i18n/index.ts';
import { minuteMark, periodMark } from '../../recap/present.ts';
import { eventTitle, headline, labelLine, legend, root, teamChip, truncate } from './frame.ts';
import { LABEL_SPACING, labelText, measureLabel, TYPE, type LabelText } from './labels.ts';
import { assignLanes, type LanePlacement } from './lanes.ts';
import { marker, markerKind, MARKER_RADIUS, teamFill } from './markers.ts';
import { LIGHT, type TeamPaint } from './palette.ts';
import { tickMinutes, timeScale, type TimeScale } from './scale.ts';
import { shootoutGrid } from './shootout.ts';
import { el, num, textEl } from './svg.ts';
import type { TimelineSettings } from './settings.ts';

const PAD = 20;
const GUTTER = 58;
const LANE = 24;
const PILL = 20;
const AXIS = 22;
/** Space between the axis and the first lane, where leaders start. */
const CLEAR = 12;

/** A label placed in the wide layout (exported for the overlap tests). */
export interface WideLabel {
  readonly eventIndex: number;
  readonly side: Side;
  readonly text: LabelText;
  readonly placement: LanePlacement;
  /** The label's box in SVG coordinates. */
  readonly box: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };
}

/** The computed geometry of the wide layout. */
export interface WideLayout {
  readonly width: number;
  readonly height: number;
  readonly labels: readonly WideLabel[];
  readonly svg: string;
}

function axis(scale: TimeScale, match: Match, y: number, t: Translator): string {
  const parts: string[] = [];
  for (const p of scale.periods) {
    parts.push(el('rect', { x: p.from, y, width: p.regularTo - p.from, height: AXIS, rx: 3, class: 'tl-band', fill: LIGHT.band }));
    parts.push(
      el('rect', {
        x: p.regularTo,
        y: y + 3,
        width: p.to - p.regularTo,
        height: AXIS - 6,
        class: 'tl-band-added',
        fill: 'none',
        stroke: LIGHT.muted,
        'stroke-width': 1,
        'stroke-dasharray': '2 2',
      }),
    );
    for (const m of tickMinutes(p, match.halfLength)) {
      const x = scale.at({ base: m, added: 0 });
      parts.push(el('path', { d: `M${num(x)} ${num(y + AXIS - 5)}v5`, class: 'tl-muted-line', stroke: LIGHT.muted, 'stroke-width': 1 }));
      parts.push(
        textEl(
          'text',
          { x, y: y + 14.5, 'text-anchor': 'middle', 'font-size': 10, class: 'tl-muted', fill: LIGHT.muted },
          minuteMark(m, t),
        ),
      );
    }
    parts.push(
      textEl(
        'text',
        { x: p.regularTo - 4, y: y + 14.5, 'text-anchor': 'end', 'font-size': 10, 'font-weight': 700, class: 'tl-ink', fill: LIGHT.ink },
        periodMark(p, match, t),
      ),
    );
  }
  return el('g', { class: 'tl-axis', 'aria-hidden': 'true' }, ...parts);
}

/** Shortens the name and then the qualifier of a label until it is at most `maxText` wide. */
function fitLabel(text: LabelText, maxText: number): LabelText {
  const m = measureLabel(text);
  if (m.text <= maxText) return text;
  const budget = Math.max(60, maxText - (m.text - m.name - m.qualifier));
  const nameRoom = text.qualifier ? Math.max(budget * 0.6, budget - m.qualifier) : budget;
  const name = truncate(text.name, nameRoom, TYPE.label, text.strong);
  if (!text.qualifier) return { ...text, name };
  const left = budget - measureLabel({ ...text, name, qualifier: '' }).name - LABEL_SPACING.beforeQualifier;
  return { ...text, name, qualifier: truncate(text.qualifier, Math.max(20, left), TYPE.small) };
}

/** Lays out and draws the wide timeline. */
export function wideTimeline(match: Match, paints: Readonly<Record<Side, TeamPaint>>, settings: TimelineSettings): WideLayout {
  const { width } = settings;
  const inner = width - 2 * PAD;
  const from = PAD + GUTTER;
  const to = width - PAD;
  const scale = timeScale({
    from: from + 4,
    to: to - 4,
    extraTime: match.extraTime,
    halfLength: match.halfLength,
    minutes: match.events.map((e) => e.minute),
  });
  const { t } = settings;
  const texts = match.events.map((event) => labelText(event, match, t));
  const fitted = texts.map((t) => fitLabel(t, (to - from) * 0.45));
  const lead = MARKER_RADIUS + 3;
  const placements = (side: Side) => {
    const indices = fitted.map((t, i) => (t.side === side ? i : -1)).filter((i) => i >= 0);
    const placed = assignLanes(
      indices.map((i) => ({
        anchor: scale.at((match.events[i] as Match['events'][number]).minute),
        width: 2 * MARKER_RADIUS + 8 + measureLabel(fitted[i] as LabelText).text + 6,
      })),
      { min: PAD, max: to, lead, gap: 6 },
    );
    return placed.map((p) => ({ ...p, index: indices[p.index] as number }));
  };
  const home = placements('home');
  const away = placements('away');
  const homeLanes = Math.max(1, ...home.map((p) => p.lane + 1));
  const awayLanes = Math.max(1, ...away.map((p) => p.lane + 1));

  const parts: string[] = [];
  let y = PAD;
  if (settings.header) {
    const head = headline(match, PAD, y, inner, t);
    parts.push(head.svg);
    y += head.height + 8;
  }
  const axisY = y + homeLanes * LANE + CLEAR;
  const awayTop = axisY + AXIS + CLEAR;
  const homeChip = teamChip(match, 'home', paints.home, PAD, axisY - CLEAR - LANE / 2, t);
  const awayChip = teamChip(match, 'away', paints.away, PAD, awayTop + LANE / 2, t);
  parts.push(homeChip.svg, awayChip.svg, axis(scale, match, axisY, t));

  const labels: WideLabel[] = [];
  const leaders: string[] = [];
  const groups: string[] = [];
  for (const [side, list] of [
    ['home', home],
    ['away', away],
  ] as const) {
    for (const placement of list) {
      const event = match.events[placement.index] as Match['events'][number];
      const text = fitted[placement.index] as LabelText;
      const paint = paints[side];
      const laneY =
        side === 'home'
          ? axisY - CLEAR - (placement.lane + 1) * LANE + (LANE - PILL) / 2
          : awayTop + placement.lane * LANE + (LANE - PILL) / 2;
      const cy = laneY + PILL / 2;
      const box = { x0: placement.x0, y0: laneY, x1: placement.x1, y1: laneY + PILL };
      labels.push({ eventIndex: placement.index, side, text, placement, box });
      const x = placement.anchor;
      const edge = side === 'home' ? axisY : axisY + AXIS;
      leaders.push(
        el('path', { d: `M${num(x)} ${num(edge)}V${num(cy)}`, stroke: LIGHT.muted, class: 'tl-leader tl-muted-line', 'stroke-width': 1 }),
      );
      leaders.push(el('rect', { x: x - 1.5, y: side === 'home' ? axisY - 1 : axisY + AXIS - 5, width: 3, height: 6, ...teamFill(paint) }));
      const metrics = measureLabel(text);
      const textX = placement.align === 'start' ? x + lead + 2 : x - lead - 2;
      groups.push(
        el(
          'g',
          { class: `tl-event tl-event--${event.type} tl-event--${side}` },
          textEl('title', {}, eventTitle(event, match, t)),
          el('rect', {
            x: box.x0,
            y: box.y0,
            width: box.x1 - box.x0,
            height: PILL,
            rx: PILL / 2,
            class: 'tl-pill',
            fill: LIGHT.surface,
            stroke: LIGHT.rule,
            'stroke-width': 1,
          }),
          marker(markerKind(event), x, cy, paint),
          labelLine(text, metrics, textX, cy + 4, paint, placement.align),
        ),
      );
    }
  }
  parts.push(el('g', { class: 'tl-leaders', 'aria-hidden': 'true' }, ...leaders), ...groups);
  if (match.events.length === 0) {
    const words = t(match.hasEvents ? 'timeline.none' : 'timeline.unlisted');
    parts.push(
      textEl(
        'text',
        { x: (from + to) / 2, y: awayTop + LANE / 2 + 4, 'text-anchor': 'middle', class: 'tl-muted', fill: LIGHT.muted },
        words,
      ),
    );
  }
  y = awayTop + awayLanes * LANE + 16;
  if (match.shootout) {
    const grid = shootoutGrid(match, match.shootout, paints, { x: PAD, y, width: inner }, t);
    parts.push(grid.svg);
    y += grid.height + 14;
  }
  const key = legend(match, paints, PAD, y, inner, t);
  parts.push(key.svg);
  y += key.height + PAD - 6;
  const height = Math.ceil(y);
  return {
    width,
    height,
    labels,
    svg: root(match, { width, height, idPrefix: settings.idPrefix, layout: 'wide', background: settings.background, t }, parts.join('')),
  };
}
