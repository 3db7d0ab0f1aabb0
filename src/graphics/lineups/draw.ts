/**
 * The pieces of the line-up graphic: a shirt with its number, a player's name and what happened to them
 * (small markers with minutes, wrapped in rows), measured before they are drawn so the layouts can keep every
 * block apart. Colours are the light theme's, with the timeline's theme classes so the page can repaint them.
 */
import type { Translator } from '../../i18n/index.ts';
import { minuteMark } from '../../recap/present.ts';
import { LIGHT_PALETTE, SIGNAL } from '../../design/palette.ts';
import type { TeamPaint } from '../../design/team-colours.ts';
import { marker, teamFill } from '../timeline/markers.ts';
import { el, num, textEl, title } from '../timeline/svg.ts';
import { textWidth } from '../timeline/text-width.ts';
import { truncate } from '../timeline/frame.ts';
import { wrapText } from '../timeline/wrap.ts';
import type { Happening, PlayerView } from './players.ts';

/** Type sizes and block metrics for one layout. */
export interface Scale {
  readonly shirt: number;
  readonly name: number;
  readonly nameLine: number;
  readonly nameLines: number;
  readonly note: number;
  readonly noteLine: number;
}

/** The wide layout's sizes. */
export const WIDE_SCALE: Scale = { shirt: 30, name: 11.5, nameLine: 14, nameLines: 3, note: 10, noteLine: 15 };
/** The phone layout's sizes. */
export const PHONE_SCALE: Scale = { shirt: 24, name: 10, nameLine: 12, nameLines: 3, note: 9.5, noteLine: 14 };

/** An axis-aligned box, for tests that check nothing overlaps. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Something measured that can be drawn at a position. */
export interface Measured {
  readonly width: number;
  readonly height: number;
}

const ICON = 11;
const STAR_OVERHANG = 6;
const ICON_GAP = 2;
const ITEM_GAP = 6;

interface Note {
  readonly happening?: Happening;
  readonly potm?: boolean;
  readonly text: string;
  readonly width: number;
}

/** Words for a happening, for titles and descriptions: `Goal 23′`, `Off 63′`. */
export function happeningWords(h: Happening, t: Translator): string {
  const minute = minuteMark(h.minute.label, t);
  switch (h.kind) {
    case 'goal':
      return t('lineups.goal', { minute });
    case 'penalty-goal':
      return t('lineups.penalty-goal', { minute });
    case 'own-goal':
      return t('lineups.own-goal', { minute });
    case 'assist':
      return t('lineups.assist', { minute });
    case 'yellow':
      return t('lineups.yellow', { minute });
    case 'second-yellow':
      return t('lineups.second-yellow', { minute });
    case 'red':
      return t('lineups.red', { minute });
    case 'on':
      return t('lineups.on', { minute });
    case 'off':
      return t('lineups.off', { minute });
  }
}

/** A player in words: `10 Name: goal 23′, off 63′, player of the match`. */
export function playerWords(p: PlayerView, t: Translator): string {
  const name = p.number === undefined ? p.name : t('lineups.numbered', { number: p.number, name: p.name });
  const notes = playerNotes(p, t);
  return notes.length > 0 ? t('lineups.player-notes', { player: name, notes: t.list(notes) }) : name;
}

/** What a player did, in words: `goal 23′`, `off 63′`, `player of the match`, and with `minutes`, `62 minutes` played. */
export function playerNotes(p: PlayerView, t: Translator, options: { readonly minutes?: boolean } = {}): string[] {
  return [
    ...p.happenings.map((h) => happeningWords(h, t)),
    ...(p.playerOfTheMatch ? [t('lineups.potm')] : []),
    ...(options.minutes && p.minutes > 0 ? [t.plural('lineups.minutes', p.minutes)] : []),
  ];
}

function notesOf(p: PlayerView, t: Translator, size: number, withStar: boolean): Note[] {
  const notes: Note[] = p.happenings.map((h) => {
    const text = minuteMark(h.minute.label, t);
    return { happening: h, text, width: ICON + ICON_GAP + textWidth(text, size) };
  });
  if (withStar && p.playerOfTheMatch) notes.unshift({ potm: true, text: '', width: ICON });
  return notes;
}

