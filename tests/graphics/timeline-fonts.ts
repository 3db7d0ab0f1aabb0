/**
 * Fonts for rasterising timelines in tests: the Noto families from @fontsource, converted from WOFF to
 * plain TrueType in memory because resvg reads neither WOFF nor WOFF2 (only TTF/OTF/TTC).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { ROOT } from '../helpers/site.ts';

/** Decodes a WOFF 1.0 file (zlib-compressed tables) into the TrueType/OpenType font it wraps. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    return {
      tag: woff.subarray(at, at + 4),
      checksum: woff.readUInt32BE(at + 16),
      data: compLength < origLength ? inflateSync(raw) : raw,
    };
  });
  const headerSize = 12 + numTables * 16;
  const padded = (n: number) => (n + 3) & ~3;
  const total = tables.reduce((sum, t) => sum + padded(t.data.length), headerSize);
  const out = Buffer.alloc(total);
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = headerSize;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    table.tag.copy(out, at);
    out.writeUInt32BE(table.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(table.data.length, at + 12);
    table.data.copy(out, offset);
    offset += padded(table.data.length);
  });
  return out;
}

const FONT_DIRS = ['noto-sans', 'noto-sans-arabic', 'noto-sans-jp', 'noto-sans-kr', 'noto-sans-sc'];

/** Parses `unicode-range` lists in a @fontsource CSS file: file name → code point ranges. */
function subsetRanges(pkg: string, css: string): Map<string, [number, number][]> {
  const map = new Map<string, [number, number][]>();
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+)\.woff2\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((r) => {
      const [lo = '0', hi] = r.trim().replace(/^U\+/i, '').split('-');
      return [Number.parseInt(lo, 16), Number.parseInt(hi ?? lo, 16)] as [number, number];
    });
    map.set(path.join(pkg, 'files', `${file}.woff`), ranges);
  }
  return map;
}

function subsetRank(file: string): number {
  if (/-latin-\d/.test(file)) return 0;
  if (/-latin-ext-\d/.test(file)) return 1;
  return 2;
}

/** Converted fonts live beside other test artefacts (resvg-js 2.6 loads fonts from files only). */
const TTF_DIR = path.join(ROOT, 'test-results', 'fonts-ttf');

/**
 * TrueType files of the regular and bold Noto subsets that cover `text` (every subset of Noto Sans,
 * only the needed ones of the large CJK families), so a test rasterises any script without system fonts.
 */
export function fontsFor(text: string): string[] {
  const points = new Set([...text].map((c) => c.codePointAt(0) ?? 0));
  const files: string[] = [];
  for (const dir of FONT_DIRS) {
    const pkg = path.join(ROOT, 'node_modules', '@fontsource', dir);
    for (const weight of ['400', '700']) {
      const ranges = subsetRanges(pkg, readFileSync(path.join(pkg, `${weight}.css`), 'utf8'));
      // resvg takes the first loaded face of a family as the base font and falls back per character in
      // load order, so Latin comes first and every later subset only fills in what it lacks.
      const ordered = [...ranges].sort(([a], [b]) => subsetRank(a) - subsetRank(b));
      for (const [file, list] of ordered) {
        const needed = dir === 'noto-sans' || [...points].some((p) => list.some(([lo, hi]) => p >= lo && p <= hi));
        if (needed && readdirSync(path.dirname(file)).includes(path.basename(file))) files.push(file);
      }
    }
  }
  mkdirSync(TTF_DIR, { recursive: true });
  return files.map((file) => {
    const ttf = path.join(TTF_DIR, path.basename(file).replace(/\.woff$/, '.ttf'));
    if (!existsSync(ttf)) writeFileSync(ttf, woffToSfnt(readFileSync(file)));
    return ttf;
  });
}

/** Rasterises an SVG string to PNG with the Noto fonts only (no system fonts). */
export function rasterise(svg: string, width?: number): { png: Buffer; width: number; height: number } {
  const resvg = new Resvg(svg, {
    font: { fontFiles: fontsFor(svg), loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
    ...(width ? { fitTo: { mode: 'width' as const, value: width } } : {}),
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
