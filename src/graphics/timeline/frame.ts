/**
 * Parts both layouts share: the root element with its accessible title and summary, the headline, the
 * legend, team chips and the words of each label.
 */
import type { Match, MatchEvent, Side } from '../../recap/model.ts';
import type { MessageKey, Translator } from '../../i18n/index.ts';
import {
  competitionLine,
  describeEvent,
  eventLabel,
  formatScoreline,
  minuteText,
  resultText,
  scoreline,
  statusText,
} from '../../recap/present.ts';
import { LABEL_SPACING, TYPE, type LabelMetrics, type LabelText } from './labels.ts';
import { marker, markerKind, kickMarker, teamFill, type MarkerKind } from './markers.ts';
import { LIGHT, type TeamPaint } from './palette.ts';
import { el, num, textEl, title } from './svg.ts';
import { textWidth } from './text-width.ts';
import { wrapText } from './wrap.ts';

/** Noto first (it covers Latin, Cyrillic, Greek and Vietnamese), then the CJK and Arabic families, then system fonts. */
export const FONT_STACK =
  'Noto Sans, Noto Sans JP, Noto Sans KR, Noto Sans SC, Noto Sans Arabic, system-ui, -apple-system, Segoe UI, Roboto, sans-serif';

export { scoreline };

/** The event types the summary counts rather than lists. */
const COUNTED = ['yellow', 'sub', 'var', 'penalty-miss'] as const;

/** The one-paragraph summary in `<desc>`: result, goals in order, cards, shootout, in `t`'s language. */
export function summary(match: Match, t: Translator): string {
  const status = statusText(match, t);
  const parts = [
    match.winner
      ? t('timeline.summary.result-winner', { scoreline: scoreline(match), status, result: resultText(match, t) })
      : t('timeline.summary.result', { scoreline: scoreline(match), status }),
  ];
  if (match.halftime) parts.push(t('timeline.summary.halftime', { score: formatScoreline(match.halftime) }));
  const who = (e: MatchEvent) => {
    const player = e.player ?? match[e.team].name;
    return `${minuteText(e, t)} ${e.type === 'own-goal' ? t('timeline.summary.own-goal', { player }) : player}`;
  };
  if (match.goals.length > 0)
    parts.push(
      t('timeline.summary.goals', { list: t.list(match.goals.map((g) => `${who(g)} ${formatScoreline(g.score ?? match.score)}`)) }),
    );
  const sendings = match.events.filter((e) => e.type === 'red' || e.type === 'second-yellow');
  if (sendings.length > 0)
    parts.push(t('timeline.summary.sent-off', { list: t.list(sendings.map((e) => `${who(e)} (${match[e.team].short})`)) }));
  const counts = COUNTED.map((type) => [type, match.events.filter((e) => e.type === type).length] as const)
    .filter(([, n]) => n > 0)
    .map(([type, n]) => t.plural(`count.${type}`, n));
  if (counts.length > 0) parts.push(t('timeline.summary.also', { list: t.list(counts) }));
  if (match.shootout) parts.push(t.plural('timeline.summary.shootout', match.shootout.kicks.length, { result: resultText(match, t) }));
  if (!match.hasEvents) parts.push(t('events.unlisted'));
  else if (match.events.length === 0) parts.push(t('timeline.summary.none'));
  return parts.join(' ');
}

/** Options for the root element. */
export interface RootOptions {
  readonly width: number;
  readonly height: number;
  readonly idPrefix: string;
  readonly layout: 'wide' | 'compact';
  readonly background: boolean;
  /** The words of the drawing; a right-to-left language mirrors it. */
  readonly t: Translator;
}

/**
 * The drawing mirrored left to right for a right-to-left language: the layouts place everything for a
 * left-to-right reader, then one transform flips the geometry (minute 1 ends up at the right, the home side
 * on the right) and each `<text>` is flipped back about its own anchor so its words still read forwards.
 * With `direction="rtl"` on the root, `text-anchor` start/end swap too, so labels run away from their markers.
 */
