/**
 * The site's web fonts, cut down at build time from the @fontsource-variable files (never fetched from the network).
 *
 * The packaged files carry more than the pages use: Source Serif 4's optical-size axis (8 to 60) doubles its variation
 * data, both families span weights 100/200 to 900, and every OpenType feature (small caps, fractions, stylistic sets,
 * old-style figures) comes with its glyphs. A reader's phone downloads all of it before it can draw the page's text in
 * its face. Each face below is instanced with HarfBuzz (subset-font): the serif's optical size pinned at the size of
 * running text, the weight axis limited to the weights the CSS asks for, and only the layout features text needs
 * (kerning, ligatures, marks, the figure styles of `font-variant-numeric`). Each file keeps every character of its
 * fontsource unicode range, so which file a page needs still follows from its text (`unicode-range`), and any text the
 * packaged fonts could draw, these can draw: a Latin page with italic text needs 82 KB (Inter 29, the serif 33, its
 * italic 19) instead of 223 KB.
 *
 * The character set is fixed, not the site's: cutting the fonts to the characters in use would change every font file,
 * and so the stylesheet and every page, whenever a recap brought a new letter. The files depend only on the packages and
 * on the definitions here, and are kept in a cache folder under a key of both (`fontsDir`), shared by every build.
 *
 * Plain TypeScript: src/integrations/fonts.ts runs it when Astro starts; tests run it directly.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);

/** An axis pinned to a value, or limited to a range. */
type Axis = number | { readonly min: number; readonly max: number };

/** One face of a family, cut from one fontsource file per unicode range. */
export interface FaceSpec {
  /** The CSS family name (global.css puts it first in `--font-sans` / `--font-serif`). */
  readonly family: string;
  /** The fontsource package and the axis variant of its files (`<id>-<range>-<variant>.woff2`). */
  readonly pkg: '@fontsource-variable/inter' | '@fontsource-variable/source-serif-4';
  readonly variant: 'wght-normal' | 'wght-italic' | 'opsz-normal';
  readonly style: 'normal' | 'italic';
  /** The weights the stylesheets use (grep `font-weight` in src/): the weight axis is cut to them, or pinned. */
  readonly weight: { readonly min: number; readonly max: number };
  /** Other axes: pinned (the axis disappears) or limited. */
  readonly axes?: Readonly<Record<string, Axis>>;
  /** Output file stem: `<stem>-<range>.woff2`. */
  readonly stem: string;
}

/**
 * The serif's optical size, pinned at the axis's default, 20: its "text" drawing, the one the fallback metrics in
 * src/styles/fonts.css are computed from, made for running text (17-18 px here; Chrome maps CSS pixels to the axis).
 * Headlines lose the display drawing (finer hairlines, tighter spacing above about 36 px): the axis is 80 KB per page.
 */
export const SERIF_OPTICAL_SIZE = 20;

export const FACES: readonly FaceSpec[] = [
  {
    family: 'Inter Variable',
    pkg: '@fontsource-variable/inter',
    variant: 'wght-normal',
    style: 'normal',
    weight: { min: 400, max: 800 },
    stem: 'inter',
  },
  {
    family: 'Source Serif 4 Variable',
    pkg: '@fontsource-variable/source-serif-4',
    variant: 'opsz-normal',
    style: 'normal',
    weight: { min: 400, max: 800 },
    axes: { opsz: SERIF_OPTICAL_SIZE },
    stem: 'source-serif-4',
  },
  {
    // Italic is set at text sizes only (quotes, emphasis), from its fontsource file without the optical-size axis,
    // in two static faces instead of the weight axis (34 KB): a page downloads the bold one only if it has bold italic.
    // It stays in the site's stylesheet: applied after the first paint by a script instead, the browser lays the page
    // out again when it arrives, which cost Lighthouse as much blocking time as it saved in paint times.
    family: 'Source Serif 4 Variable',
    pkg: '@fontsource-variable/source-serif-4',
    variant: 'wght-italic',
    style: 'italic',
    weight: { min: 400, max: 400 },
    stem: 'source-serif-4-italic',
  },
  {
    family: 'Source Serif 4 Variable',
    pkg: '@fontsource-variable/source-serif-4',
    variant: 'wght-italic',
    style: 'italic',
    weight: { min: 700, max: 700 },
    stem: 'source-serif-4-bold-italic',
  },
];

/**
 * The Latin files the layout preloads: the serif (each page type's largest text: headlines, stories) and Inter (the
 * masthead, labels and tables of every page), so the browser asks for them with the stylesheet, not after it.
 */
export const PRELOADED = ['source-serif-4-latin.woff2', 'inter-latin.woff2'] as const;

/**
 * OpenType features kept: the ones browsers apply by default to Latin, Greek and Cyrillic text, plus those the
 * stylesheets turn on (`font-variant-numeric: tabular-nums lining-nums`) and `case` (Inter's forms for capitals).
 */
export const FEATURES = ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig', 'rvrn', 'tnum', 'lnum', 'pnum', 'case'];

