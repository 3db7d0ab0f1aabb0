/**
 * The line-up graphic as an SVG string: a pure, deterministic function of the normalised match and the options
 * (same input, same bytes). Both teams on one pitch in their formations (wide: side by side, home attacking
 * right; phone: one above the other, home attacking down), each player's shirt, number, name and what happened
 * to them; then each bench with the minute a substitute came on, and the coach. Without a formation for both
 * sides, a list per team instead of the pitch. Used by the recap page (inline) and the standalone `lineups.svg`.
 */
import { translator, type Translator } from '../../i18n/index.ts';
import type { Match, Side } from '../../recap/model.ts';
import { LIGHT_PALETTE } from '../../design/palette.ts';
import { matchPaints, type TeamPaint } from '../../design/team-colours.ts';
import { FONT_STACK, mirrored, truncate } from '../timeline/frame.ts';
import { teamFill } from '../timeline/markers.ts';
import { el, num, textEl } from '../timeline/svg.ts';
import { textWidth as textWidthOf } from '../timeline/text-width.ts';
import { listPlayer, pitchPlayer, PHONE_SCALE, playerWords, WIDE_SCALE, type Box, type Scale } from './draw.ts';
import { formationLines, formationText } from './formation.ts';
import { pitch } from './pitch.ts';
import { sideViews, type PlayerView, type SideView } from './players.ts';
import { settingsFrom, type LineupsOptions, type LineupsSettings } from './settings.ts';

export type { LineupsOptions } from './settings.ts';

/** A drawn layout: the markup, its height, and the box of every player (for tests). */
export interface LineupsLayout {
  readonly svg: string;
  readonly height: number;
  readonly boxes: readonly Box[];
  /** `pitch` when both sides stand in formation, else `list`. */
  readonly kind: 'pitch' | 'list';
}

interface Context {
  readonly match: Match;
  readonly sides: readonly SideView[];
  readonly paints: Readonly<Record<Side, TeamPaint>>;
  readonly t: Translator;
  readonly settings: LineupsSettings;
  readonly scale: Scale;
}

const PAD = 16;
const HEADING = 11;
const other = (side: Side): Side => (side === 'home' ? 'away' : 'home');
/** A right-to-left language mirrors the drawing: home on the right, lists and notes read from the right. */
const rtl = (c: Pick<Context, 't'>) => c.t.dir === 'rtl';

/** True when the match has a line-up to draw. */
export function hasLineups(match: Match): boolean {
  return match.lineups?.home !== undefined || match.lineups?.away !== undefined;
}

/** Draws the line-ups of a match (an empty string when it has none). */
export function renderLineups(match: Match, options: LineupsOptions = {}): string {
  return lineupsLayout(match, options)?.svg ?? '';
}

/** Lays out and draws the line-ups; undefined when the match has none. */
export function lineupsLayout(match: Match, options: LineupsOptions = {}): LineupsLayout | undefined {
  const settings = settingsFrom(options);
  const sides = sideViews(match);
  if (sides.length === 0) return undefined;
  const context: Context = {
    match,
    sides,
    paints: matchPaints(match),
    t: translator(settings.lang),
    settings,
    scale: settings.layout === 'phone' ? PHONE_SCALE : WIDE_SCALE,
  };
  const onPitch = sides.length === 2 && sides.every((s) => formationLines(s.starting, s.lineup.formation));
  const body = onPitch ? (settings.layout === 'phone' ? phonePitch(context) : widePitch(context)) : list(context);
  return { ...body, svg: root(context, body.height, body.svg), kind: onPitch ? 'pitch' : 'list' };
}

function root(c: Context, height: number, body: string): string {
  const { width, idPrefix } = c.settings;
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
      class: `lu lu--${c.settings.layout}`,
      lang: c.t.lang,
      direction: rtl(c) ? 'rtl' : undefined,
      'font-family': FONT_STACK,
      'font-size': 12,
    },
    textEl('title', { id: titleId }, c.t('lineups.title', { home: c.match.home.name, away: c.match.away.name })),
    textEl('desc', { id: descId }, summary(c)),
    c.settings.background ? el('rect', { class: 'lu-bg', width, height, fill: LIGHT_PALETTE.surface }) : '',
    rtl(c) ? mirrored(body, width) : body,
  );
}

