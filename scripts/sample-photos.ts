/**
 * Draws the sample site's photos (no copyrighted pictures, no real people): illustrations made from SVG and
 * saved as JPEG with sharp into content/recaps/photos/. Run again only to change them: the files are committed.
 *
 * Usage: node scripts/sample-photos.ts
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'content', 'recaps', 'photos');

/** A deterministic pseudo-random sequence, so the pictures are the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A stadium at dusk under floodlights, seen from high in the stand. */
function stadium(width: number, height: number): string {
  const r = random(7);
  const horizon = height * 0.42;
  const crowd = Array.from({ length: 900 }, () => {
    const x = r() * width;
    const y = horizon - 8 - r() * height * 0.16;
    const shade = ['#1d2433', '#2a2f3d', '#3b3345', '#1a1f2b'][Math.floor(r() * 4)];
    return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${(2 + r() * 2.5).toFixed(1)}" fill="${shade}"/>`;
  }).join('');
  const stripes = Array.from({ length: 12 }, (_, i) => {
    const y0 = horizon + 30 + ((height - horizon - 30) * i) / 12;
    const y1 = horizon + 30 + ((height - horizon - 30) * (i + 1)) / 12;
    return `<rect x="0" y="${y0.toFixed(1)}" width="${width}" height="${(y1 - y0).toFixed(1)}" fill="${i % 2 ? '#2f7a3b' : '#358a43'}"/>`;
  }).join('');
  const tower = (x: number) =>
    `<rect x="${x - 4}" y="${horizon - height * 0.36}" width="8" height="${height * 0.36}" fill="#141822"/>` +
    `<rect x="${x - 34}" y="${horizon - height * 0.4}" width="68" height="${height * 0.05}" rx="4" fill="#fff8dc"/>` +
    `<circle cx="${x}" cy="${horizon - height * 0.375}" r="${height * 0.16}" fill="url(#glow)"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#1b2a57"/><stop offset="0.55" stop-color="#7b4a78"/><stop offset="1" stop-color="#f29b54"/>
    </linearGradient>
    <radialGradient id="glow"><stop offset="0" stop-color="#fff6d5" stop-opacity="0.9"/><stop offset="1" stop-color="#fff6d5" stop-opacity="0"/></radialGradient>
    <linearGradient id="shade" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.35"/></linearGradient>
  </defs>
  <rect width="${width}" height="${horizon}" fill="url(#sky)"/>
  <polygon points="0,${horizon - height * 0.2} ${width},${horizon - height * 0.17} ${width},${horizon + 30} 0,${horizon + 30}" fill="#262b38"/>
  ${crowd}
  <rect x="0" y="${horizon + 18}" width="${width}" height="14" fill="#c8102e"/>
  ${stripes}
  <polygon points="${width * 0.12},${height} ${width * 0.3},${horizon + 40} ${width * 0.7},${horizon + 40} ${width * 0.88},${height}" fill="none" stroke="#e8f1e4" stroke-width="4" stroke-opacity="0.8"/>
  <line x1="${width * 0.5}" y1="${horizon + 40}" x2="${width * 0.5}" y2="${height}" stroke="#e8f1e4" stroke-width="4" stroke-opacity="0.8"/>
  <ellipse cx="${width * 0.5}" cy="${horizon + (height - horizon) * 0.55}" rx="${width * 0.11}" ry="${height * 0.07}" fill="none" stroke="#e8f1e4" stroke-width="4" stroke-opacity="0.8"/>
  <rect width="${width}" height="${height}" fill="url(#shade)"/>
  ${tower(width * 0.08)}${tower(width * 0.92)}
</svg>`;
}

/** A ball resting in the back of the net. */
function ballInNet(width: number, height: number): string {
  const net = [];
  for (let x = -height; x < width + height; x += 34) {
    net.push(`<line x1="${x}" y1="0" x2="${x + height * 0.6}" y2="${height}" stroke="#f4f4f0" stroke-width="2.5" stroke-opacity="0.55"/>`);
    net.push(`<line x1="${x + height * 0.6}" y1="0" x2="${x}" y2="${height}" stroke="#f4f4f0" stroke-width="2.5" stroke-opacity="0.55"/>`);
  }
  const cx = width * 0.56;
  const cy = height * 0.64;
  const rr = height * 0.2;
  const patch = (a: number, d: number, s: number) => {
    const px = cx + Math.cos(a) * d;
    const py = cy + Math.sin(a) * d;
    const pts = Array.from({ length: 5 }, (_, i) => {
      const t = a + (i * 2 * Math.PI) / 5;
      return `${(px + Math.cos(t) * s).toFixed(1)},${(py + Math.sin(t) * s).toFixed(1)}`;
    }).join(' ');
    return `<polygon points="${pts}" fill="#1d1f24"/>`;
  };
  const patches = [patch(0, 0, rr * 0.3), ...[0, 1, 2, 3, 4].map((i) => patch(-Math.PI / 2 + (i * 2 * Math.PI) / 5, rr * 0.78, rr * 0.22))];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#0f1a2c"/><stop offset="1" stop-color="#1e3b2a"/></linearGradient>
    <radialGradient id="ball" cx="0.38" cy="0.32" r="0.75"><stop offset="0" stop-color="#ffffff"/><stop offset="0.7" stop-color="#dfe3e6"/><stop offset="1" stop-color="#9aa3ab"/></radialGradient>
    <clipPath id="round"><circle cx="${cx}" cy="${cy}" r="${rr}"/></clipPath>
  </defs>
  <rect width="${width}" height="${height}" fill="url(#bg)"/>
  <rect y="${height * 0.8}" width="${width}" height="${height * 0.2}" fill="#2f7a3b"/>
  ${net.join('')}
  <ellipse cx="${cx + rr * 0.2}" cy="${cy + rr * 1.02}" rx="${rr * 1.05}" ry="${rr * 0.18}" fill="#000" fill-opacity="0.35"/>
  <circle cx="${cx}" cy="${cy}" r="${rr}" fill="url(#ball)"/>
  <g clip-path="url(#round)">${patches.join('')}</g>
  <rect x="0" y="0" width="${width * 0.06}" height="${height}" fill="#f7f7f2"/>
  <rect x="0" y="0" width="${width}" height="${height * 0.05}" fill="#f7f7f2"/>
</svg>`;
}

await mkdir(out, { recursive: true });
const photos: [string, string][] = [
  ['brookfield-road-floodlights.jpg', stadium(1800, 1000)],
  ['ball-in-the-net.jpg', ballInNet(1400, 900)],
];
for (const [name, svg] of photos) {
  const file = path.join(out, name);
  await sharp(Buffer.from(svg)).jpeg({ quality: 78, mozjpeg: true }).toFile(file);
  const { size } = await stat(file);
  console.log(`${path.relative(root, file)}  ${Math.round(size / 1024)} KB`);
}
