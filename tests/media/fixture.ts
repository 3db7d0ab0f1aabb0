/**
 * Test content for photos and videos, made at test time (nothing large is committed): a recap with a 4000-pixel,
 * 6 MB camera-like JPEG cover, a body photo with a caption and a credit, and a video line; a recap without photos.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

/** A deterministic pseudo-random sequence. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Random bytes from a seed, scaled up smoothly to `width`x`height`: detail of one size (blobs of width/cells px). */
async function texture(r: () => number, cells: number, width: number, height: number): Promise<Buffer> {
  const [w, h] = [cells, Math.round((cells * height) / width)];
  const noise = Buffer.alloc(w * h * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = Math.floor(r() * 255);
  return sharp(noise, { raw: { width: w, height: h, channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .raw()
    .toBuffer();
}

/**
 * A JPEG like a camera's: 4000x3000, quality 92, about 6 MB, with detail at several scales the way a photo of a
 * crowd has it (so its compressed sizes are a photo's, not those of smooth noise that vanishes when scaled down).
 * `seed` makes another picture of the same size (a "replaced" photo).
 */
export async function cameraJpeg(seed = 1, width = 4000, height = 3000): Promise<Buffer> {
  const r = random(seed);
  const [coarse, fine] = await Promise.all([texture(r, width / 8, width, height), texture(r, width / 2, width, height)]);
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    const sky = y < height * 0.45;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const base = sky ? [60 + (y / height) * 260, 70 + (y / height) * 120, 140 - (y / height) * 60] : [40 + (x / width) * 30, 110, 50];
      for (let c = 0; c < 3; c++) {
        const value =
          (base[c] ?? 0) + ((coarse[i + c] ?? 128) - 128) * (sky ? 0.15 : 0.6) + ((fine[i + c] ?? 128) - 128) * 0.3 + (r() - 0.5) * 20;
        pixels[i + c] = Math.max(0, Math.min(255, value));
      }
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 92 })
    .toBuffer();
}

/** A small PNG photo for the body. */
export function smallPng(width = 1600, height = 1000, color = '#2f7a3b'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } })
    .png()
    .toBuffer();
}

/** The recap with a cover, a body photo with caption and credit, and a video line. */
export const PHOTO_RECAP = `---
title: Harbourside hold on under the lights
date: 2024-09-15
author: Test Writer
cover:
  src: ./photos/cover.jpg
  alt: Harbourside players celebrate in front of the away end
  caption: Harbourside celebrate the second goal
  credit: Ada Lindqvist
match:
  competition: Coastline League
  kickoff: 2024-09-14T15:00:00+01:00
  home: { name: Harbourside Rovers, color: "#1F4E8C" }
  away: { name: Millbrook Town, color: "#C8102E" }
  score: 2-1
events:
  - { minute: 12, type: goal, team: home, player: Tomas Vidal }
  - { minute: 40, type: goal, team: away, player: Kemi Obi }
  - { minute: 77, type: goal, team: home, player: Ines Carvalho }
---
Harbourside Rovers went top with a win built on a first half of pressure and a second of nerve.

## The goals

Tomas Vidal scored early and Kemi Obi levelled before the break.

![Ines Carvalho turns away after scoring](./photos/winner.png "Carvalho's low shot decided it | Ada Lindqvist")

Ines Carvalho won it with thirteen minutes left.

https://www.youtube.com/watch?v=aqz-KE-bpKQ

Millbrook pressed late but never found the equaliser.
`;

/** A recap without photos or videos. */
export const PLAIN_RECAP = `---
title: Millbrook edge a quiet one
date: 2024-09-08
match:
  competition: Coastline League
  kickoff: 2024-09-07
  home: { name: Millbrook Town }
  away: { name: Eastgate United }
  score: 1-0
---
A single goal settled a quiet afternoon at Millbrook.
`;

/** Writes the content folder (recaps/ with photos/) and returns it. */
export async function photoSite(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fulltime-media-'));
  const recaps = path.join(dir, 'recaps');
  await mkdir(path.join(recaps, 'photos'), { recursive: true });
  await writeFile(path.join(recaps, 'photos', 'cover.jpg'), await cameraJpeg());
  await writeFile(path.join(recaps, 'photos', 'winner.png'), await smallPng());
  await writeFile(path.join(recaps, 'harbourside-millbrook.md'), PHOTO_RECAP);
  await writeFile(path.join(recaps, 'millbrook-eastgate.md'), PLAIN_RECAP);
  return dir;
}