/** The line-ups in words: each side's formation, starters, substitutes and coach, and the player of the match. */
export function summary(c: Pick<Context, 'match' | 'sides' | 't'>): string {
  const { t, match } = c;
  const parts: string[] = [];
  for (const view of c.sides) {
    const team = match[view.side].name;
    const players = t.list(view.starting.map((p) => playerWords(p, t)));
    parts.push(
      view.lineup.formation
        ? t('lineups.desc.starting-formation', { team, formation: formationText(view.lineup.formation), players })
        : t('lineups.desc.starting', { team, players }),
    );
    if (view.bench.length > 0) parts.push(t('lineups.desc.bench', { players: t.list(view.bench.map((p) => playerWords(p, t))) }));
    if (view.lineup.coach) parts.push(t('lineups.desc.coach', { coach: view.lineup.coach }));
  }
  if (match.playerOfTheMatch) parts.push(t('lineups.desc.potm', { player: match.playerOfTheMatch }));
  return parts.join(' ');
}

/** A team's heading: a swatch in its colour, its name, and its formation; `align` end puts it against `x` from the right. */
function teamHeading(c: Context, view: SideView, x: number, y: number, maxWidth: number, align: 'start' | 'end'): string {
  const team = c.match[view.side];
  // Digits and hyphens stay left to right in a right-to-left drawing (2-3-1, not 1-3-2).
  const formation = view.lineup.formation
    ? rtl(c)
      ? `\u2066${formationText(view.lineup.formation)}\u2069`
      : formationText(view.lineup.formation)
    : '';
  const formationWidth = formation ? textWidthOf(formation, 12) + 8 : 0;
  const name = truncate(team.name, Math.max(40, maxWidth - 20 - formationWidth), 14, true);
  const nameWidth = textWidthOf(name, 14, true);
  const total = 18 + nameWidth + formationWidth;
  const left = align === 'start' ? x : x - total;
  return el(
    'g',
    { class: `lu-team lu-team--${view.side}` },
    el('rect', { x: left, y: y - 11, width: 12, height: 12, rx: 2, ...teamFill(c.paints[view.side]) }),
    textEl('text', { x: left + 18, y, 'font-size': 14, 'font-weight': 700, class: 'tl-ink', fill: LIGHT_PALETTE.ink }, name),
    formation
      ? textEl('text', { x: left + 18 + nameWidth + 8, y, 'font-size': 12, class: 'tl-muted', fill: LIGHT_PALETTE.muted }, formation)
      : '',
  );
}

function heading(text: string, x: number, y: number, lang: string): string {
  return textEl(
    'text',
    { x, y, 'font-size': HEADING, 'font-weight': 700, 'letter-spacing': 0.6, class: 'tl-muted', fill: LIGHT_PALETTE.muted },
    text.toLocaleUpperCase(lang),
  );
}

/** A column of list rows under a heading; returns markup, height and boxes. */
function playerColumn(
  c: Context,
  side: Side,
  players: readonly PlayerView[],
  title: string,
  x: number,
  y: number,
  width: number,
): { svg: string; height: number; boxes: Box[] } {
  if (players.length === 0) return { svg: '', height: 0, boxes: [] };
  const parts = [heading(title, x, y + HEADING, c.t.lang)];
  const boxes: Box[] = [];
  let cursor = y + HEADING + 10;
  for (const p of players) {
    const row = listPlayer(p, width, c.scale, c.paints[side], c.paints[other(side)], c.t);
    parts.push(row.draw(x, cursor));
    boxes.push({ x0: x, y0: cursor, x1: x + width, y1: cursor + row.height });
    cursor += row.height + 6;
  }
  return { svg: parts.join(''), height: cursor - y, boxes };
}

