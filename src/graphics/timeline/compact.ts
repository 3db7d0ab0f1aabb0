/**
 * The compact layout (phones): time runs down a central axis; home labels sit to its left and away labels
 * to its right, wrapped to the column and pushed apart along the axis when they would overlap, each tied
 * to its minute by a leader. The shootout grid and the legend follow below.
 */
import type { Match, Side } from '../../recap/model.ts';
import { minuteMark, periodMark } from '../../recap/present.ts';
import { eventTitle, headline, legend, root, scoreChip, teamChip } from './frame.ts';
import { LABEL_SPACING, labelText, TYPE, type LabelText } from './labels.ts';
import { marker, markerKind, MARKER_RADIUS, teamFill } from './markers.ts';
import { LIGHT, type TeamPaint } from './palette.ts';
import { tickMinutes, timeScale } from './scale.ts';
import { shootoutGrid } from './shootout.ts';
import { spreadLabels } from './spread.ts';
import { el, num, textEl } from './svg.ts';
import type { TimelineSettings } from './settings.ts';
import { textWidth } from './text-width.ts';
import { wrapText } from './wrap.ts';

const PAD = 12;
const AXIS = 26;
/** From the axis centre to the nearest edge of a label. */
const INSET = AXIS / 2 + 16;
const LINE = 15;
const GAP = 6;

/** A label placed in the compact layout (exported for the overlap tests). */
export interface CompactLabel {
  readonly eventIndex: number;
  readonly side: Side;
  readonly box: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };
}

interface Block {
  readonly index: number;
  readonly text: LabelText;
  readonly lines: readonly string[];
  readonly width: number;
  readonly height: number;
}

function block(index: number, text: LabelText, column: number): Block {
  const first =
    textWidth(text.minute, TYPE.minute, true) +
    (text.score ? LABEL_SPACING.beforeChip + textWidth(text.score, TYPE.chip, true) + 2 * LABEL_SPACING.chipPadding : 0);
  const name = wrapText(text.name, column, TYPE.label, text.strong);
  const qualifier = text.qualifier ? wrapText(text.qualifier, column, TYPE.small) : [];
  const lines = [...name, ...qualifier];
  const width = Math.max(
    first,
    ...name.map((l) => textWidth(l, TYPE.label, text.strong)),
    ...qualifier.map((l) => textWidth(l, TYPE.small)),
  );
  return { index, text, lines, width, height: 4 + LINE * (1 + lines.length) };
}

