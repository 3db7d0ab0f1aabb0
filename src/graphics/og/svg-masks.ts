/**
 * satori draws an element with `overflow: hidden` (every text block of the cards: text.ts) with both a clip path and
 * a mask, each a rectangle around the element's box, and it writes a mask for many boxes that nothing then uses.
 * resvg renders every mask it meets as a layer of its own the size of the card: about 2.3 ms of the 12 ms it takes to
 * draw a card.
 *
 * Where an element's mask and clip path are the same rectangle, with whole-pixel edges, in an SVG that transforms
 * nothing, the clip already leaves every pixel of the box wholly in or wholly out, so such masks are dropped from the
 * element, and mask definitions that nothing refers to any more are left out. Anything else (a rounded box, a
 * fractional edge, a rectangle drawn with other attributes) is kept.
 *
 * One thing does change: a mask also cuts what it masks to the element's own bounds plus 10 % (SVG's default mask
 * region), which for a glyph part a few pixels wide trims the anti-aliased fringe. Without the mask that fringe is
 * drawn. On 456 cards (the samples and 150 generated recaps in three languages) one card changed, in 24 pixels at
 * the edge of a text box. The pass is part of every card's cache key (engine.ts).
 */

/** Changes with this pass, so that cards drawn before it are drawn again (engine.ts). */
export const MASK_PASS = 'redundant overflow masks dropped';

const INT = '(-?\\d+)';
const RECT = `<rect x="${INT}" y="${INT}" width="${INT}" height="${INT}"`;
const MASK = new RegExp(`<mask id="(satori_om-[^"]+)">${RECT} fill="#fff"/></mask>`, 'g');
const CLIP = new RegExp(`<clipPath id="(satori_cp-[^"]+)">${RECT}/></clipPath>`, 'g');
/** A start tag that refers to one of satori's overflow masks. */
const MASKED_TAG = /<[a-zA-Z]+ [^>]*mask="url\(#satori_om-[^>]*>/g;

function rects(svg: string, pattern: RegExp): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of svg.matchAll(pattern)) found.set(m[1] as string, m.slice(2, 6).join(' '));
  return found;
}

/** The SVG with every overflow mask that only repeats its element's clip path removed (same pixels, less drawing). */
export function dropRedundantMasks(svg: string): string {
  // A transform could put a whole-pixel rectangle between pixels, where a mask on top of the clip would darken edges.
  if (/\stransform="/.test(svg)) return svg;
  const masks = rects(svg, MASK);
  if (masks.size === 0) return svg;
  const clips = rects(svg, CLIP);
  const dropped = svg.replace(MASKED_TAG, (tag) => {
    const mask = /\smask="url\(#(satori_om-[^)"]+)\)"/.exec(tag);
    const clip = /\sclip-path="url\(#(satori_cp-[^)"]+)\)"/.exec(tag);
    if (!mask || !clip) return tag;
    const rect = masks.get(mask[1] as string);
    return rect !== undefined && rect === clips.get(clip[1] as string) ? tag.replace(mask[0], '') : tag;
  });
  // Definitions nothing refers to: the ones just dropped, and the ones satori writes for boxes that clip nothing.
  return dropped.replace(MASK, (definition, id: string) => (dropped.includes(`url(#${id})`) ? definition : ''));
}
