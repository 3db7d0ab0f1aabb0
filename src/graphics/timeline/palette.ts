/**
 * Colours for the timeline: the page palettes and each team's paint, both decided in src/design/ (one source
 * for the page's CSS and every graphic, one decision about team colours); this module names the subset the
 * timeline draws with.
 */
import { DARK_PALETTE, LIGHT_PALETTE, type Palette } from '../../design/palette.ts';
import { mix } from '../colour.ts';

export { SIGNAL } from '../../design/palette.ts';
export { clashes, colourDistance, fallbackColour, matchPaints, teamPaints, type TeamPaint } from '../../design/team-colours.ts';

/** The colours of one theme the timeline uses (the site's CSS custom properties of the same names). */
export type Theme = Pick<Palette, 'surface' | 'ink' | 'muted' | 'rule'> & { readonly band: string };

/** Band: the ink at 8% over the surface, as the page's `.tl-band` rule mixes it. */
const theme = (p: Palette): Theme => ({ surface: p.surface, ink: p.ink, muted: p.muted, rule: p.rule, band: mix(p.surface, p.ink, 0.08) });

/** The light theme: the standalone file's colours and the page's defaults. */
export const LIGHT: Theme = theme(LIGHT_PALETTE);

/** The dark theme. */
export const DARK: Theme = theme(DARK_PALETTE);
