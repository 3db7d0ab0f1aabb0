/**
 * The fast first parse of a frontmatter (src/recap/fast-yaml.ts) gives exactly `yaml`'s data whenever it takes a text,
 * and never takes a text `yaml` refuses: on every sample recap, on generated ones, on the edges where the two parsers
 * differ, and on thousands of frontmatters mutated at random with YAML's special characters.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { generateRecaps, seeded } from '../../scripts/bench/generate.ts';
import { fastFrontmatter } from '../../src/recap/fast-yaml.ts';

const recaps = path.join(import.meta.dirname, '../../content/recaps');
const frontmatterOf = (text: string) => text.slice(text.indexOf('\n') + 1, text.indexOf('\n---', 3));
const samples = readdirSync(recaps)
  .filter((f) => f.endsWith('.md'))
  .map((f) => frontmatterOf(readFileSync(path.join(recaps, f), 'utf8')));
const generated = generateRecaps(40, 5).map((r) => frontmatterOf(r.text));

/** `yaml`'s reading of a text as the reader parses it: its data, or undefined when it finds an error. */
function slow(text: string): unknown {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  return doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 50 });
}

/** Data compared with key order (isDeepStrictEqual ignores it; a mapping's order shows on pages). */
function keysInOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keysInOrder);
  if (value === null || typeof value !== 'object') return value;
  return Object.entries(value).map(([key, inner]) => [key, keysInOrder(inner)]);
}

/** Whether the fast parse either leaves the text to `yaml` or gives its data exactly. */
function agrees(text: string): { taken: boolean; same: boolean } {
  const fast = fastFrontmatter(text);
  if (fast === undefined) return { taken: false, same: true };
  const expected = slow(text);
  return { taken: true, same: isDeepStrictEqual(fast, expected) && isDeepStrictEqual(keysInOrder(fast), keysInOrder(expected)) };
}

describe('fast frontmatter parse', () => {
  it('takes every sample and generated recap, with yaml’s data', () => {
    for (const text of [...samples, ...generated]) {
      const fast = fastFrontmatter(text);
      expect(fast).toBeDefined();
      expect(keysInOrder(fast)).toEqual(keysInOrder(slow(text)));
    }
    expect(samples.length).toBeGreaterThan(10);
  });

  it('resolves plain scalars as yaml’s core schema does', () => {
    const text =
      'date: 2024-09-08\nseason: 2024-25\noct: 0o17\nleading: 017\nhex: 0x1f\nexp: 1e3\nhalf: .5\nsep: 1_000\ntime: 12:30\n' +
      'yes: y\nbool: TRUE\nodd: tRUE\nnone: ~\nempty:\nnil: Null\ninf: -.inf\nbig: 123456789012345678901234567890\n';
    expect(agrees(text)).toEqual({ taken: true, same: true });
    expect(fastFrontmatter(text)).toEqual({
      date: '2024-09-08',
      season: '2024-25',
      oct: 15,
      leading: 17,
      hex: 31,
      exp: 1000,
      half: 0.5,
      sep: '1_000',
      time: '12:30',
      yes: 'y',
      bool: true,
      odd: 'tRUE',
      none: null,
      empty: null,
      nil: null,
      inf: -Infinity,
      big: 1.2345678901234568e29,
    });
  });

  it.each([
    ['a comment stuck to a closing quote', 'a: "x"#c\n'],
    ['a comment stuck to a flow collection', 'a: { b: 1 }#c\n'],
    ['an item whose value starts on a line of its own', 'a:\n  -\n-  { b: 1 }\n'],
    ['a flow collection over two lines', 'a: { b: 1,\n c: 2 }\n'],
    ['a quoted scalar over two lines', 'a: "b\n  c"\n'],
    ['a null key', '~: 1\nb: 2\n'],
    ['a collection as a key', '[a, b]: 1\n'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
    ['a tab', 'a:\t1\n'],
    ['a tag', 'a: !!str 1\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a merge key', 'a: { b: 1 }\n<<: { c: 2 }\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a key __proto__', '__proto__: 1\n'],
  ])('leaves %s to yaml', (_, text) => {
    expect(fastFrontmatter(text)).toBeUndefined();
  });

  it('never differs from yaml on frontmatters mutated at random', () => {
    const pieces = [
      ...':-[]{},#\'"|>!&*?%@`\n\n\n \\0x.e_~+1 \t\r',
      ...['true', 'null', '0o7', '0x1F', '.inf', '.NaN', '1e3', '- ', ': ', ' #', '\n  ', '\n- ', '"\\u00e9"', "''"],
      ...['1_000', 'Yes', 'on', '2024-01-01', '12:30', '-.5', '+12', '0b1', '"#fff"', "'a''b'"],
      // Characters YAML 1.1 or Unicode call spaces or line breaks, and YAML 1.2 does not.
      ...['\u00a0', '\u0085', '\u2028', '\u3000', '\ufeff', '\u200b'],
    ];
    const random = seeded(2026);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const seeds = [...samples, ...generated.slice(0, 10)];
    let taken = 0;
    const differing: string[] = [];
    const runs = 4000;
    for (let run = 0; run < runs; run++) {
      let text = pick(seeds);
      for (let edit = 0, edits = 1 + Math.floor(random() * 3); edit < edits; edit++) {
        const at = Math.floor(random() * (text.length + 1));
        const op = random();
        const cut = op < 0.5 ? 0 : 1 + Math.floor(random() * 3);
        text = text.slice(0, at) + (op < 0.8 ? pick(pieces) : '') + text.slice(at + cut);
      }
      if (random() < 0.1) text = text.replace(/\n/g, '\r\n');
      const { taken: wasTaken, same } = agrees(text);
      if (wasTaken) taken++;
      if (!same) differing.push(text);
    }
    expect(differing).toEqual([]);
    // Most mutations break nothing the fast parse cares about: it must still take a good share of them.
    expect(taken).toBeGreaterThan(runs * 0.3);
  });
});
