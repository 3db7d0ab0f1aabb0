/**
 * Regenerates the raster favicons in public/ from public/favicon.svg: a 32 px ICO (a PNG inside an ICO
 * container, which every browser reads) for `/favicon.ico` requests, and a 180 px apple-touch-icon.
 * Run it after editing the SVG: node scripts/favicons.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const publicDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'public');

function renderPng(svg: string, size: number): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

/** Wraps one PNG in an ICO container (ICONDIR + one ICONDIRENTRY). */
function icoFromPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size % 256, 6); // width (0 means 256)
  header.writeUInt8(size % 256, 7); // height
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9); // reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14); // image size
  header.writeUInt32LE(22, 18); // image offset
  return Buffer.concat([header, png]);
}

const svg = await readFile(path.join(publicDir, 'favicon.svg'), 'utf8');
await writeFile(path.join(publicDir, 'favicon.ico'), icoFromPng(renderPng(svg, 32), 32));
await writeFile(path.join(publicDir, 'apple-touch-icon.png'), renderPng(svg, 180));
console.log('Wrote public/favicon.ico (32 px) and public/apple-touch-icon.png (180 px)');
