/**
 * Font files for the cards, from the @fontsource packages in node_modules (never the network). Each family
 * ships as unicode-range subsets (Latin, Cyrillic, Greek, Arabic, and ~100 slices each for Japanese,
 * Korean and Chinese); a card loads only the subsets its characters need, at the weights it draws them.
 * Satori reads WOFF (not WOFF2), so those are the files used.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FAMILIES, familyOrder, fontFamilyCss, parseFontFamily, type Family } from './font-stack.ts';
import { textsOf, type OgElement } from './h.ts';

/** One font file: a family's subset at one weight. */
export interface FontFace {
  readonly family: Family;
  /**
   * Name given to satori: one per subset, because satori keeps one font per name and weight and would
   * otherwise draw every other subset's characters as missing glyphs.
   */
  readonly name: string;
  readonly weight: number;
  /** Absolute path of the WOFF file. */
  readonly file: string;
  /** Identity for cache keys: package, version and file name. */
  readonly id: string;
}

interface Subset {
  readonly name: string;
  readonly ranges: readonly (readonly [number, number])[];
}

/** A family's package: where its files are and which subsets cover which characters. */
export interface FamilySource {
  readonly family: Family;
  readonly pkg: string;
  readonly version: string;
  readonly dir: string;
  readonly subsets: readonly Subset[];
}

/** Every family the cards can use, by name. */
export type FontCatalogue = ReadonlyMap<Family, FamilySource>;

const PACKAGES: Readonly<Record<Family, { pkg: string; subsets: (name: string) => boolean }>> = {
  'Noto Sans': {
    pkg: '@fontsource/noto-sans',
    subsets: (n) => ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'].includes(n),
  },
  'Noto Sans Arabic': { pkg: '@fontsource/noto-sans-arabic', subsets: (n) => n === 'arabic' },
  // Latin and Cyrillic come from Noto Sans; only the numbered CJK slices are needed from these.
  'Noto Sans JP': { pkg: '@fontsource/noto-sans-jp', subsets: (n) => /^\d+$/.test(n) },
  'Noto Sans KR': { pkg: '@fontsource/noto-sans-kr', subsets: (n) => /^\d+$/.test(n) },
  'Noto Sans SC': { pkg: '@fontsource/noto-sans-sc', subsets: (n) => /^\d+$/.test(n) },
};

/** Parses a CSS unicode-range list: `U+0000-00FF,U+0131`. */
export function parseUnicodeRange(css: string): [number, number][] {
  return css.split(',').map((part) => {
    const [lo, hi] = part.trim().replace(/^U\+/i, '').split('-') as [string, string | undefined];
    return [Number.parseInt(lo, 16), Number.parseInt(hi ?? lo, 16)];
  });
}

function readSource(family: Family, require: NodeJS.Require): FamilySource {
  const { pkg, subsets } = PACKAGES[family];
  const dir = path.dirname(require.resolve(`${pkg}/LICENSE`));
  const version = (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const ranges = JSON.parse(readFileSync(path.join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  const list = Object.entries(ranges)
    .map(([key, css]) => ({ name: key.replace(/^\[(\d+)\]$/, '$1'), ranges: parseUnicodeRange(css) }))
    .filter((s) => subsets(s.name));
  return { family, pkg, version, dir, subsets: list };
}

let installed: FontCatalogue | undefined;

/** The font packages installed in node_modules (read once per process). */
export function fontCatalogue(): FontCatalogue {
  installed ??= new Map(FAMILIES.map((f) => [f, readSource(f, createRequire(import.meta.url))]));
  return installed;
}

const coverCache = new WeakMap<FamilySource, Map<number, number>>();

function subsetFor(source: FamilySource, codePoint: number): number {
  let cache = coverCache.get(source);
  if (!cache) coverCache.set(source, (cache = new Map()));
  let found = cache.get(codePoint);
  if (found === undefined) {
    found = source.subsets.findIndex((s) => s.ranges.some(([lo, hi]) => codePoint >= lo && codePoint <= hi));
    cache.set(codePoint, found);
  }
  return found;
}

/**
 * The font files a tree needs: for each character, the first family in the tree's font stack with a
 * subset covering it, at the weight it is drawn. Characters no family covers (emoji) are drawn as images.
 */
export function planFonts(tree: OgElement, catalogue: FontCatalogue = fontCatalogue()): FontFace[] {
  const named = parseFontFamily(String(tree.props.style['fontFamily'] ?? ''));
  const order = (named.length > 0 ? named : familyOrder('')).map((f) => catalogue.get(f) as FamilySource);
  const wanted = new Map<string, { rank: number; subset: number; weight: number; source: FamilySource }>();
  const add = (rank: number, subset: number, weight: number) => {
    const source = order[rank] as FamilySource;
    wanted.set(`${rank}:${subset}:${weight}`, { rank, subset, weight, source });
  };
  for (const { text, weight } of textsOf(tree)) {
    // The first family's Latin subset at every weight: satori's default for spaces and digits.
    add(0, subsetFor(order[0] as FamilySource, 0x20), weight);
    for (const char of new Set(text)) {
      const cp = char.codePointAt(0) as number;
      const rank = order.findIndex((source) => subsetFor(source, cp) >= 0);
      if (rank >= 0) add(rank, subsetFor(order[rank] as FamilySource, cp), weight);
    }
  }
  return [...wanted.values()]
    .sort((a, b) => a.rank - b.rank || a.subset - b.subset || a.weight - b.weight)
    .map(({ source, subset, weight }) => {
      const part = (source.subsets[subset] as Subset).name;
      const name = `${path.basename(source.pkg)}-${part}-${fileWeight(source.family, weight)}-normal.woff`;
      return {
        family: source.family,
        name: `${source.family} ${part}`,
        weight,
        file: path.join(source.dir, 'files', name),
        id: `${source.pkg}@${source.version}/${name}`,
      };
    });
}

/**
 * The weight of the file drawn for `weight`. Noto Sans Arabic's files from 600 up lose dots in satori (teh marbuta
 * comes out as heh, الواحة as الواحه; yeh loses its dots, نهاية as نهايه); its 500 file draws them, so heavier Arabic
 * is set in it.
 */
function fileWeight(family: string, weight: number): number {
  return family === 'Noto Sans Arabic' ? Math.min(weight, 500) : weight;
}

/** The tree with its root font stack spelled out as the loaded faces' names, family by family. */
export function withFaceNames(tree: OgElement, faces: readonly FontFace[]): OgElement {
  const named = parseFontFamily(String(tree.props.style['fontFamily'] ?? ''));
  const order = named.length > 0 ? named : familyOrder('');
  const names = [...new Set(order.flatMap((family) => faces.filter((f) => f.family === family).map((f) => f.name)))];
  return { ...tree, props: { ...tree.props, style: { ...tree.props.style, fontFamily: fontFamilyCss(names) } } };
}
