/**
 * Photos in cards: a card tree names its photo by a token (photo-card.ts), and the job carries the file for each
 * token. Before rendering, each token becomes the photo itself, cropped to the card (1200x630, centred) and
 * encoded as a JPEG data URL for satori; a 6 MB camera file is never handed to the rasteriser whole.
 */
import sharp from 'sharp';
import type { OgChild, OgElement } from './h.ts';
import { CARD_SIZE } from './layout.ts';

/** Token → absolute file path of each photo a card draws. */
export type CardPhotos = Readonly<Record<string, string>>;

/** The photo cropped to the card and encoded for satori. */
export async function photoDataUrl(file: string): Promise<string> {
  const jpeg = await sharp(file)
    .rotate()
    .resize(CARD_SIZE.width, CARD_SIZE.height, { fit: 'cover', position: 'attention' })
    .jpeg({ quality: 82 })
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}

/** The tree with every photo token replaced by its picture (the tree itself is left as it was). */
export async function withPhotos(tree: OgElement, photos: CardPhotos | undefined): Promise<OgElement> {
  if (!photos || Object.keys(photos).length === 0) return tree;
  const urls = new Map<string, string>();
  await Promise.all(Object.entries(photos).map(async ([token, file]) => urls.set(token, await photoDataUrl(file))));
  const swap = (node: OgChild): OgChild => {
    if (typeof node === 'string') return node;
    const { children, src } = node.props;
    const kids =
      children === undefined ? undefined : Array.isArray(children) ? (children as readonly OgChild[]).map(swap) : swap(children as OgChild);
    return {
      ...node,
      props: {
        ...node.props,
        ...(kids === undefined ? {} : { children: kids }),
        ...(src === undefined ? {} : { src: urls.get(src) ?? src }),
      },
    };
  };
  return swap(tree) as OgElement;
}
