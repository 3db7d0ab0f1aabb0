/**
 * The penalty shootout as a grid: one row per team (the side that kicked first on top), one column per
 * round, each cell a kick in the order taken; each row ends with the team's total and the grid with
 * the result.
 */
import type { Match, Shootout, Side } from '../../recap/model.ts';
import type { Translator } from '../../i18n/index.ts';
import { describeKick, resultText } from '../../recap/present.ts';
import { TYPE } from './labels.ts';
import { kickMarker } from './markers.ts';
import { LIGHT, type TeamPaint } from './palette.ts';
import { el, textEl, title } from './svg.ts';
import { teamChip } from './frame.ts';
import { textWidth } from './text-width.ts';

/** Where and how large to draw the grid. */
export interface ShootoutBox {
  readonly x: number;
  readonly y: number;
  /** Width available; cells shrink (down to a minimum) and the grid wraps into blocks when rounds run long. */
  readonly width: number;
}

const ROW = 26;
const MAX_CELL = 26;
const MIN_CELL = 20;

/** Draws the grid; returns its markup and height. */
export function shootoutGrid(
  match: Match,
  shootout: Shootout,
  paints: Readonly<Record<Side, TeamPaint>>,
  box: ShootoutBox,
  t: Translator,
): { svg: string; height: number } {
  const sides: Side[] = shootout.first === 'home' ? ['home', 'away'] : ['away', 'home'];
  const chipWidth = Math.max(...sides.map((s) => textWidth(match[s].short, TYPE.chip, true) + 12));
  const totalWidth = 34;
  const gridX = box.x + chipWidth + 10;
  const room = box.width - (gridX - box.x) - totalWidth;
  const rounds = shootout.rounds.length;
  const cell = Math.max(MIN_CELL, Math.min(MAX_CELL, room / rounds));
  const perBlock = Math.max(1, Math.floor(room / cell));
  const blocks = Math.ceil(rounds / perBlock);
  const parts: string[] = [
    textEl(
      'text',
      { x: box.x, y: box.y + 12, 'font-size': TYPE.small, 'font-weight': 700, class: 'tl-muted', fill: LIGHT.muted, 'letter-spacing': 0.6 },
      t('shootout.title').toLocaleUpperCase(t.lang),
    ),
  ];
  let y = box.y + 22;
  for (let block = 0; block < blocks; block++) {
    const first = block * perBlock;
    const last = Math.min(rounds, first + perBlock);
    for (let r = first; r < last; r++) {
      const cx = gridX + (r - first) * cell + cell / 2;
      parts.push(
        textEl(
          'text',
          { x: cx, y: y + 10, 'text-anchor': 'middle', 'font-size': 9.5, class: 'tl-muted', fill: LIGHT.muted },
          String(r + 1),
        ),
      );
    }
    sides.forEach((side, row) => {
      const cy = y + 14 + row * ROW + ROW / 2;
      parts.push(teamChip(match, side, paints[side], box.x, cy, t).svg);
      for (let r = first; r < last; r++) {
        const kick = shootout.rounds[r]?.[side];
        if (!kick) continue;
        const cx = gridX + (r - first) * cell + cell / 2;
        parts.push(
          el(
            'g',
            { class: `tl-kick-cell tl-kick-cell--${kick.result}` },
            title(describeKick(kick, match, t)),
            kickMarker(kick.result, cx, cy, cell * 0.34, paints[side]),
          ),
        );
      }
      if (block === blocks - 1) {
        const winner = shootout.winner === side;
        parts.push(
          textEl(
            'text',
            {
              x: gridX + (last - first) * cell + 10,
              y: cy + 5,
              'font-size': 15,
              'font-weight': winner ? 700 : 400,
              class: winner ? 'tl-ink' : 'tl-muted',
              fill: winner ? LIGHT.ink : LIGHT.muted,
            },
            String(shootout.score[side]),
          ),
        );
      }
    });
    y += 14 + 2 * ROW + 6;
  }
  parts.push(
    textEl(
      'text',
      { x: box.x, y: y + 12, 'font-size': TYPE.label, 'font-weight': 700, class: 'tl-ink', fill: LIGHT.ink },
      resultText(match, t),
    ),
  );
  return { svg: el('g', { class: 'tl-shootout' }, ...parts), height: y + 18 - box.y };
}
