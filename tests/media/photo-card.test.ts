/**
 * The photo social card stays legible on any photo: on a plain white picture and on a busy bright one, the areas
 * behind the competition line, the team names and the headline are dark enough for white text (4.5:1), and the
 * card's name follows the photo's bytes, not where the file lives.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { CardData } from '../../src/graphics/og/card-data.ts';
import { cardJob } from '../../src/graphics/og/key.ts';
import { photoCard, photoToken } from '../../src/graphics/og/photo-card.ts';
import { withPhotos } from '../../src/graphics/og/photo.ts';
import { renderCard } from '../../src/graphics/og/render.ts';

const DATA: CardData = {
  headline: 'Harbourside hold on under the lights to go top of the Coastline League',
  competition: 'Coastline League · Matchday 6',
  date: '14 September 2024',
  home: { name: 'Harbourside Rovers', color: '#1F4E8C', scorers: [] },
  away: { name: 'Millbrook Town', color: '#F7F7F7', scorers: [] },
  score: { home: 2, away: 1 },
  status: 'Full time',
  brand: 'Fulltime',
};

/** Relative luminance (WCAG) of a region of RGBA pixels: its brighter end (the 80th percentile), to be safe. */
function backgroundLuminance(pixels: Buffer, box: { x: number; y: number; w: number; h: number }): number {
  const lum = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const values: number[] = [];
  for (let y = box.y; y < box.y + box.h; y++) {
    for (let x = box.x; x < box.x + box.w; x++) {
      const i = (y * 1200 + x) * 4;
      values.push(0.2126 * lum(pixels[i] ?? 0) + 0.7152 * lum(pixels[i + 1] ?? 0) + 0.0722 * lum(pixels[i + 2] ?? 0));
    }
  }
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length * 0.8)] ?? 1;
}

async function photo(kind: 'white' | 'busy'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fulltime-card-'));
  const file = path.join(dir, `${kind}.png`);
  if (kind === 'white')
    await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#ffffff' } })
      .png()
      .toFile(file);
  else {
    const stripes = Array.from(
      { length: 40 },
      (_, i) => `<rect x="${i * 40}" width="20" height="900" fill="${i % 3 ? '#ffee00' : '#ffffff'}"/>`,
    ).join('');
    await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">${stripes}</svg>`))
      .png()
      .toFile(file);
  }
  return file;
}

describe('the photo card', () => {
  for (const kind of ['white', 'busy'] as const) {
    it(`keeps white text at 4.5:1 or better on a ${kind} photo`, async () => {
      const token = photoToken('0123456789abcdef');
      const { pixels, png } = await renderCard(await withPhotos(photoCard(DATA, token), { [token]: await photo(kind) }));
      // Kept for a look: the test output names where.
      await writeFile(path.join(tmpdir(), `fulltime-photo-card-${kind}.png`), png);
      const white = 1;
      // Background right beside each line of text (the letters themselves are white).
      const regions = {
        competition: { x: 600, y: 30, w: 300, h: 30 },
        home: { x: 700, y: 345, w: 300, h: 50 },
        away: { x: 700, y: 420, w: 300, h: 50 },
        headline: { x: 48, y: 600, w: 1100, h: 24 },
      };
      for (const [name, box] of Object.entries(regions)) {
        const contrast = (white + 0.05) / (backgroundLuminance(pixels, box) + 0.05);
        expect(contrast, name).toBeGreaterThanOrEqual(4.5);
      }
      await writeFile(
        path.join(tmpdir(), `fulltime-photo-card-${kind}.png`),
        (await renderCard(await withPhotos(photoCard(DATA, token), { [token]: await photo(kind) }))).png,
      );
    }, 60_000);
  }

  it('is named by the photo bytes, not by the file path', () => {
    const tree = (hash: string) => photoCard(DATA, photoToken(hash));
    const a = cardJob('x', tree('aaaaaaaaaaaaaaaa'), { [photoToken('aaaaaaaaaaaaaaaa')]: '/one/place.jpg' });
    const moved = cardJob('x', tree('aaaaaaaaaaaaaaaa'), { [photoToken('aaaaaaaaaaaaaaaa')]: '/another/place.jpg' });
    const edited = cardJob('x', tree('bbbbbbbbbbbbbbbb'), { [photoToken('bbbbbbbbbbbbbbbb')]: '/one/place.jpg' });
    expect(moved.file).toBe(a.file);
    expect(edited.file).not.toBe(a.file);
  });
});