/** Splits notes into rows no wider than `maxWidth` (a note wider than that gets a row of its own). */
function noteRows(notes: readonly Note[], maxWidth: number): Note[][] {
  const rows: Note[][] = [];
  let row: Note[] = [];
  let used = 0;
  for (const note of notes) {
    const extra = row.length === 0 ? note.width : ITEM_GAP + note.width;
    if (row.length > 0 && used + extra > maxWidth) {
      rows.push(row);
      row = [];
      used = 0;
    }
    used += row.length === 0 ? note.width : ITEM_GAP + note.width;
    row.push(note);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

const rowWidth = (row: readonly Note[]) => row.reduce((sum, n, i) => sum + n.width + (i > 0 ? ITEM_GAP : 0), 0);

/** A five-pointed star centred on (cx, cy): the player of the match. */
export function star(cx: number, cy: number, r: number): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? r : r * 0.45;
    return `${num(cx + radius * Math.cos(angle))},${num(cy + radius * Math.sin(angle))}`;
  }).join(' ');
  return el('polygon', { class: 'lu-star', points, fill: SIGNAL.yellow, stroke: SIGNAL.cardEdge, 'stroke-width': 0.8 });
}

function arrow(kind: 'on' | 'off', cx: number, cy: number): string {
  const d =
    kind === 'on' ? `M${num(cx)} ${num(cy + 4.5)}v-9m-3.5 3.5l3.5-3.5 3.5 3.5` : `M${num(cx)} ${num(cy - 4.5)}v9m-3.5-3.5l3.5 3.5 3.5-3.5`;
  return el('path', {
    d,
    fill: 'none',
    stroke: kind === 'on' ? SIGNAL.scored : SIGNAL.missed,
    'stroke-width': 2,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  });
}

function icon(note: Note, cx: number, cy: number, paint: TeamPaint, opponent: TeamPaint): string {
  if (note.potm) return star(cx, cy, ICON / 2 + 0.5);
  const h = note.happening as Happening;
  const scaled = (svg: string) => el('g', { transform: `translate(${num(cx)} ${num(cy)}) scale(0.68)` }, svg);
  switch (h.kind) {
    case 'on':
    case 'off':
      return arrow(h.kind, cx, cy);
    case 'assist':
      return el(
        'g',
        {},
        el('circle', { cx, cy, r: 5, class: 'tl-ink-line', fill: 'none', stroke: LIGHT_PALETTE.ink, 'stroke-width': 1 }),
        textEl(
          'text',
          { x: cx, y: cy + 2.8, 'text-anchor': 'middle', 'font-size': 7.5, 'font-weight': 700, class: 'tl-ink', fill: LIGHT_PALETTE.ink },
          'A',
        ),
      );
    case 'own-goal':
      // An own goal counts for the other side: its marker wears that side's colour, as on the timeline.
      return scaled(marker('own-goal', 0, 0, opponent));
    default:
      return scaled(marker(h.kind, 0, 0, paint));
  }
}

function drawRow(row: readonly Note[], x: number, cy: number, size: number, paint: TeamPaint, opponent: TeamPaint): string {
  let cursor = x;
  const parts: string[] = [];
  for (const note of row) {
    parts.push(icon(note, cursor + ICON / 2, cy, paint, opponent));
    if (note.text)
      parts.push(
        textEl(
          'text',
          { x: cursor + ICON + ICON_GAP, y: cy + size * 0.36, 'font-size': size, class: 'tl-muted', fill: LIGHT_PALETTE.muted },
          note.text,
        ),
      );
    cursor += note.width + ITEM_GAP;
  }
  return parts.join('');
}

/**
 * A name line set apart from the drawing's direction (first strong isolate), so in a right-to-left drawing a Latin
 * name keeps its trailing hyphen at its end.
 */
function isolate(line: string, t: Translator): string {
  return t.dir === 'rtl' ? `\u2068${line}\u2069` : line;
}

function nameLines(name: string, width: number, scale: Scale): string[] {
  // A double-barrelled name may break after its hyphen, the hyphen staying at the end of the line.
  const lines = wrapText(name.replace(/-(?=\S)/g, '-\u200b '), width, scale.name, true).map((line) => line.replace(/\u200b ?/g, ''));
  if (lines.length <= scale.nameLines) return lines;
  const kept = lines.slice(0, scale.nameLines);
  kept[kept.length - 1] = truncate(lines.slice(scale.nameLines - 1).join(' '), width, scale.name, true);
  return kept;
}

/** A shirt outline `w` wide with its top centre at (cx, y). */
function shirtPath(cx: number, y: number, w: number): string {
  const s = w / 30;
  const x = cx - w / 2;
  const p = (dx: number, dy: number) => `${num(x + dx * s)} ${num(y + dy * s)}`;
  return `M${p(10, 0)}Q${p(15, 4)} ${p(20, 0)}L${p(30, 5)}L${p(27.5, 12)}L${p(24, 10.5)}L${p(24, 27)}L${p(6, 27)}L${p(6, 10.5)}L${p(2.5, 12)}L${p(0, 5)}Z`;
}

