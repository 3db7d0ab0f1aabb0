/** Pixel helpers for the OG card tests: ink counts and ink clusters in decoded RGBA buffers. */
import { familyOrder, fontFamilyCss } from '../../src/graphics/og/font-stack.ts';
import { box, text, type OgElement } from '../../src/graphics/og/h.ts';
import { CARD_SIZE } from '../../src/graphics/og/layout.ts';
import { paragraph } from '../../src/graphics/og/text.ts';

/** A white card with one line of black text, set the way card text is set. */
export function textCard(content: string, { size = 64, bidi = false } = {}): OgElement {
  const body = bidi
    ? paragraph(content, { sizes: [size], maxWidth: 1100, maxLines: 1, weight: 400, color: '#000000' })
    : text({ fontSize: size, color: '#000000' }, content);
  return box({ ...CARD_SIZE, background: '#ffffff', padding: 40, fontFamily: fontFamilyCss(familyOrder(content)) }, body);
}

/** Pixels clearly not white (dark text or colourful emoji). */
export function inkCount(pixels: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) if (Math.min(pixels[i] as number, pixels[i + 1] as number, pixels[i + 2] as number) < 160) n++;
  return n;
}

/** Pixels whose RGB equals `hex` exactly. */
export function colourCount(pixels: Uint8Array, hex: string): number {
  const v = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) n++;
  return n;
}

/** Horizontal runs of columns holding ink, split where at least `gap` empty columns separate them. */
export function inkClusters(pixels: Uint8Array, width: number, gap: number): { start: number; end: number }[] {
  const height = pixels.length / 4 / width;
  const clusters: { start: number; end: number }[] = [];
  let empty = Number.POSITIVE_INFINITY;
  for (let x = 0; x < width; x++) {
    let ink = false;
    for (let y = 0; y < height && !ink; y++) ink = (pixels[(y * width + x) * 4] as number) < 128;
    if (ink) {
      if (empty >= gap) clusters.push({ start: x, end: x });
      else (clusters.at(-1) as { end: number }).end = x;
      empty = 0;
    } else empty++;
  }
  return clusters;
}

/** Fraction of pixels that differ between two same-size RGBA buffers. */
export function difference(a: Uint8Array, b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i += 4) if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) n++;
  return n / (a.length / 4);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