/** A fontsource package's unicode ranges by subset name (`latin`, `latin-ext`, ...), as its own CSS declares them. */
export async function unicodeRanges(pkg: FaceSpec['pkg']): Promise<Record<string, string>> {
  return JSON.parse(await readFile(require.resolve(`${pkg}/unicode.json`), 'utf8')) as Record<string, string>;
}

/** The code points of a CSS unicode-range (`U+0000-00FF,U+0131`). */
export function codePoints(range: string): number[] {
  return range.split(',').flatMap((part) => {
    const [from, to] = part
      .trim()
      .replace(/^U\+/i, '')
      .split('-')
      .map((hex) => parseInt(hex, 16));
    if (from === undefined || Number.isNaN(from)) return [];
    const last = to ?? from;
    return Array.from({ length: last - from + 1 }, (_, i) => from + i);
  });
}

/** The packaged file of a face for one unicode range. */
function sourceFile(face: FaceSpec, range: string): string {
  const id = face.pkg.slice(face.pkg.indexOf('/') + 1);
  return require.resolve(`${face.pkg}/files/${id}-${range}-${face.variant}.woff2`);
}

/** The output file name of a face for one unicode range. */
export function fontFile(face: FaceSpec, range: string): string {
  return `${face.stem}-${range}.woff2`;
}

/** One face for one range: the fontsource file instanced and cut to its range's characters and the kept features. */
export async function cutFace(face: FaceSpec, range: string, ranges: Record<string, string>): Promise<Buffer> {
  const source = await readFile(sourceFile(face, range));
  // The range's printable characters (control characters have no glyph): the file keeps what fontsource's had.
  const text = String.fromCodePoint(...codePoints(ranges[range] ?? '').filter((cp) => cp >= 0x20));
  return subsetFont(source, text, {
    targetFormat: 'woff2',
    keepFeatures: FEATURES,
    variationAxes: { wght: face.weight.min === face.weight.max ? face.weight.min : face.weight, ...face.axes },
  });
}

/** The @font-face rules for every face and range, in the order given. */
export function facesCss(plan: readonly { face: FaceSpec; range: string; unicodeRange: string }[]): string {
  return plan
    .map(({ face, range, unicodeRange }) =>
      [
        '@font-face {',
        `  font-family: '${face.family}';`,
        `  font-style: ${face.style};`,
        `  font-display: swap;`,
        `  font-weight: ${face.weight.min === face.weight.max ? face.weight.min : `${face.weight.min} ${face.weight.max}`};`,
        `  src: url('./${fontFile(face, range)}') format('woff2');`,
        `  unicode-range: ${unicodeRange};`,
        '}',
      ].join('\n'),
    )
    .join('\n')
    .concat('\n');
}

/** Every face × range to cut, with its unicode range. */
async function plan(): Promise<{ face: FaceSpec; range: string; unicodeRange: string }[]> {
  const out: { face: FaceSpec; range: string; unicodeRange: string }[] = [];
  for (const face of FACES) {
    const ranges = await unicodeRanges(face.pkg);
    // unicode.json's order, as fontsource's own CSS: Latin last, so it wins the characters two ranges share.
    for (const [range, unicodeRange] of Object.entries(ranges)) out.push({ face, range, unicodeRange });
  }
  return out;
}

/** What the cut files depend on: the definitions here, the source files and the subsetter's version. */
async function cacheKey(entries: { face: FaceSpec; range: string }[]): Promise<string> {
  const hash = createHash('sha256');
  const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;
  hash.update(JSON.stringify({ FACES, FEATURES, v: 1, subsetFont: version('subset-font') }));
  for (const { face, range } of entries) hash.update(await readFile(sourceFile(face, range)));
  return hash.digest('hex').slice(0, 16);
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/**
 * The folder holding the cut fonts and `faces.css`, cutting them first unless `cacheDir` already has them. The folder
 * is written beside and renamed into place, so builds running at once never see half of it.
 */
export async function fontsDir(cacheDir: string): Promise<string> {
  const entries = await plan();
  const dir = path.join(cacheDir, await cacheKey(entries));
  if (await exists(path.join(dir, 'faces.css'))) return dir;
  const temp = `${dir}.${process.pid}.${Date.now()}`;
  await mkdir(temp, { recursive: true });
  const rangesOf = new Map<string, Record<string, string>>();
  for (const face of FACES) rangesOf.set(face.pkg, await unicodeRanges(face.pkg));
  await Promise.all(
    entries.map(async ({ face, range }) =>
      writeFile(path.join(temp, fontFile(face, range)), await cutFace(face, range, rangesOf.get(face.pkg) ?? {})),
    ),
  );
  await writeFile(path.join(temp, 'faces.css'), facesCss(entries));
  try {
    await rename(temp, dir);
  } catch {
    // Another build finished the same folder first: its files are the same.
    await rm(temp, { recursive: true, force: true });
  }
  return dir;
}