export function mirrored(body: string, width: number): string {
  const flipped = body.replace(
    /<text([^>]*?) x="(-?[\d.]+)"/g,
    (_all, before: string, x: string) => `<text${before} x="${x}" transform="matrix(-1 0 0 1 ${num(2 * Number(x))} 0)"`,
  );
  return el('g', { class: 'tl-mirror', transform: `matrix(-1 0 0 1 ${num(width)} 0)` }, flipped);
}

/** The `<svg>` root: size, accessible name and description, optional background. */
export function root(match: Match, options: RootOptions, body: string): string {
  const { width, height, idPrefix, layout, t } = options;
  const rtl = t.dir === 'rtl';
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      class: `tl tl--${layout}`,
      lang: t.lang,
      direction: rtl ? 'rtl' : undefined,
      'font-family': FONT_STACK,
      'font-size': TYPE.label,
    },
    title(t('timeline.title', { scoreline: scoreline(match) }), titleId),
    textEl('desc', { id: descId }, summary(match, t)),
    options.background ? el('rect', { class: 'tl-bg', width, height, fill: LIGHT.surface }) : '',
    rtl ? mirrored(body, width) : body,
  );
}

/** The headline and the line under it; returns the markup and its height. */
export function headline(match: Match, x: number, y: number, maxWidth: number, t: Translator): { svg: string; height: number } {
  const details = [
    competitionLine(match, t),
    t.date(match.kickoffDate, 'medium'),
    match.venue,
    match.winner ? resultText(match, t) : statusText(match, t),
  ]
    .filter(Boolean)
    .join(' \u00b7 ');
  const size = Math.min(20, Math.max(14, (maxWidth / Math.max(1, textWidth(scoreline(match), 20, true))) * 20));
  const lines = wrapText(details, maxWidth, 12).slice(0, 3);
  return {
    svg:
      textEl(
        'text',
        { x, y: y + size, 'font-size': num(size), 'font-weight': 700, class: 'tl-ink', fill: LIGHT.ink },
        truncate(scoreline(match), maxWidth, size, true),
      ) +
      lines
        .map((line, i) => textEl('text', { x, y: y + size + 19 + i * 16, 'font-size': 12, class: 'tl-muted', fill: LIGHT.muted }, line))
        .join(''),
    height: size + 12 + lines.length * 16,
  };
}

/** Cuts text to fit `maxWidth`, ending it with an ellipsis. */
export function truncate(text: string, maxWidth: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}\u2026`, size, bold) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}\u2026`;
}

/** A team's short name on its colour, left-aligned at x; returns markup and width. */
export function teamChip(match: Match, side: Side, paint: TeamPaint, x: number, cy: number, t: Translator): { svg: string; width: number } {
  const short = match[side].short;
  const width = textWidth(short, TYPE.chip, true) + 12;
  return {
    svg: el(
      'g',
      { class: `tl-chip tl-chip--${side}` },
      title(t(side === 'home' ? 'side.home-team' : 'side.away-team', { team: match[side].name })),
      el('rect', {
        x,
        y: cy - 9,
        width,
        height: 18,
        rx: 4,
        ...teamFill(paint),
      }),
      textEl(
        'text',
        { x: x + width / 2, y: cy + 4, 'text-anchor': 'middle', 'font-size': TYPE.chip, 'font-weight': 700, fill: paint.text },
        short,
      ),
    ),
    width,
  };
}

/** The words of a label as one `<text>` (so a wider fallback font never makes its parts collide). */
export function labelWords(label: LabelText, attrs: Record<string, string | number | undefined>): string {
  return el(
    'text',
    { ...attrs, class: 'tl-ink', fill: LIGHT.ink },
    // Word spaces rather than dx offsets: renderers disagree on whether dx counts toward text-anchor="end".
    textEl('tspan', { 'font-size': TYPE.minute, 'font-weight': 700, class: 'tl-muted', fill: LIGHT.muted }, `${label.minute} `),
    textEl('tspan', { 'font-weight': label.strong ? 700 : undefined }, label.qualifier ? `${label.name} ` : label.name),
    label.qualifier ? textEl('tspan', { 'font-size': TYPE.small, class: 'tl-muted', fill: LIGHT.muted }, label.qualifier) : '',
  );
}

