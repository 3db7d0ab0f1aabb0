/**
 * Event markers, drawn centred on a point: goals are discs (solid with a ball, solid with "P" for a
 * penalty, a ring for an own goal), cards are upright cards (one yellow; a yellow behind a red for a
 * second yellow; a red carrying a white cross for a straight red), substitutions two arrows, VAR a
 * screen, a missed penalty a dashed ring with a cross. Shape tells them apart without colour.
 */
import type { MatchEvent } from '../../recap/model.ts';
import type { KickResult } from '../../recap/schema.ts';
import { SIGNAL, LIGHT, type TeamPaint } from './palette.ts';
import { el, num, textEl } from './svg.ts';

/** Every kind of marker the timeline draws. */
export type MarkerKind = 'goal' | 'penalty-goal' | 'own-goal' | 'penalty-miss' | 'yellow' | 'second-yellow' | 'red' | 'sub' | 'var';

/** The marker for an event. */
export function markerKind(event: Pick<MatchEvent, 'type' | 'how'>): MarkerKind {
  if (event.type === 'goal') return event.how === 'penalty' ? 'penalty-goal' : 'goal';
  return event.type;
}

/** Presentation attributes and theme classes for a shape filled with a team colour. */
export function teamFill(paint: TeamPaint, extraClass = ''): Record<string, string | number | undefined> {
  const classes = ['tl-team', paint.edgeLight && 'tl-edge-l', paint.edgeDark && 'tl-edge-d', extraClass].filter(Boolean).join(' ');
  return {
    class: classes,
    fill: paint.fill,
    stroke: paint.edgeLight ? LIGHT.ink : undefined,
    'stroke-width': paint.edgeLight || paint.edgeDark ? 1 : undefined,
  };
}

function pentagon(cx: number, cy: number, r: number): string {
  const points = Array.from({ length: 5 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / 5;
    return `${num(cx + r * Math.cos(angle))},${num(cy + r * Math.sin(angle))}`;
  });
  return points.join(' ');
}

function card(x: number, y: number, fill: string, edge: string): string {
  return el('rect', { x, y, width: 8.5, height: 12, rx: 1.5, fill, stroke: edge, 'stroke-width': 1 });
}

/** Half the width of a marker: labels start this far from the event's position. */
export const MARKER_RADIUS = 8;