/** Bench and coach of one side, from (x, y); returns markup, height and boxes. */
function benchColumn(c: Context, view: SideView, x: number, y: number, width: number) {
  const team = c.match[view.side].name;
  const bench = playerColumn(c, view.side, view.bench, c.t('lineups.bench-of', { team }), x, y, width);
  let height = bench.height;
  let svg = bench.svg;
  if (view.lineup.coach) {
    const line = truncate(c.t('lineups.coach-line', { coach: view.lineup.coach }), width, 11.5);
    svg += textEl(
      'text',
      { x, y: y + height + (height > 0 ? 8 : 0) + 12, 'font-size': 11.5, class: 'tl-muted', fill: LIGHT_PALETTE.muted },
      line,
    );
    height += (height > 0 ? 8 : 0) + 16;
  }
  return { svg, height, boxes: bench.boxes };
}

/** Columns side by side (wide) or one above the other (phone), each drawn by `draw`. */
function columns(
  c: Context,
  y: number,
  draw: (view: SideView, x: number, y: number, width: number) => { svg: string; height: number; boxes: Box[] },
): { svg: string; height: number; boxes: Box[] } {
  const { width } = c.settings;
  const inner = width - 2 * PAD;
  const svg: string[] = [];
  const boxes: Box[] = [];
  if (c.settings.layout === 'wide') {
    const gap = 32;
    const column = (inner - gap) / 2;
    let height = 0;
    c.sides.forEach((view) => {
      const x = view.side === 'home' ? PAD : PAD + column + gap;
      const drawn = draw(view, x, y, column);
      svg.push(drawn.svg);
      boxes.push(...drawn.boxes);
      height = Math.max(height, drawn.height);
    });
    return { svg: svg.join(''), height, boxes };
  }
  let cursor = y;
  c.sides.forEach((view, i) => {
    const drawn = draw(view, PAD, cursor, inner);
    svg.push(drawn.svg);
    boxes.push(...drawn.boxes);
    cursor += drawn.height + (drawn.height > 0 && i < c.sides.length - 1 ? 22 : 0);
  });
  return { svg: svg.join(''), height: cursor - y, boxes };
}

/** Without formations: per team, a heading, the starters, the bench and the coach. */
function list(c: Context): { svg: string; height: number; boxes: Box[] } {
  const top = PAD;
  const drawn = columns(c, top, (view, x, y, width) => {
    const head = teamHeading(c, view, x, y + 14, width, 'start');
    const starting = playerColumn(c, view.side, view.starting, c.t('lineups.starting'), x, y + 30, width);
    const bench = benchColumn(c, view, x, y + 30 + starting.height + 12, width);
    return {
      svg: head + starting.svg + bench.svg,
      height: 30 + starting.height + 12 + bench.height,
      boxes: [...starting.boxes, ...bench.boxes],
    };
  });
  return { svg: drawn.svg, height: top + drawn.height + PAD, boxes: drawn.boxes };
}

interface Placed {
  readonly box: Box;
  readonly svg: string;
}

/** Wide: one landscape pitch, home on the left attacking right, away on the right attacking left. */
function widePitch(c: Context): { svg: string; height: number; boxes: Box[] } {
  const { width } = c.settings;
  const length = width - 2 * PAD;
  const half = length / 2;
  const headY = PAD + 14;
  const top = PAD + 28;
  const inset = 10;
  // Measure every block first: the pitch grows until the fullest line fits.
  const plans = c.sides.map((view) => {
    const lines = formationLines(view.starting, view.lineup.formation) as PlayerView[][];
    const column = half / lines.length;
    const blocks = lines.map((line) =>
      line.map((p) => pitchPlayer(p, column - 10, c.scale, c.paints[view.side], c.paints[other(view.side)], c.t)),
    );
    return { view, lines, column, blocks };
  });
  const needed = Math.max(
    ...plans.flatMap((plan) => plan.blocks.map((line) => line.length * (Math.max(...line.map((b) => b.height)) + 10))),
  );
  const height = Math.max(length * 0.6, needed + 2 * inset);
  const placed: Placed[] = [];
  for (const { view, column, blocks } of plans) {
    blocks.forEach((line, j) => {
      const cx = view.side === 'home' ? PAD + column * (j + 0.5) : width - PAD - column * (j + 0.5);
      const slot = (height - 2 * inset) / line.length;
      const tallest = Math.max(...line.map((b) => b.height));
      line.forEach((block, i) => {
        // Facing right, a team's right is down the page; facing left, it is up.
        // A right-to-left drawing is mirrored at the end (home on the right, attacking left), which would swap each
        // team's right and left: lay the lines out upside down first so the mirror puts them back.
        const k = (view.side === 'home') !== rtl(c) ? line.length - 1 - i : i;
        const blockTop = top + inset + slot * (k + 0.5) - tallest / 2;
        placed.push({
          box: { x0: cx - block.width / 2, y0: blockTop, x1: cx + block.width / 2, y1: blockTop + block.height },
          svg: block.draw(cx, blockTop),
        });
      });
    });
  }
  const heads = c.sides
    .map((view) => teamHeading(c, view, view.side === 'home' ? PAD : width - PAD, headY, half - 8, view.side === 'home' ? 'start' : 'end'))
    .join('');
  const benches = columns(c, top + height + 24, (view, x, y, w) => benchColumn(c, view, x, y, w));
  return {
    svg: heads + pitch(PAD, top, length, height, 'landscape') + placed.map((p) => p.svg).join('') + benches.svg,
    height: top + height + 24 + benches.height + PAD,
    boxes: [...placed.map((p) => p.box), ...benches.boxes],
  };
}

