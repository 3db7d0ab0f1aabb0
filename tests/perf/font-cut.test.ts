/**
 * The web fonts cut at build time (src/design/fonts.ts): the same files from the same packages on every machine and
 * run, kept in the cache, every character of the packaged files kept, and the axes cut as declared.
 */
import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { create, type Font } from 'fontkitten';
import { beforeAll, describe, expect, it } from 'vitest';
import { codePoints, FACES, fontFile, fontsDir, unicodeRanges } from '../../src/design/fonts.ts';

const require = createRequire(import.meta.url);
let first: string;
let second: string;

beforeAll(async () => {
  first = await fontsDir(await mkdtemp(path.join(os.tmpdir(), 'fonts-a-')));
  second = await fontsDir(await mkdtemp(path.join(os.tmpdir(), 'fonts-b-')));
}, 120_000);

const font = async (file: string) => create(await readFile(file)) as Font;

describe('cut fonts', () => {
  it('are byte for byte the same on a second cut, under the same key', async () => {
    expect(path.basename(second)).toBe(path.basename(first));
    const files = (await readdir(first)).sort();
    expect(files).toEqual((await readdir(second)).sort());
    expect(files).toContain('faces.css');
    for (const file of files)
      expect((await readFile(path.join(second, file))).equals(await readFile(path.join(first, file))), file).toBe(true);
  });

  it('come from the cache when it has them: nothing is written again', async () => {
    const before = (await stat(path.join(first, 'faces.css'))).mtimeMs;
    const started = performance.now();
    expect(await fontsDir(path.dirname(first))).toBe(first);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect((await stat(path.join(first, 'faces.css'))).mtimeMs).toBe(before);
  });

  it('keep every character of the packaged files, range by range', async () => {
    for (const face of FACES) {
      const ranges = await unicodeRanges(face.pkg);
      const id = face.pkg.slice(face.pkg.indexOf('/') + 1);
      for (const [range, unicodeRange] of Object.entries(ranges)) {
        const inRange = new Set(codePoints(unicodeRange));
        const source = await font(require.resolve(`${face.pkg}/files/${id}-${range}-${face.variant}.woff2`));
        const cut = await font(path.join(first, fontFile(face, range)));
        // (U+FFFF closes a cmap table's last segment: not a character.)
        const chars = (f: Font) => f.characterSet.filter((cp) => cp >= 0x20 && cp !== 0xffff);
        const expected = chars(source)
          .filter((cp) => inRange.has(cp))
          .sort((a, b) => a - b);
        expect(
          chars(cut).sort((a, b) => a - b),
          fontFile(face, range),
        ).toEqual(expected);
      }
    }
  });

  it('keep only the axes the pages use: the serif without optical sizes, weights cut to the CSS’s', async () => {
    const axes = async (stem: string) => (await font(path.join(first, `${stem}-latin.woff2`))).variationAxes;
    expect(await axes('inter')).toMatchObject({ wght: { min: 400, max: 800 } });
    const serif = await axes('source-serif-4');
    expect(serif).toMatchObject({ wght: { min: 400, max: 800 } });
    expect(serif).not.toHaveProperty('opsz');
    expect(await axes('source-serif-4-italic')).toEqual({});
    expect(await axes('source-serif-4-bold-italic')).toEqual({});
  });

  it('declare each file with its family, style, weights and the unicode range of its packaged file', async () => {
    const css = await readFile(path.join(first, 'faces.css'), 'utf8');
    const rules = [...css.matchAll(/@font-face {([^}]*)}/g)].map((m) => m[1] ?? '');
    expect(rules).toHaveLength((await readdir(first)).filter((f) => f.endsWith('.woff2')).length);
    const latinSerif = rules.find((r) => r.includes("url('./source-serif-4-latin.woff2')")) ?? '';
    expect(latinSerif).toContain("font-family: 'Source Serif 4 Variable';");
    expect(latinSerif).toContain('font-style: normal;');
    expect(latinSerif).toContain('font-weight: 400 800;');
    expect(latinSerif).toContain('font-display: swap;');
    expect(latinSerif).toContain(`unicode-range: ${(await unicodeRanges('@fontsource-variable/source-serif-4'))['latin']};`);
    expect(rules.find((r) => r.includes('bold-italic-latin.woff2'))).toMatch(/font-style: italic;[\s\S]*font-weight: 700;/);
  });
});
