import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cssName, DARK_PALETTE, LIGHT_PALETTE, PALETTE_CSS_FILE, paletteCss } from '../../src/design/palette.ts';
import { DARK, LIGHT } from '../../src/graphics/timeline/palette.ts';
import { ROOT } from '../helpers/site.ts';

const read = (file: string) => readFileSync(`${ROOT}/${file}`, 'utf8');

/** Custom properties declared in the block that opens with `selector {` (the first one). */
function block(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no block ${selector}`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const asCss = (palette: object) => Object.fromEntries(Object.entries(palette).map(([k, v]) => [cssName(k), v]));

describe('one palette for the stylesheet and the graphics', () => {
  it('the committed palette.css is what src/design/palette.ts generates (npm run palette)', () => {
    expect(read(PALETTE_CSS_FILE)).toBe(paletteCss());
  });

  it('palette.css declares the light palette on :root and the dark one for the system and for a choice', () => {
    const css = read(PALETTE_CSS_FILE);
    expect(block(css, ':root')).toEqual(asCss(LIGHT_PALETTE));
    expect(block(css, ":root:not([data-theme='light'])")).toEqual(asCss(DARK_PALETTE));
    expect(block(css, ":root[data-theme='dark']")).toEqual(asCss(DARK_PALETTE));
  });

  it('global.css imports palette.css and declares none of its colours a second time', () => {
    const css = read('src/styles/global.css');
    expect(css).toContain("@import './palette.css';");
    const declared = [...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]);
    const owned = Object.keys(asCss(LIGHT_PALETTE));
    expect(declared.filter((name) => owned.includes(name!))).toEqual([]);
  });

  it('the inline graphics repaint themselves only with colours the palette declares', () => {
    const css = read('src/styles/graphics.css');
    const used = new Set([...css.matchAll(/var\((--[\w-]+)\)/g)].map((m) => m[1]!));
    const declared = new Set([...Object.keys(asCss(LIGHT_PALETTE)), '--tl-edge-l', '--tl-edge-d']);
    expect([...used].filter((name) => !declared.has(name))).toEqual([]);
    expect(used).toContain('--pitch');
  });

  it('the timeline draws with the page colours (no copy that can drift)', () => {
    for (const [theme, palette] of [
      [LIGHT, LIGHT_PALETTE],
      [DARK, DARK_PALETTE],
    ] as const) {
      expect({ surface: theme.surface, ink: theme.ink, muted: theme.muted, rule: theme.rule }).toEqual({
        surface: palette.surface,
        ink: palette.ink,
        muted: palette.muted,
        rule: palette.rule,
      });
    }
    expect(LIGHT.ink).toBe('#15171a');
  });
});
