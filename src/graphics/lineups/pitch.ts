/** The pitch: grass and markings, landscape (goals left and right) or portrait (goals top and bottom). */
import { LIGHT_PALETTE } from '../../design/palette.ts';
import { el, num } from '../timeline/svg.ts';

/** Draws a pitch filling the rectangle. */
export function pitch(x: number, y: number, width: number, height: number, orientation: 'landscape' | 'portrait'): string {
  const line = { class: 'lu-pitch-line', fill: 'none', stroke: LIGHT_PALETTE.pitchLine, 'stroke-width': 1.5 };
  const landscape = orientation === 'landscape';
  // Lengths along the pitch (goal to goal) and across it.
  const length = landscape ? width : height;
  const across = landscape ? height : width;
  /** A rectangle given along/across the pitch, measured from the goal line at `from` (0 or the far end). */
  const box = (depth: number, span: number, far: boolean) => {
    const a = far ? length - depth : 0;
    const b = (across - span) / 2;
    return landscape
      ? el('rect', { x: x + a, y: y + b, width: depth, height: span, ...line })
      : el('rect', { x: x + b, y: y + a, width: span, height: depth, ...line });
  };
  const cx = x + width / 2;
  const cy = y + height / 2;
  const circle = Math.min(across * 0.14, length * 0.09);
  return el(
    'g',
    { class: 'lu-pitch', 'aria-hidden': 'true' },
    el('rect', { x, y, width, height, rx: 4, class: 'lu-grass', fill: LIGHT_PALETTE.pitch }),
    el('rect', { x: x + 0.75, y: y + 0.75, width: width - 1.5, height: height - 1.5, rx: 3, ...line }),
    el('path', { d: landscape ? `M${num(cx)} ${num(y)}v${num(height)}` : `M${num(x)} ${num(cy)}h${num(width)}`, ...line }),
    el('circle', { cx, cy, r: circle, ...line }),
    el('circle', { cx, cy, r: 2, class: 'lu-pitch-spot', fill: LIGHT_PALETTE.pitchLine }),
    box(length * 0.157, across * 0.593, false),
    box(length * 0.157, across * 0.593, true),
    box(length * 0.052, across * 0.27, false),
    box(length * 0.052, across * 0.27, true),
  );
}
