/** The committed JSON Schema file's exact text: generated from zod, formatted the way Prettier checks it. */
import { format, resolveConfig } from 'prettier';
import path from 'node:path';
import { frontmatterJsonSchema, JSON_SCHEMA_FILE } from '../recap/json-schema.ts';

/** The text `npm run schema` writes to `JSON_SCHEMA_FILE` under `root`. */
export async function renderSchemaFile(root: string): Promise<string> {
  const file = path.join(root, JSON_SCHEMA_FILE);
  const options = (await resolveConfig(file)) ?? {};
  return format(JSON.stringify(frontmatterJsonSchema()), { ...options, filepath: file });
}
