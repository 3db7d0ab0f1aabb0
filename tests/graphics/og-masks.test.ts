/**
 * The cards are drawn without the masks that only repeat a clip (src/graphics/og/svg-masks.ts): every sample card, a
 * photo card and text in each script draw as satori's SVG drawn as it is, with fewer masks, and masks that could
 * change more than a glyph's fringe are kept. The one change allowed: a glyph part a few pixels wide at the edge of a
 * box keeps its anti-aliased fringe, which the mask's default region (its bounds plus 10 %) trimmed; on the Arabic
 * sample that is 24 pixels.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { RESVG_OPTIONS } from '../../src/graphics/og/engine.ts';
import type { OgElement } from '../../src/graphics/og/h.ts';
import { recapCard } from '../../src/graphics/og/layout.ts';
import { photoCard, photoToken } from '../../src/graphics/og/photo-card.ts';
import { withPhotos } from '../../src/graphics/og/photo.ts';
import { renderCard, renderSvg } from '../../src/graphics/og/render.ts';
import { dropRedundantMasks } from '../../src/graphics/og/svg-masks.ts';
import { textCard } from './og-pixels.ts';
import { SAMPLES } from './og-samples.ts';

const masked = (svg: string) => (svg.match(/\smask="url\(#/g) ?? []).length;
const defined = (svg: string) => (svg.match(/<mask /g) ?? []).length;

/** Pixels that differ between two RGBA buffers. */
function differing(a: Uint8Array, b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i += 4) if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2] || a[i + 3] !== b[i + 3]) n++;
  return n;
}

async function sameAsSatori(tree: OgElement): Promise<void> {
  const svg = await renderSvg(tree);
  const drawn = new Resvg(svg, RESVG_OPTIONS).render().pixels;
  const { pixels } = await renderCard(tree);
  expect(differing(pixels, drawn)).toBeLessThanOrEqual(30);
  const dropped = dropRedundantMasks(svg);
  expect(masked(dropped)).toBeLessThan(masked(svg));
  expect(defined(dropped)).toBeLessThan(defined(svg));
}

describe('cards without redundant masks', () => {
  it.each(Object.keys(SAMPLES))('draws the %s sample card alike, with fewer masks', async (name) => {
    await sameAsSatori(recapCard(SAMPLES[name] as (typeof SAMPLES)[string]));
  });

  it('draws a photo card alike, with fewer masks', async () => {
    const stripes = Array.from({ length: 30 }, (_, i) => `<rect x="${i * 53}" width="26" height="900" fill="#${i % 2 ? '2a6' : 'fe0'}"/>`);
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'fulltime-masks-')), 'photo.png');
    await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">${stripes.join('')}</svg>`))
      .png()
      .toFile(file);
    const token = photoToken('00112233445566778899');
    await sameAsSatori(await withPhotos(photoCard(SAMPLES['base'] as (typeof SAMPLES)[string], token), { [token]: file }));
  });

  it.each(['Harbourside Rovers', '港南ファルコンズ', 'الواحة والقصر', '한빛 은하 시티', '⚽🏆'])(
    'draws "%s" set as card text alike',
    async (text) => {
      const svg = await renderSvg(textCard(text, { bidi: true }));
      expect(
        new Resvg(dropRedundantMasks(svg), RESVG_OPTIONS).render().asPng().equals(new Resvg(svg, RESVG_OPTIONS).render().asPng()),
      ).toBe(true);
    },
  );
});

describe('dropRedundantMasks', () => {
  const svg = (rect: string, clip: string, extra = '') =>
    `<svg width="100" height="50" viewBox="0 0 100 50" xmlns="http://www.w3.org/2000/svg">` +
    `<mask id="satori_om-id-0"><rect ${rect} fill="#fff"/></mask>` +
    `<mask id="satori_om-id-1"><rect x="0" y="0" width="100" height="50" fill="#fff"/></mask>` +
    `<clipPath id="satori_cp-id-0"><rect ${clip}/></clipPath>` +
    `<g mask="url(#satori_om-id-0)" clip-path="url(#satori_cp-id-0)"${extra}><path fill="#000" d="M0 0L90 0L90 40Z"/></g></svg>`;
  const same = 'x="10" y="5" width="60" height="30"';

  it('drops a mask that repeats its clip with whole-pixel edges, and masks nothing uses', () => {
    const out = dropRedundantMasks(svg(same, same));
    expect(out).not.toContain('mask=');
    expect(out).not.toContain('<mask');
    expect(out).toContain('clip-path="url(#satori_cp-id-0)"');
  });

  it('keeps a mask whose rectangle differs from the clip, or falls between pixels', () => {
    for (const [rect, clip] of [
      [same, 'x="10" y="5" width="61" height="30"'],
      ['x="10.5" y="5" width="60" height="30"', 'x="10.5" y="5" width="60" height="30"'],
    ] as const) {
      const out = dropRedundantMasks(svg(rect, clip));
      expect(out).toContain('mask="url(#satori_om-id-0)"');
      expect(out).toContain('<mask id="satori_om-id-0">');
      // The unused one goes whenever the pass runs.
      expect(out).not.toContain('satori_om-id-1');
    }
  });

  it('leaves an SVG that transforms anything as it is', () => {
    const input = svg(same, same, ' transform="rotate(3)"');
    expect(dropRedundantMasks(input)).toBe(input);
  });

  it('keeps a mask on an element without the matching clip', () => {
    const input = svg(same, same).replace(' clip-path="url(#satori_cp-id-0)"', '');
    expect(dropRedundantMasks(input)).toContain('mask="url(#satori_om-id-0)"');
  });
});