/** Phone: one portrait pitch, home in the top half attacking down, away in the bottom half attacking up. */
function phonePitch(c: Context): { svg: string; height: number; boxes: Box[] } {
  const { width } = c.settings;
  const pad = 8;
  const across = width - 2 * pad;
  const inset = 10;
  const plans = c.sides.map((view) => {
    const lines = formationLines(view.starting, view.lineup.formation) as PlayerView[][];
    const rows = lines.map((line) => {
      const slot = across / line.length;
      const blocks = line.map((p) => pitchPlayer(p, slot - 6, c.scale, c.paints[view.side], c.paints[other(view.side)], c.t));
      return { slot, blocks, height: Math.max(...blocks.map((b) => b.height)) + 10 };
    });
    return { view, rows, needed: rows.reduce((sum, r) => sum + r.height, 0) + inset };
  });
  const half = Math.max(across * 0.72, ...plans.map((p) => p.needed));
  const headHome = PAD + 14;
  const top = PAD + 26;
  const height = 2 * half;
  const placed: Placed[] = [];
  for (const { view, rows, needed } of plans) {
    // Rows share the half's spare room evenly.
    const spare = (half - needed) / rows.length;
    let cursor = inset;
    rows.forEach((row) => {
      const rowHeight = row.height + spare;
      const offset = cursor + (rowHeight - row.height) / 2;
      const rowTop = view.side === 'home' ? top + offset : top + height - offset - row.height + 10;
      row.blocks.forEach((block, i) => {
        // Facing down the page a team's right is on the left of the screen; facing up, on the right.
        const fromLeft = (view.side === 'home') !== rtl(c);
        const cx = fromLeft ? pad + row.slot * (i + 0.5) : width - pad - row.slot * (i + 0.5);
        placed.push({
          box: { x0: cx - block.width / 2, y0: rowTop, x1: cx + block.width / 2, y1: rowTop + block.height },
          svg: block.draw(cx, rowTop),
        });
      });
      cursor += rowHeight;
    });
  }
  const homeView = c.sides.find((s) => s.side === 'home') as SideView;
  const awayView = c.sides.find((s) => s.side === 'away') as SideView;
  const awayHeadY = top + height + 22;
  const heads =
    teamHeading(c, homeView, PAD, headHome, width - 2 * PAD, 'start') + teamHeading(c, awayView, PAD, awayHeadY, width - 2 * PAD, 'start');
  const benches = columns(c, awayHeadY + 20, (view, x, y, w) => benchColumn(c, view, x, y, w));
  return {
    svg: heads + pitch(pad, top, across, height, 'portrait') + placed.map((p) => p.svg).join('') + benches.svg,
    height: awayHeadY + 20 + benches.height + PAD,
    boxes: [...placed.map((p) => p.box), ...benches.boxes],
  };
}