/**
 * A one-line label beside its marker: the score chip (for goals) sits next to the marker and the words
 * run away from it, rightwards from `x` when `align` is `start`, leftwards from `x` when it is `end`.
 */
export function labelLine(label: LabelText, metrics: LabelMetrics, x: number, y: number, paint: TeamPaint, align: 'start' | 'end'): string {
  const chipWidth = metrics.chip - (label.score ? LABEL_SPACING.beforeChip : 0);
  const chip = label.score ? scoreChip(label.score, align === 'start' ? x : x - chipWidth, y - 4, paint) : '';
  const offset = label.score ? chipWidth + LABEL_SPACING.beforeChip : 0;
  const words = labelWords(label, {
    x: align === 'start' ? x + offset : x - offset,
    y,
    'text-anchor': align === 'end' ? 'end' : undefined,
  });
  return chip + words;
}

/** A running-score chip in the scoring team's colour, left edge at x, centred on cy. */
export function scoreChip(score: string, x: number, cy: number, paint: TeamPaint): string {
  const width = textWidth(score, TYPE.chip, true) + 2 * LABEL_SPACING.chipPadding;
  return el(
    'g',
    { class: 'tl-score' },
    el('rect', {
      x,
      y: cy - 8,
      width,
      height: 16,
      rx: 8,
      ...teamFill(paint),
    }),
    textEl(
      'text',
      { x: x + width / 2, y: cy + 4, 'text-anchor': 'middle', 'font-size': TYPE.chip, 'font-weight': 700, fill: paint.text },
      score,
    ),
  );
}

/** The marker title: `85′ Goal, Lionel Messi, Inter Miami CF, free kick, 4-4`. */
export function eventTitle(event: MatchEvent, match: Match, t: Translator): string {
  return describeEvent(event, match, t);
}

/** Every marker kind, in legend order. */
const LEGEND_KINDS: readonly MarkerKind[] = [
  'goal',
  'penalty-goal',
  'own-goal',
  'penalty-miss',
  'yellow',
  'second-yellow',
  'red',
  'sub',
  'var',
];

/** The legend's words for a marker: the event's label (a penalty goal has its own). */
function legendWords(kind: MarkerKind, t: Translator): string {
  return kind === 'penalty-goal' ? t('timeline.penalty-goal') : eventLabel(kind, t);
}

/** The legend: one entry per marker kind in the match (and the shootout's), wrapped to `maxWidth`. */
export function legend(
  match: Match,
  paints: Readonly<Record<Side, TeamPaint>>,
  x: number,
  y: number,
  maxWidth: number,
  t: Translator,
): { svg: string; height: number } {
  const kinds = LEGEND_KINDS.filter((kind) => match.events.some((e) => markerKind(e) === kind));
  const items: { draw: (cx: number, cy: number) => string; words: string }[] = kinds.map((kind) => ({
    draw: (cx, cy) => marker(kind, cx, cy, paints.home),
    words: legendWords(kind, t),
  }));
  if (match.shootout) {
    for (const result of ['scored', 'missed', 'saved'] as const) {
      if (match.shootout.kicks.some((k) => k.result === result))
        items.push({ draw: (cx, cy) => kickMarker(result, cx, cy, 7, paints.home), words: t(`timeline.kick.${result}` as MessageKey) });
    }
  }
  if (items.length === 0) return { svg: '', height: 0 };
  const rowHeight = 22;
  let cx = x;
  let row = 0;
  const parts: string[] = [];
  for (const item of items) {
    const width = 20 + textWidth(item.words, TYPE.small) + 16;
    if (cx > x && cx + width > x + maxWidth) {
      cx = x;
      row++;
    }
    const cy = y + row * rowHeight + 10;
    parts.push(
      item.draw(cx + 8, cy),
      textEl('text', { x: cx + 20, y: cy + 4, 'font-size': TYPE.small, class: 'tl-muted', fill: LIGHT.muted }, item.words),
    );
    cx += width;
  }
  return { svg: el('g', { class: 'tl-legend', 'aria-hidden': 'true' }, ...parts), height: (row + 1) * rowHeight };
}