/** A shirt in the team colour with the number on it; returns markup (height is 0.9 × width). */
export function shirt(cx: number, y: number, w: number, paint: TeamPaint, number: number | undefined): string {
  return (
    el('path', { d: shirtPath(cx, y, w), ...teamFill(paint, 'lu-shirt'), 'stroke-linejoin': 'round' }) +
    (number === undefined
      ? ''
      : textEl(
          'text',
          { x: cx, y: y + w * 0.62, 'text-anchor': 'middle', 'font-size': num(w * 0.4), 'font-weight': 700, fill: paint.text },
          String(number),
        ))
  );
}

/** A player on the pitch: shirt, star, name under it and notes under the name, all centred in `width`. */
export function pitchPlayer(
  p: PlayerView,
  width: number,
  scale: Scale,
  paint: TeamPaint,
  opponent: TeamPaint,
  t: Translator,
): Measured & { draw(cx: number, top: number): string } {
  const names = nameLines(p.name, width, scale);
  const rows = noteRows(notesOf(p, t, scale.note, false), width);
  const shirtHeight = scale.shirt * 0.9;
  const height = shirtHeight + 4 + names.length * scale.nameLine + rows.length * scale.noteLine;
  // The star of the player of the match sits on the shirt's shoulder, 6px past its edge.
  const shirtWidth = scale.shirt + (p.playerOfTheMatch ? 2 * STAR_OVERHANG : 0);
  const measured = Math.max(shirtWidth, ...names.map((n) => textWidth(n, scale.name, true)), ...rows.map(rowWidth));
  return {
    width: measured,
    height,
    draw(cx, top) {
      const parts = [title(playerWords(p, t)), shirt(cx, top, scale.shirt, paint, p.number)];
      if (p.playerOfTheMatch) parts.push(star(cx + scale.shirt / 2, top + 2, STAR_OVERHANG));
      let y = top + shirtHeight + 4;
      for (const line of names) {
        parts.push(
          textEl(
            'text',
            {
              x: cx,
              y: y + scale.name,
              'text-anchor': 'middle',
              'font-size': scale.name,
              'font-weight': 700,
              class: 'tl-ink',
              fill: LIGHT_PALETTE.ink,
            },
            isolate(line, t),
          ),
        );
        y += scale.nameLine;
      }
      for (const row of rows) {
        parts.push(drawRow(row, cx - rowWidth(row) / 2, y + scale.noteLine / 2, scale.note, paint, opponent));
        y += scale.noteLine;
      }
      return el('g', { class: `lu-player lu-player--${p.side}` }, ...parts);
    },
  };
}

/** A player as a list row: number on a team-colour chip, the name, and the notes under it, from `x`. */
export function listPlayer(
  p: PlayerView,
  width: number,
  scale: Scale,
  paint: TeamPaint,
  opponent: TeamPaint,
  t: Translator,
): Measured & { draw(x: number, top: number): string } {
  const chip = 24;
  const textWidthAvailable = Math.max(40, width - chip - 6);
  const names = nameLines(p.name, textWidthAvailable, scale);
  const rows = noteRows(notesOf(p, t, scale.note, true), textWidthAvailable);
  const height = Math.max(18, names.length * scale.nameLine + rows.length * scale.noteLine + 2);
  return {
    width,
    height,
    draw(x, top) {
      const parts = [title(playerWords(p, t))];
      parts.push(el('rect', { x, y: top + 1, width: chip, height: 16, rx: 3, ...teamFill(paint) }));
      if (p.number !== undefined)
        parts.push(
          textEl(
            'text',
            { x: x + chip / 2, y: top + 13, 'text-anchor': 'middle', 'font-size': 10.5, 'font-weight': 700, fill: paint.text },
            String(p.number),
          ),
        );
      let y = top;
      const nx = x + chip + 6;
      for (const line of names) {
        parts.push(
          textEl(
            'text',
            { x: nx, y: y + scale.name + 1, 'font-size': scale.name, class: 'tl-ink', fill: LIGHT_PALETTE.ink },
            isolate(line, t),
          ),
        );
        y += scale.nameLine;
      }
      for (const row of rows) {
        parts.push(drawRow(row, nx, y + scale.noteLine / 2, scale.note, paint, opponent));
        y += scale.noteLine;
      }
      return el('g', { class: `lu-player lu-player--${p.side}` }, ...parts);
    },
  };
}
