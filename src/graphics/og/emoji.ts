/**
 * Emoji for satori's `loadAdditionalAsset`: Twemoji SVGs from the @twemoji/svg package, inlined as data
 * URLs (no network). Twemoji names files by code points, dropping U+FE0F except inside ZWJ sequences.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

let dir: string | undefined;
const cache = new Map<string, string>();

function twemojiDir(): string {
  dir ??= path.dirname(createRequire(import.meta.url).resolve('@twemoji/svg/package.json'));
  return dir;
}

/** The Twemoji file name candidates for an emoji grapheme, most specific first. */
export function twemojiNames(emoji: string): string[] {
  const points = [...emoji].map((c) => (c.codePointAt(0) as number).toString(16));
  const full = points.join('-');
  const bare = points.filter((p) => p !== 'fe0f').join('-');
  return emoji.includes('\u200d') ? [full, bare] : [bare, full];
}

/** The emoji as an SVG data URL, or undefined when Twemoji has no image for it. */
export function emojiDataUrl(emoji: string): string | undefined {
  if (cache.has(emoji)) return cache.get(emoji);
  let found: string | undefined;
  for (const name of twemojiNames(emoji)) {
    try {
      found = `data:image/svg+xml;base64,${readFileSync(path.join(twemojiDir(), `${name}.svg`)).toString('base64')}`;
      break;
    } catch {
      // Try the next spelling.
    }
  }
  if (found !== undefined) cache.set(emoji, found);
  return found;
}

/** The version of the emoji set, for cache keys. */
export function twemojiVersion(): string {
  return (JSON.parse(readFileSync(path.join(twemojiDir(), 'package.json'), 'utf8')) as { version: string }).version;
}
