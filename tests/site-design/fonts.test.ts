/**
 * The fallback @font-face metrics in src/styles/fonts.css must match the web fonts, or swapping fonts
 * moves text. They are recomputed here from the font files the site serves (cut from the installed packages by
 * src/design/fonts.ts) with capsize's unpacker (installed with Astro, which uses it for its own font fallbacks)
 * against Liberation Sans / Serif, which share Arial's and Times New Roman's metrics.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fromFile } from '@capsizecss/unpack/fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontsDir } from '../../src/design/fonts.ts';

let served: string;
beforeAll(async () => {
  served = await fontsDir(await mkdtemp(path.join(os.tmpdir(), 'fonts-')));
}, 120_000);
/** A served font file (the Latin one of a face). */
const servedFile = (file: string) => path.join(served, file);
const css = readFileSync(new URL('../../src/styles/fonts.css', import.meta.url), 'utf8');
const liberation = '/usr/share/fonts/truetype/liberation';
const haveLiberation = existsSync(`${liberation}/LiberationSans-Regular.ttf`);

/** The four overrides capsize's formula gives for a web font over a local one, in percent (2 decimals). */
async function overrides(webFont: string, localFont: string) {
  const web = await fromFile(webFont);
  const local = await fromFile(localFont);
  const size = web.xWidthAvg / web.unitsPerEm / (local.xWidthAvg / local.unitsPerEm);
  const pct = (v: number) => Number(((Math.abs(v) / (web.unitsPerEm * size)) * 100).toFixed(2));
  return {
    'size-adjust': Number((size * 100).toFixed(2)),
    'ascent-override': pct(web.ascent),
    'descent-override': pct(web.descent),
    'line-gap-override': pct(web.lineGap),
  };
}

/** The overrides declared for a fallback family (the regular face, or the one with `font-weight: 700`) in fonts.css. */
function declared(family: string, bold = false) {
  const faces = css.split('@font-face').filter((face) => face.includes(`font-family: '${family}'`));
  const face = faces.find((f) => f.includes('font-weight: 700') === bold) ?? '';
  const start = face.indexOf('font-family');
  const block = face.slice(start);
  return Object.fromEntries(
    [...block.matchAll(/(size-adjust|ascent-override|descent-override|line-gap-override):\s*([\d.]+)%/g)].map((m) => [m[1], Number(m[2])]),
  );
}

describe.skipIf(!haveLiberation)('font fallbacks (needs fonts-liberation)', () => {
  it('match Inter over Arial', async () => {
    const inter = servedFile('inter-latin.woff2');
    expect(declared('Inter Fallback')).toEqual(await overrides(inter, `${liberation}/LiberationSans-Regular.ttf`));
  });

  it('match Source Serif 4 over Times New Roman', async () => {
    const serif = servedFile('source-serif-4-latin.woff2');
    expect(declared('Source Serif Fallback')).toEqual(await overrides(serif, `${liberation}/LiberationSerif-Regular.ttf`));
  });
});

describe('bold font fallbacks', () => {
  // Their size-adjust is measured in a browser (see fonts.css); the vertical overrides must follow from it.
  for (const [family, file] of [
    ['Inter Fallback', 'inter-latin.woff2'],
    ['Source Serif Fallback', 'source-serif-4-latin.woff2'],
  ] as const) {
    it(`${family} keeps the web font's line box at its own size-adjust`, async () => {
      const web = await fromFile(servedFile(file));
      const bold = declared(family, true);
      const size = bold['size-adjust']! / 100;
      expect(bold['ascent-override']).toBeCloseTo((web.ascent / (web.unitsPerEm * size)) * 100, 1);
      expect(bold['descent-override']).toBeCloseTo((-web.descent / (web.unitsPerEm * size)) * 100, 1);
      expect(bold['line-gap-override']).toBe(0);
    });
  }
});
