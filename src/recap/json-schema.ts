/**
 * The frontmatter schema as JSON Schema, generated from the zod schema in `schema.ts` (never written by hand),
 * for editors with the YAML language server and for other tools. `npm run schema` writes it to
 * `src/recap/frontmatter.schema.json`; a test fails when the committed file and a fresh generation differ.
 */
import { z } from 'astro/zod';
import { frontmatterSchema } from './schema.ts';

/** Where the committed schema lives, relative to the project root. */
export const JSON_SCHEMA_FILE = 'src/recap/frontmatter.schema.json';

/** The JSON Schema of recap frontmatter as the author writes it (defaults optional, shorthands allowed). */
export function frontmatterJsonSchema(): Record<string, unknown> {
  // draft-07: the version every YAML language server and validator reads; `input`: what authors write, before defaults.
  const generated = z.toJSONSchema(frontmatterSchema, { target: 'draft-07', io: 'input', unrepresentable: 'any' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Fulltime recap frontmatter',
    description: 'The YAML frontmatter of a match recap in content/recaps/*.md (see "Recap format" in README.md).',
    ...rest,
  };
}
