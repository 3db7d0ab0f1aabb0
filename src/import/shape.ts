/**
 * Checking a data file's shape with zod before importing it: each importer describes what it reads as a
 * schema (extra fields pass; they are reported as not carried), and the first problems come back as
 * positioned errors with the path inside the file.
 */
import type { z } from 'astro/zod';
import type { FieldPath } from '../recap/diagnostics.ts';
import { errorAt, type DataFile, type ImportError } from './data-file.ts';

/** How many shape problems are shown before the rest are counted. */
const MAX_SHOWN = 5;

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  tuple: 'an array',
};

/** A JSON value in a few words, for "found …". */
export function describeJson(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : `an array of ${value.length}`;
  const keys = Object.keys(value as object);
  return keys.length === 0 ? 'an empty object' : `an object with ${keys.slice(0, 4).join(', ')}${keys.length > 4 ? ', …' : ''}`;
}

/** Parses `value` (found at `at` in the file) with `schema`; on failure, positioned errors (the first few, then how many more). */
export function checkShape<S extends z.ZodType>(
  data: DataFile,
  schema: S,
  value: unknown,
  format: string,
  at: FieldPath = [],
): { ok: true; value: z.output<S> } | { ok: false; errors: ImportError[] } {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  const hint = `is this ${format} data? See "Importing matches" in README.md for the fields each format needs`;
  const issues = parsed.error.issues;
  const errors = issues.slice(0, MAX_SHOWN).map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const input = 'input' in issue ? issue.input : undefined;
    let message: string;
    if (issue.code === 'invalid_type') {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      message =
        input === undefined
          ? `\`${String(path[path.length - 1] ?? '')}\` is missing, expected ${expected}`
          : `found ${describeJson(input)}, expected ${expected}`;
    } else if (issue.code === 'too_small' || issue.code === 'too_big') {
      message = `found ${describeJson(input)}, expected ${issue.message}`;
    } else message = `found ${describeJson(input)}, expected ${issue.message}`;
    return errorAt(data, [...at, ...path], message, hint);
  });
  if (issues.length > MAX_SHOWN) {
    const last = errors[errors.length - 1];
    if (last) errors[errors.length - 1] = { ...last, message: `${last.message} (and ${issues.length - MAX_SHOWN} more problems)` };
  }
  return { ok: false, errors };
}
