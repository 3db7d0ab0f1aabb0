/**
 * The site's colours, light and dark: the one source for the CSS custom properties (src/styles/palette.css is
 * generated from this file by `npm run palette`, and a test fails when it falls behind) and for every graphic
 * drawn in TypeScript (timeline, line-ups, match stats, social cards), so the SVGs match the page they sit on.
 */

/** One theme: each key is a CSS custom property without its `--` (`inkSoft` is `--ink-soft`). */
export interface Palette {
  readonly paper: string;
  readonly surface: string;
  readonly sunken: string;
  readonly ink: string;
  readonly inkSoft: string;
  readonly muted: string;
  readonly rule: string;
  readonly ruleStrong: string;
  readonly accent: string;
  readonly accentSoft: string;
  readonly onAccent: string;
  readonly focus: string;
  readonly win: string;
  readonly loss: string;
  readonly markBg: string;
  readonly markInk: string;
  /** Pitch grass and its lines (the line-up graphic). */
  readonly pitch: string;
  readonly pitchLine: string;
  /** Not a colour: the card shadow, which differs per theme. */
  readonly shadow: string;
}

/** The light theme (the default, and what standalone SVG files are drawn in). */
export const LIGHT_PALETTE: Palette = {
  paper: '#f8f6f1',
  surface: '#ffffff',
  sunken: '#efece4',
  ink: '#15171a',
  inkSoft: '#363b42',
  muted: '#585e68',
  rule: '#dcd8ce',
  ruleStrong: '#15171a',
  accent: '#0b6a44',
  accentSoft: '#e3efe8',
  onAccent: '#ffffff',
  focus: '#1d4ed8',
  win: '#136b2d',
  loss: '#b3261e',
  markBg: '#fde68a',
  markInk: '#15171a',
  pitch: '#e4eee3',
  pitchLine: '#b5c9b3',
  shadow: '0 1px 2px rgb(21 23 26 / 6%), 0 4px 16px rgb(21 23 26 / 5%)',
};

/** The dark theme (system preference or the reader's choice). */
export const DARK_PALETTE: Palette = {
  paper: '#0f1113',
  surface: '#171a1e',
  sunken: '#1d2126',
  ink: '#ecebe7',
  inkSoft: '#d0d2d6',
  muted: '#a0a6af',
  rule: '#2b3037',
  ruleStrong: '#ecebe7',
  accent: '#5fd19b',
  accentSoft: '#15281f',
  onAccent: '#0f1113',
  focus: '#8ab4ff',
  win: '#71d48f',
  loss: '#ff938a',
  markBg: '#6b5600',
  markInk: '#fff8db',
  pitch: '#18241b',
  pitchLine: '#34483a',
  shadow: '0 1px 2px rgb(0 0 0 / 40%)',
};

/**
 * Signal colours that mean the same on both themes (cards, shootout results); each shape drawn in them
 * carries an outline, so they need no per-theme variant.
 */
export const SIGNAL = { yellow: '#f6c500', red: '#d32f2f', cardEdge: '#5c4a00', redEdge: '#6b1010', scored: '#1b8a3a', missed: '#c62828' };

/** `inkSoft` → `--ink-soft`. */
export function cssName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

function declarations(palette: Palette, indent: string): string {
  return Object.entries(palette)
    .map(([key, value]) => `${indent}${cssName(key)}: ${value};`)
    .join('\n');
}

/** The path of the generated stylesheet, from the project root. */
export const PALETTE_CSS_FILE = 'src/styles/palette.css';

/**
 * The stylesheet with both palettes as custom properties: light on :root; dark when the system asks for it
 * and the reader has not chosen light, or when the reader chose dark (the head script sets data-theme).
 */
export function paletteCss(): string {
  return [
    '/* Generated from src/design/palette.ts by `npm run palette`: edit that file, not this one. */',
    ':root {',
    '  color-scheme: light;',
    declarations(LIGHT_PALETTE, '  '),
    '}',
    '',
    '/* Dark palette, written twice: once for "follow the system", once for an explicit choice. */',
    '@media (prefers-color-scheme: dark) {',
    "  :root:not([data-theme='light']) {",
    '    color-scheme: dark;',
    declarations(DARK_PALETTE, '    '),
    '  }',
    '}',
    '',
    ":root[data-theme='dark'] {",
    '  color-scheme: dark;',
    declarations(DARK_PALETTE, '  '),
    '}',
    '',
  ].join('\n');
}
