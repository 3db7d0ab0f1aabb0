/**
 * `npm run schema`: writes the JSON Schema of recap frontmatter, generated from the zod schema in
 * src/recap/schema.ts. `--check` only compares, and exits 1 when the committed file is out of date.
 *
 * Usage: npm run schema [-- --check]
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderSchemaFile } from '../src/authoring/schema-file.ts';
import { JSON_SCHEMA_FILE } from '../src/recap/json-schema.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
const file = path.join(root, JSON_SCHEMA_FILE);
const fresh = await renderSchemaFile(root);
const current = await readFile(file, 'utf8').catch(() => '');
if (values.check) {
  if (current !== fresh) {
    console.error(`${JSON_SCHEMA_FILE} is out of date with src/recap/schema.ts; run \`npm run schema\` and commit it.`);
    process.exitCode = 1;
  } else console.log(`${JSON_SCHEMA_FILE} is up to date.`);
} else if (current === fresh) {
  console.log(`${JSON_SCHEMA_FILE} is up to date.`);
} else {
  await writeFile(file, fresh);
  console.log(`Wrote ${JSON_SCHEMA_FILE}.`);
}
