import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { renderSchemaFile } from '../../src/authoring/schema-file.ts';
import { listRecapFiles } from '../../src/recap/collection.ts';
import { JSON_SCHEMA_FILE } from '../../src/recap/json-schema.ts';
import { frontmatterSchema } from '../../src/recap/schema.ts';
import { splitRecap } from '../../src/recap/source.ts';
import { ROOT } from '../helpers/site.ts';
import { VALID_RECAP } from './helpers.ts';

const committed = JSON.parse(await readFile(path.join(ROOT, JSON_SCHEMA_FILE), 'utf8')) as object;
const validate = new Ajv({ allErrors: true }).compile(committed);

/** The frontmatter of a recap file as plain data, or undefined when the file has none to speak of. */
function frontmatter(text: string): unknown {
  const split = splitRecap('recap.md', text);
  return split.ok ? split.source.doc.toJS() : undefined;
}

const FOLDERS = ['content/recaps', 'tests/fixtures', 'tests/authoring/fixtures'];

describe('the frontmatter JSON Schema', () => {
  it('is the committed file, exactly as `npm run schema` generates it from the zod schema', async () => {
    expect(await readFile(path.join(ROOT, JSON_SCHEMA_FILE), 'utf8')).toBe(await renderSchemaFile(ROOT));
  });

  it('describes every field, for editors that show the description on hover', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (node === null || typeof node !== 'object') return;
      const schema = node as {
        properties?: Record<string, { description?: string }>;
        items?: unknown;
        anyOf?: unknown[];
        oneOf?: unknown[];
      };
      for (const [key, value] of Object.entries(schema.properties ?? {})) {
        if (!value.description) undescribed.push(`${at}${key}`);
        walk(value, `${at}${key}.`);
      }
      walk(schema.items, `${at}[].`);
      for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) walk(branch, at);
    };
    walk(committed, '');
    expect(undescribed).toEqual([]);
  });

  it('accepts every sample recap', async () => {
    const files = await listRecapFiles(path.join(ROOT, 'content/recaps'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const data = frontmatter(await readFile(file, 'utf8'));
      expect(validate(data) ? [] : validate.errors, path.relative(ROOT, file)).toEqual([]);
    }
  });

  it('agrees with the zod schema on every fixture recap, valid or broken', async () => {
    const files = (await Promise.all(FOLDERS.map((dir) => listRecapFiles(path.join(ROOT, dir))))).flat();
    let compared = 0;
    for (const file of files) {
      const data = frontmatter(await readFile(file, 'utf8'));
      if (data === undefined) continue;
      compared++;
      expect(validate(data), path.relative(ROOT, file)).toBe(frontmatterSchema.safeParse(data).success);
    }
    expect(compared).toBeGreaterThan(5);
  });

  const broken: [string, string, string][] = [
    ['an unknown top-level field', 'date: 2024-03-09', 'date: 2024-03-09\nauthour: A. Writer'],
    ['an unknown field under match', '  score: 2-1', '  scroe: 2-1'],
    ['a missing required field', 'title: Una Reid settles the harbour derby\n', ''],
    ['a field of the wrong type', 'date: 2024-03-09', 'date: 2024-03-09\ndraft: maybe'],
    ['a score with a dash that is not a hyphen', 'score: 2-1', 'score: 2–1'],
    ['a kick-off time without an offset', 'kickoff: 2024-03-08', 'kickoff: 2024-03-08T19:30'],
    [
      'an unquoted colour (YAML reads a comment, so the value is empty)',
      'home: { name: Quay Albion }',
      'home: { name: Quay Albion, color: #1d4ed8 }',
    ],
    ['a short name of five letters', 'home: { name: Quay Albion }', 'home: { name: Quay Albion, short: QUAYA }'],
    ['an unknown event type', 'type: goal, team: away', 'type: gaol, team: away'],
    ['a field another event type owns', 'player: Bo Lind }', 'player: Bo Lind, in: Ann Berg }'],
    ['a minute written as words', 'minute: 50', 'minute: fifty'],
    ['a negative attendance', '  score: 2-1', '  score: 2-1\n  attendance: -5'],
    ['tags that are not a list of names', 'date: 2024-03-09', 'date: 2024-03-09\ntags: [{ a: b }]'],
    ['a half length over 45', '  score: 2-1', '  score: 2-1\n  halfLength: 50'],
    ['a line-up player without a name', '  score: 2-1', '  score: 2-1\n  lineups: { home: { starting: [{ number: 1 }] } }'],
    ['a position that is not a line', '  score: 2-1', '  score: 2-1\n  lineups: { away: { starting: [{ name: Bo Lind, position: ST }] } }'],
    ['a formation with a line of 7', '  score: 2-1', '  score: 2-1\n  lineups: { home: { formation: 7-3, starting: [] } }'],
    ['a statistic written as one number', '  score: 2-1', '  score: 2-1\n  stats: { corners: 6 }'],
    ['xG with three decimals', '  score: 2-1', '  score: 2-1\n  stats: { xg: 1.234-0.5 }'],
    ['a cover without alt text', 'date: 2024-03-09', 'date: 2024-03-09\ncover: { src: ./photo.jpg }'],
    ['a language that is not a BCP 47 tag', 'date: 2024-03-09', 'date: 2024-03-09\nlang: English (UK)'],
  ];
  for (const [what, from, to] of broken) {
    it(`rejects ${what}, as the build does`, () => {
      const data = frontmatter(VALID_RECAP.replace(from, to));
      expect(frontmatterSchema.safeParse(data).success).toBe(false);
      expect(validate(data)).toBe(false);
    });
  }

  it('leaves what JSON Schema cannot say to the build: real calendar dates and blank names', () => {
    // zod's refinements have no JSON Schema form; `npm run check` reports these with their positions.
    for (const [from, to] of [
      ['date: 2024-03-09', 'date: 2024-02-30'],
      ['{ name: Quay Albion }', '{ name: "   " }'],
    ] as const) {
      const data = frontmatter(VALID_RECAP.replace(from, to));
      expect(validate(data)).toBe(true);
      expect(frontmatterSchema.safeParse(data).success).toBe(false);
    }
  });
});
