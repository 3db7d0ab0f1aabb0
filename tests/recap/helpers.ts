/** Builders for recap files in tests: a valid recap by default, with the parts a test cares about replaced. */
import { checkCollection, type Collection } from '../../src/recap/collection.ts';
import { formatReport } from '../../src/recap/diagnostics.ts';
import type { Recap } from '../../src/recap/model.ts';
import { readRecap } from '../../src/recap/read.ts';

/** Fields under `match:`, written in this order; `undefined` leaves a field out. */
export interface MatchFields {
  competition?: string | undefined;
  season?: string | undefined;
  round?: string | undefined;
  kickoff?: string | undefined;
  venue?: string | undefined;
  attendance?: string | undefined;
  referee?: string | undefined;
  home?: string | undefined;
  away?: string | undefined;
  score?: string | undefined;
  halftime?: string | undefined;
  extraTime?: string | undefined;
  penalties?: string | undefined;
  [extra: string]: string | undefined;
}

/** The parts of a recap file; each list holds YAML lines without indentation. */
export interface RecapParts {
  /** Top-level lines before `match:` (default: title and date). */
  top?: string[];
  /** Fields under `match:` (merged over a valid default). */
  match?: MatchFields;
  /** Event lines, each a flow mapping like `{ minute: 5, type: goal, team: home, player: X }`; undefined: no `events:`. */
  events?: string[];
  /** Shootout kick lines; undefined: no `shootout:`. */
  shootout?: string[];
  /** Top-level lines after the lists. */
  bottom?: string[];
  body?: string;
}

const DEFAULT_MATCH: MatchFields = {
  competition: 'Test League',
  kickoff: '2024-03-01',
  home: '{ name: Northbridge FC }',
  away: '{ name: Eastport United }',
  score: '0-0',
};

/** A recap file's text. */
export function recapFile(parts: RecapParts = {}): string {
  const match = { ...DEFAULT_MATCH, ...parts.match };
  const lines = ['---', ...(parts.top ?? ['title: A test match', 'date: 2024-03-02']), 'match:'];
  for (const [key, value] of Object.entries(match)) if (value !== undefined) lines.push(`  ${key}: ${value}`);
  if (parts.events) lines.push(parts.events.length === 0 ? 'events: []' : 'events:', ...parts.events.map((e) => `  - ${e}`));
  if (parts.shootout) lines.push('shootout:', ...parts.shootout.map((k) => `  - ${k}`));
  lines.push(...(parts.bottom ?? []), '---', parts.body ?? 'A short report of the match.', '');
  return lines.join('\n');
}

/** The default file name shown in messages. */
export const FILE = 'content/recaps/test-match.md';

/** Reads a recap and returns the formatted report of its problems, or `ok` when it is valid. */
export function report(content: string | Uint8Array, file = FILE): string {
  const result = readRecap(file, 'test-match', content);
  return result.ok ? 'ok' : formatReport(result.diagnostics);
}

/** Reads a recap that must be valid and returns the normalised recap. */
export function valid(content: string | Uint8Array): Recap {
  const result = readRecap(FILE, 'test-match', content);
  if (!result.ok) throw new Error(`expected a valid recap:\n${formatReport(result.diagnostics)}`);
  return result.recap;
}

/** Checks several files as one collection (paths like `content/recaps/a.md`). */
export function collection(files: Record<string, string>, includeDrafts = false): Collection {
  return checkCollection(
    Object.entries(files).map(([path, content]) => ({ path, content })),
    { includeDrafts, displayRoot: process.cwd() },
  );
}