/** Lays out and draws the compact timeline. */
export function compactTimeline(
  match: Match,
  paints: Readonly<Record<Side, TeamPaint>>,
  settings: TimelineSettings,
): { svg: string; height: number; labels: CompactLabel[] } {
  const { width, t } = settings;
  const cx = width / 2;
  const column = cx - INSET - PAD - 2 * MARKER_RADIUS - 6;
  const parts: string[] = [];
  let y = PAD;
  if (settings.header) {
    const head = headline(match, PAD, y, width - 2 * PAD, t);
    parts.push(head.svg);
    y += head.height + 6;
  }
  const homeChip = teamChip(match, 'home', paints.home, PAD, y + 10, t);
  const awayChipWidth = textWidth(match.away.short, TYPE.chip, true) + 12;
  parts.push(homeChip.svg, teamChip(match, 'away', paints.away, width - PAD - awayChipWidth, y + 10, t).svg);
  parts.push(
    textEl(
      'text',
      { x: PAD + homeChip.width + 6, y: y + 14, 'font-size': TYPE.small, class: 'tl-muted', fill: LIGHT.muted },
      t('side.home'),
    ),
    textEl(
      'text',
      {
        x: width - PAD - awayChipWidth - 6,
        y: y + 14,
        'text-anchor': 'end',
        'font-size': TYPE.small,
        class: 'tl-muted',
        fill: LIGHT.muted,
      },
      t('side.away'),
    ),
  );
  y += 34;

  const texts = match.events.map((e) => labelText(e, match, t));
  const blocks = texts.map((t, i) => block(i, t, column));
  const sideHeight = (side: Side) => blocks.filter((b) => b.text.side === side).reduce((sum, b) => sum + b.height + GAP, 0);
  const length = Math.max(match.extraTime ? 520 : 420, 1.05 * Math.max(sideHeight('home'), sideHeight('away')));
  const top = y + 8;
  const scale = timeScale({
    from: top,
    to: top + length,
    extraTime: match.extraTime,
    halfLength: match.halfLength,
    minutes: match.events.map((e) => e.minute),
    gap: 22,
  });

  const axis: string[] = [];
  for (const p of scale.periods) {
    axis.push(
      el('rect', { x: cx - AXIS / 2, y: p.from, width: AXIS, height: p.regularTo - p.from, rx: 3, class: 'tl-band', fill: LIGHT.band }),
    );
    axis.push(
      el('rect', {
        x: cx - AXIS / 2 + 3,
        y: p.regularTo,
        width: AXIS - 6,
        height: p.to - p.regularTo,
        class: 'tl-band-added',
        fill: 'none',
        stroke: LIGHT.muted,
        'stroke-dasharray': '2 2',
      }),
    );
    for (const m of tickMinutes(p, match.halfLength)) {
      axis.push(
        textEl(
          'text',
          {
            x: cx,
            y: scale.at({ base: m, added: 0 }) + 3.5,
            'text-anchor': 'middle',
            'font-size': 9.5,
            class: 'tl-muted',
            fill: LIGHT.muted,
          },
          minuteMark(m, t),
        ),
      );
    }
    const words = periodMark(p, match, t);
    const w = textWidth(words, 10, true) + 12;
    const my = p.to + 11;
    axis.push(el('rect', { x: cx - w / 2, y: my - 9, width: w, height: 18, rx: 9, class: 'tl-ink', fill: LIGHT.ink }));
    axis.push(
      textEl(
        'text',
        { x: cx, y: my + 3.5, 'text-anchor': 'middle', 'font-size': 10, 'font-weight': 700, class: 'tl-surface', fill: LIGHT.surface },
        words,
      ),
    );
  }
  parts.push(el('g', { class: 'tl-axis', 'aria-hidden': 'true' }, ...axis));

  const labels: CompactLabel[] = [];
  const leaders: string[] = [];
  const groups: string[] = [];
  let bottom = top + length + 30;
  for (const side of ['home', 'away'] as const) {
    const mine = blocks.filter((b) => b.text.side === side);
    const ideal = mine.map((b) => scale.at((match.events[b.index] as Match['events'][number]).minute));
    const starts = spreadLabels(
      mine.map((b, i) => ({ at: ideal[i] as number, size: b.height })),
      { min: top - 4, max: Number.POSITIVE_INFINITY, gap: GAP },
    );
    const dir = side === 'home' ? -1 : 1;
    const paint = paints[side];
    mine.forEach((b, i) => {
      const event = match.events[b.index] as Match['events'][number];
      const y0 = starts[i] as number;
      const at = ideal[i] as number;
      const markerX = cx + dir * (INSET + MARKER_RADIUS);
      const markerY = y0 + 4 + LINE / 2;
      const textEdge = cx + dir * (INSET + 2 * MARKER_RADIUS + 6);
      const x0 = side === 'home' ? textEdge - b.width : cx + INSET;
      const x1 = side === 'home' ? cx - INSET : textEdge + b.width;
      labels.push({ eventIndex: b.index, side, box: { x0, y0, x1, y1: y0 + b.height } });
      bottom = Math.max(bottom, y0 + b.height + 16);
      const axisEdge = cx + (dir * AXIS) / 2;
      leaders.push(
        el('path', {
          d: `M${num(axisEdge)} ${num(at)}h${num(dir * 5)}L${num(markerX - dir * (MARKER_RADIUS + 1))} ${num(markerY)}`,
          fill: 'none',
          stroke: LIGHT.muted,
          'stroke-width': 1,
          class: 'tl-leader tl-muted-line',
        }),
        el('rect', { x: side === 'home' ? axisEdge - 1 : axisEdge - 5, y: at - 1.5, width: 6, height: 3, ...teamFill(paint) }),
      );
      // Every line hangs from the edge next to the marker, so a wider fallback font only lengthens it outwards.
      const anchor = side === 'home' ? 'end' : undefined;
      const rows: string[] = [];
      const firstY = y0 + 4 + LINE / 2 + 4;
      const chipWidth = b.text.score ? textWidth(b.text.score, TYPE.chip, true) + 2 * LABEL_SPACING.chipPadding : 0;
      if (b.text.score) rows.push(scoreChip(b.text.score, side === 'home' ? textEdge - chipWidth : textEdge, firstY - 4, paint));
      const minuteX = textEdge + dir * (b.text.score ? chipWidth + LABEL_SPACING.beforeChip : 0);
      rows.push(
        textEl(
          'text',
          {
            x: minuteX,
            y: firstY,
            'text-anchor': anchor,
            'font-size': TYPE.minute,
            'font-weight': 700,
            class: 'tl-muted',
            fill: LIGHT.muted,
          },
          b.text.minute,
        ),
      );
      const nameLines = b.lines.length - (b.text.qualifier ? wrapText(b.text.qualifier, column, TYPE.small).length : 0);
      b.lines.forEach((line, n) => {
        const isName = n < nameLines;
        const bold = isName && b.text.strong;
        rows.push(
          textEl(
            'text',
            {
              x: textEdge,
              y: firstY + LINE * (n + 1),
              'text-anchor': anchor,
              'font-size': isName ? undefined : TYPE.small,
              'font-weight': bold ? 700 : undefined,
              class: isName ? 'tl-ink' : 'tl-muted',
              fill: isName ? LIGHT.ink : LIGHT.muted,
            },
            line,
          ),
        );
      });
      groups.push(
        el(
          'g',
          { class: `tl-event tl-event--${event.type} tl-event--${side}` },
          textEl('title', {}, eventTitle(event, match, t)),
          marker(markerKind(event), markerX, markerY, paint),
          ...rows,
        ),
      );
    });
  }
  parts.push(el('g', { class: 'tl-leaders', 'aria-hidden': 'true' }, ...leaders), ...groups);
  if (match.events.length === 0) {
    const words = t(match.hasEvents ? 'timeline.none' : 'timeline.unlisted');
    parts.push(
      textEl('text', { x: cx, y: top - 4, 'text-anchor': 'middle', 'font-size': TYPE.small, class: 'tl-muted', fill: LIGHT.muted }, words),
    );
  }
  y = bottom;
  if (match.shootout) {
    const grid = shootoutGrid(match, match.shootout, paints, { x: PAD, y, width: width - 2 * PAD }, t);
    parts.push(grid.svg);
    y += grid.height + 14;
  }
  const key = legend(match, paints, PAD, y, width - 2 * PAD, t);
  parts.push(key.svg);
  const height = Math.ceil(y + key.height + PAD);
  return {
    svg: root(match, { width, height, idPrefix: settings.idPrefix, layout: 'compact', background: settings.background, t }, parts.join('')),
    height,
    labels,
  };
}
