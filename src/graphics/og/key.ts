/**
 * Content hashes for card URLs. The key covers what decides the pixels and nothing else: the element tree
 * (every string, colour and size the template produced, so template edits that change the drawing change
 * it and edits that do not, do not), the exact font files the card loads, and the rasteriser's versions.
 */
import { createHash } from 'node:crypto';
import { engineFingerprint } from './engine.ts';
import { planFonts, type FontFace } from './fonts.ts';
import type { OgElement } from './h.ts';
import type { CardPhotos } from './photo.ts';

/** A card to render: its output file name and its tree. */
export interface CardJob {
  /** Path under the `og/` folder, e.g. `dallas-miami-1a2b3c4d5e.png`. */
  readonly file: string;
  readonly tree: OgElement;
  /** Hex content hash (also in `file`). */
  readonly key: string;
  /** Files of the photos the tree names by token (photo.ts); the key covers their bytes through the tokens' hashes. */
  readonly photos?: CardPhotos;
}

/** The content hash of a card: 12 hex digits of SHA-256. */
export function cardKey(tree: OgElement, faces: readonly FontFace[] = planFonts(tree), engine: string = engineFingerprint()): string {
  const payload = JSON.stringify({ engine, fonts: faces.map((f) => f.id), tree });
  return createHash('sha256').update(payload).digest('hex').slice(0, 12);
}

/** A job for a tree, named `<stem>-<hash>.png`. */
export function cardJob(stem: string, tree: OgElement, photos?: CardPhotos): CardJob {
  const key = cardKey(tree);
  return { file: `${stem}-${key}.png`, tree, key, ...(photos ? { photos } : {}) };
}
