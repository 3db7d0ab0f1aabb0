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

/**
 * Gives a real player an invented name everywhere in a changed copy of a data file (every object with his `id`:
 * line-ups, events, player stats), each spelling of the name to its own invented one. A test that adds invented
 * events to a real match then pins them on an invented person, never on the real player.
 */
export function renamePlayer(data: unknown, id: number, names: Readonly<Record<string, string>>): void {
  if (Array.isArray(data)) for (const item of data) renamePlayer(item, id, names);
  else if (data && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    if (record['id'] === id && typeof record['name'] === 'string') {
      const invented = names[record['name']];
      if (invented === undefined) throw new Error(`no invented name for "${record['name']}" (id ${id})`);
      record['name'] = invented;
    }
    for (const value of Object.values(record)) renamePlayer(value, id, names);
  }
}
