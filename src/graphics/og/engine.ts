/**
 * The rasteriser's settings and versions: part of every card's cache key, because changing any of them
 * can change the pixels. Kept apart from render.ts so computing a key never loads satori or resvg.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { twemojiVersion } from './emoji.ts';
import { MASK_PASS } from './svg-masks.ts';

/** resvg options: system fonts off (satori already turned text into paths), size as drawn. */
export const RESVG_OPTIONS = {
  fitTo: { mode: 'original' },
  font: { loadSystemFonts: false },
  shapeRendering: 2,
  imageRendering: 0,
  logLevel: 'off',
} as const;

let fingerprint: string | undefined;

function version(require: NodeJS.Require, pkg: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
}

/** satori, resvg and Twemoji versions, the resvg options and what is taken out of satori's SVG, as one string. */
export function engineFingerprint(): string {
  if (fingerprint === undefined) {
    const require = createRequire(import.meta.url);
    fingerprint = JSON.stringify({
      satori: version(require, 'satori'),
      resvg: version(require, '@resvg/resvg-js'),
      twemoji: twemojiVersion(),
      resvgOptions: RESVG_OPTIONS,
      svg: MASK_PASS,
    });
  }
  return fingerprint;
}