/** A marker centred on (cx, cy). `paint` is the team the event counts for. */
export function marker(kind: MarkerKind, cx: number, cy: number, paint: TeamPaint): string {
  const r = MARKER_RADIUS;
  switch (kind) {
    case 'goal':
      return el(
        'g',
        { class: 'tl-marker' },
        el('circle', { cx, cy, r: r - 0.5, ...teamFill(paint) }),
        el('polygon', { points: pentagon(cx, cy + 0.3, 3.6), fill: paint.text }),
      );
    case 'penalty-goal':
      return el(
        'g',
        { class: 'tl-marker' },
        el('circle', { cx, cy, r: r - 0.5, ...teamFill(paint) }),
        textEl('text', { x: cx, y: cy + 3.6, 'text-anchor': 'middle', 'font-size': 10, 'font-weight': 700, fill: paint.text }, 'P'),
      );
    case 'own-goal':
      return el(
        'g',
        { class: 'tl-marker' },
        el('circle', { cx, cy, r: r - 1.5, class: 'tl-surface', fill: LIGHT.surface, stroke: paint.fill, 'stroke-width': 3 }),
        el('circle', { cx, cy, r: r + 0.2, class: 'tl-ink-line', fill: 'none', stroke: LIGHT.ink, 'stroke-width': 0.8 }),
        el('polygon', { points: pentagon(cx, cy + 0.3, 2.6), class: 'tl-ink', fill: LIGHT.ink }),
      );
    case 'penalty-miss':
      return el(
        'g',
        { class: 'tl-marker' },
        el('circle', {
          cx,
          cy,
          r: r - 1,
          class: 'tl-muted-line',
          fill: 'none',
          stroke: LIGHT.muted,
          'stroke-width': 1.4,
          'stroke-dasharray': '2.5 1.8',
        }),
        el('path', {
          d: `M${num(cx - 3.2)} ${num(cy - 3.2)}l6.4 6.4m0-6.4l-6.4 6.4`,
          stroke: SIGNAL.missed,
          'stroke-width': 2,
          'stroke-linecap': 'round',
        }),
      );
    case 'yellow':
      return el('g', { class: 'tl-marker' }, card(cx - 4.25, cy - 6, SIGNAL.yellow, SIGNAL.cardEdge));
    case 'second-yellow':
      return el(
        'g',
        { class: 'tl-marker' },
        card(cx - 7, cy - 7, SIGNAL.yellow, SIGNAL.cardEdge),
        card(cx - 2, cy - 4.5, SIGNAL.red, SIGNAL.redEdge),
      );
    case 'red':
      return el(
        'g',
        { class: 'tl-marker' },
        card(cx - 4.25, cy - 6, SIGNAL.red, SIGNAL.redEdge),
        el('path', {
          d: `M${num(cx - 2)} ${num(cy - 2.5)}l4 5m0-5l-4 5`,
          stroke: '#ffffff',
          'stroke-width': 1.4,
          'stroke-linecap': 'round',
        }),
      );
    case 'sub':
      return el(
        'g',
        { class: 'tl-marker', fill: 'none', 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' },
        el('path', { d: `M${num(cx - 3.5)} ${num(cy + 6)}v-11m-3 3l3-3 3 3`, stroke: SIGNAL.scored }),
        el('path', { d: `M${num(cx + 3.5)} ${num(cy - 6)}v11m-3-3l3 3 3-3`, stroke: SIGNAL.missed }),
      );
    case 'var':
      return el(
        'g',
        { class: 'tl-marker' },
        el('rect', { x: cx - 8, y: cy - 6, width: 16, height: 11, rx: 2, class: 'tl-ink', fill: LIGHT.ink }),
        textEl(
          'text',
          { x: cx, y: cy + 2.3, 'text-anchor': 'middle', 'font-size': 6.5, 'font-weight': 700, class: 'tl-surface', fill: LIGHT.surface },
          'VAR',
        ),
        el('path', { d: `M${num(cx - 3)} ${num(cy + 7)}h6`, class: 'tl-ink-line', stroke: LIGHT.ink, 'stroke-width': 1.4 }),
      );
  }
}

/** A shootout kick: a solid disc with a tick when scored, a ring with a cross when missed, a ring with a bar when saved. */
export function kickMarker(result: KickResult, cx: number, cy: number, r: number, paint: TeamPaint): string {
  if (result === 'scored')
    return el(
      'g',
      { class: 'tl-kick' },
      el('circle', { cx, cy, r, ...teamFill(paint) }),
      el('path', {
        d: `M${num(cx - r * 0.42)} ${num(cy + r * 0.02)}l${num(r * 0.3)} ${num(r * 0.32)} ${num(r * 0.55)}-${num(r * 0.62)}`,
        fill: 'none',
        stroke: paint.text,
        'stroke-width': 2,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      }),
    );
  const ring = el('circle', { cx, cy, r: r - 1, class: 'tl-muted-line', fill: 'none', stroke: LIGHT.muted, 'stroke-width': 1.5 });
  const k = r * 0.38;
  const mark =
    result === 'missed'
      ? `M${num(cx - k)} ${num(cy - k)}l${num(2 * k)} ${num(2 * k)}m0-${num(2 * k)}l-${num(2 * k)} ${num(2 * k)}`
      : `M${num(cx - k * 1.2)} ${num(cy)}h${num(2.4 * k)}`;
  return el(
    'g',
    { class: 'tl-kick' },
    ring,
    el('path', { d: mark, stroke: SIGNAL.missed, 'stroke-width': 2.2, 'stroke-linecap': 'round' }),
  );
}
