/**
 * Colours for the timeline: the light and dark page palettes, and each team's paint. Team colours stay
 * the authors' own where possible; when the two teams' colours are too alike the away side gets a
 * fallback, and a colour too faint against a theme's background gets an outline in that theme.
 * Text on a team colour is near-black or white and always reaches WCAG AA (4.5:1).
 */
import { contrastRatio, ensureContrast, mix, parseHex, textOn } from '../colour.ts';
import type { Side } from '../../recap/model.ts';

/** The colours of one theme (they mirror the site's CSS custom properties). */
export interface Theme {
  readonly surface: string;
  readonly ink: string;
  readonly muted: string;
  readonly rule: string;
  readonly band: string;
}

/** The light theme: the standalone file's colours and the page's defaults. */
export const LIGHT: Theme = { surface: '#ffffff', ink: '#16181d', muted: '#5a606b', rule: '#d9d5cc', band: '#eeece6' };

/** The dark theme, used to decide which team colours need an outline on a dark page. */
export const DARK: Theme = { surface: '#181b21', ink: '#eceae4', muted: '#a3a8b3', rule: '#2c313a', band: '#252932' };

/** Fixed colours for cards and shootout results (the same on both themes; each carries an outline). */
export const SIGNAL = { yellow: '#f6c500', red: '#d32f2f', cardEdge: '#5c4a00', redEdge: '#6b1010', scored: '#1b8a3a', missed: '#c62828' };

/** How one team is painted. */
export interface TeamPaint {
  /** Fill for markers and chips. */
  readonly fill: string;
  /** Text on `fill`, at least 4.5:1. */
  readonly text: string;
  /** True when `fill` contrasts less than 3:1 with the light background, so shapes get an outline there. */
  readonly edgeLight: boolean;
  /** The same against the dark background. */
  readonly edgeDark: boolean;
  /** True when the author's colour was replaced because it clashed with the other team's. */
  readonly substituted: boolean;
}

/** Non-text contrast WCAG asks of graphical objects (1.4.11). */
const GRAPHIC_CONTRAST = 3;
/** Text contrast for WCAG AA (1.4.3). */
const TEXT_CONTRAST = 4.5;
/** Below this OKLab distance two team colours read as the same colour. */
const MIN_DISTANCE = 0.12;

function oklab(hex: string): [number, number, number] {
  const { r, g, b } = parseHex(hex);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [R, G, B] = [lin(r), lin(g), lin(b)];
  const l = Math.cbrt(0.4122214708 * R + 0.5363325363 * G + 0.0514459929 * B);
  const m = Math.cbrt(0.2119034982 * R + 0.6806995451 * G + 0.1073969566 * B);
  const s = Math.cbrt(0.0883024619 * R + 0.2817188376 * G + 0.6299787005 * B);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675778 * s,
  ];
}

/** Perceptual distance between two colours (Euclidean in OKLab; about 0.02 is just noticeable). */
export function colourDistance(a: string, b: string): number {
  const [l1, a1, b1] = oklab(a);
  const [l2, a2, b2] = oklab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** True when two team colours are too alike to tell home from away. */
export function clashes(a: string, b: string): boolean {
  return colourDistance(a, b) < MIN_DISTANCE;
}

/** A replacement for `away` that stands apart from `home`: a darker or lighter shade first, then stock colours. */
export function fallbackColour(home: string, away: string): string {
  const candidates = [mix(away, '#000000', 0.55), mix(away, '#ffffff', 0.6), '#1d4ed8', '#b91c1c', '#111418', '#f59e0b', '#0f766e'];
  return candidates.find((c) => colourDistance(c, home) >= MIN_DISTANCE * 1.5) ?? '#111418';
}

function paint(fill: string, substituted: boolean): TeamPaint {
  const text = textOn(fill);
  // textOn picks the better of near-black and white; mid-tones can still fall just short of 4.5:1.
  const safeFill = contrastRatio(text, fill) >= TEXT_CONTRAST ? fill : ensureContrast(fill, text, TEXT_CONTRAST);
  return {
    fill: safeFill,
    text,
    edgeLight: contrastRatio(safeFill, LIGHT.surface) < GRAPHIC_CONTRAST,
    edgeDark: contrastRatio(safeFill, DARK.surface) < GRAPHIC_CONTRAST,
    substituted,
  };
}

/** Paints for both teams. */
export function teamPaints(home: string, away: string): Readonly<Record<Side, TeamPaint>> {
  const clash = clashes(home, away);
  return { home: paint(home, false), away: paint(clash ? fallbackColour(home, away) : away, clash) };
}
