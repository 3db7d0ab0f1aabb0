/**
 * The match timeline as an SVG string: a pure, deterministic function of the normalised match and the
 * options (same input, same bytes). Used by the recap page (inline) and the standalone `timeline.svg`.
 */
import type { Match } from '../../recap/model.ts';
import { matchPaints } from '../../design/team-colours.ts';
import { settingsFrom, type TimelineOptions } from './settings.ts';
import { compactTimeline } from './compact.ts';
import { wideTimeline } from './wide.ts';

export type { TimelineOptions } from './settings.ts';

/** Draws the timeline of a match. */
export function renderTimeline(match: Match, options: TimelineOptions = {}): string {
  const settings = settingsFrom(options);
  const paints = matchPaints(match);
  return settings.layout === 'compact' ? compactTimeline(match, paints, settings).svg : wideTimeline(match, paints, settings).svg;
}
