/** Data files for the importer tests: the real ones from tests/fixtures/import/, and changed copies built in memory. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDataFile, type DataFile } from '../../src/import/data-file.ts';
import { ROOT } from '../helpers/site.ts';

/** Folder of the real data files. */
export const FIXTURES = path.join(ROOT, 'tests/fixtures/import');

/** The text of a fixture file. */
export function fixtureText(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** A fixture file's JSON, as a fresh copy a test may change. */
export function fixtureJson<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(fixtureText(name)) as T;
}

/** A parsed data file from text or from a value (written as pretty JSON); fails the test when it is not JSON. */
export function dataFile(name: string, content: string | object): DataFile {
  const text = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
  const parsed = parseDataFile(name, text);
  if (!parsed.ok) throw new Error(`${name} is not JSON: ${parsed.error.message}`);
  return parsed.data;
}
