/**
 * Rasterising: satori turns a tree into SVG (text as paths), resvg turns the SVG into PNG, without the masks that
 * change no pixel (svg-masks.ts). Font files are read once per process and the font list handed to satori is reused
 * for every card that needs the same files, since satori caches parsed fonts per list object.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { LRUCache } from 'lru-cache';
import satori, { type Font, type FontWeight } from 'satori';
import { emojiDataUrl } from './emoji.ts';
import { RESVG_OPTIONS } from './engine.ts';
import { planFonts, withFaceNames, type FontFace } from './fonts.ts';
import type { OgElement } from './h.ts';
import { CARD_SIZE } from './layout.ts';
import { dropRedundantMasks } from './svg-masks.ts';

const fileData = new Map<string, Buffer>();
// Cards in the same scripts share a list; one-off lists (rare CJK glyphs) are dropped, least recently used first.
const fontLists = new LRUCache<string, Font[]>({ max: 64 });

function fontList(faces: readonly FontFace[]): Font[] {
  const id = faces.map((f) => f.id).join('|');
  let list = fontLists.get(id);
  if (list) return list;
  list = faces.map((face) => {
    let data = fileData.get(face.file);
    if (!data) fileData.set(face.file, (data = readFileSync(face.file)));
    return { name: face.name, data, weight: face.weight as FontWeight, style: 'normal' as const };
  });
  fontLists.set(id, list);
  return list;
}

async function loadAdditionalAsset(code: string, segment: string): Promise<string | Font[]> {
  // Emoji become Twemoji images; any other script no font covers draws nothing rather than fetching one.
  if (code === 'emoji') return emojiDataUrl(segment) ?? [];
  return [];
}

/** The card as SVG. */
export function renderSvg(tree: OgElement, faces: readonly FontFace[] = planFonts(tree)): Promise<string> {
  return satori(withFaceNames(tree, faces) as never, { ...CARD_SIZE, fonts: fontList(faces), loadAdditionalAsset });
}

/** The card as RGBA pixels and PNG bytes. */
export async function renderCard(tree: OgElement, faces?: readonly FontFace[]): Promise<{ png: Buffer; pixels: Buffer }> {
  const image = new Resvg(dropRedundantMasks(await renderSvg(tree, faces)), RESVG_OPTIONS).render();
  return { png: image.asPng(), pixels: image.pixels };
}

/** The card as PNG bytes. */
export async function renderPng(tree: OgElement, faces?: readonly FontFace[]): Promise<Buffer> {
  return new Resvg(dropRedundantMasks(await renderSvg(tree, faces)), RESVG_OPTIONS).render().asPng();
}
