/**
 * The one decision about team colours, for every surface: page badges, chips and stripes, the timeline, the
 * line-up pitch, the stats bars and the social card. Authors' colours stay their own where possible; when the
 * two teams of a match are too alike the away side gets a fallback; a colour is nudged just enough for its text
 * (near-black or white) to reach WCAG AA (4.5:1); and a colour too faint against a theme's surface is marked
 * for an outline in that theme.
 */
import { LRUCache } from 'lru-cache';
import { contrastRatio, ensureContrast, mix, parseHex, textOn } from '../graphics/colour.ts';
import type { Match, Side } from '../recap/model.ts';
import { DARK_PALETTE, LIGHT_PALETTE } from './palette.ts';

/** WCAG AA for normal-size text. */
export const AA_TEXT = 4.5;
/** Non-text contrast WCAG asks of graphical objects (1.4.11). */
const GRAPHIC_CONTRAST = 3;
/** Below this OKLab distance two team colours read as the same colour. */
const MIN_DISTANCE = 0.12;

/** How one team is painted. */
export interface TeamPaint {
  /** Fill for shapes and labels. */
  readonly fill: string;
  /** Text on `fill`, at least 4.5:1. */
  readonly text: string;
  /** True when `fill` contrasts less than 3:1 with the light surface, so shapes get an outline there. */
  readonly edgeLight: boolean;
  /** The same against the dark surface. */
  readonly edgeDark: boolean;
  /** True when the author's colour was replaced because it clashed with the other team's. */
  readonly substituted: boolean;
}

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

/** How one colour is painted on its own (a team shown without an opponent: hub badges, lists). */
export function teamPaint(color: string, substituted = false): TeamPaint {
  const text = textOn(color);
  // textOn picks the better of near-black and white; mid-tones can still fall just short of 4.5:1.
  const fill = contrastRatio(text, color) >= AA_TEXT ? color : ensureContrast(color, text, AA_TEXT);
  return {
    fill,
    text,
    edgeLight: contrastRatio(fill, LIGHT_PALETTE.surface) < GRAPHIC_CONTRAST,
    edgeDark: contrastRatio(fill, DARK_PALETTE.surface) < GRAPHIC_CONTRAST,
    substituted,
  };
}

/** Paints already decided, by pair of colours: a recap page paints its match eight times, lists paint every card. */
const decided = new LRUCache<string, Readonly<Record<Side, TeamPaint>>>({ max: 10_000 });

/** Paints for both teams of a match from their two colours: the away colour gives way when they clash. */
export function teamPaints(home: string, away: string): Readonly<Record<Side, TeamPaint>> {
  const pair = `${home}|${away}`;
  let paints = decided.get(pair);
  if (!paints) {
    const clash = clashes(home, away);
    paints = Object.freeze({ home: teamPaint(home), away: teamPaint(clash ? fallbackColour(home, away) : away, clash) });
    decided.set(pair, paints);
  }
  return paints;
}

/** The colours of a match's two teams, the same on every surface that shows the match. */
export function matchPaints(match: Pick<Match, 'home' | 'away'>): Readonly<Record<Side, TeamPaint>> {
  return teamPaints(match.home.color, match.away.color);
}

/** Fill and text colours for a label on one team's colour (a team shown on its own). */
export function labelColours(color: string): { fill: string; ink: string } {
  const { fill, text } = teamPaint(color);
  return { fill, ink: text };
}
