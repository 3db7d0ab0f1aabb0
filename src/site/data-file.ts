/**
 * YAML data files (`content/teams/*.yml`, `content/competitions/*.yml`, `content/players/*.yml`): the one
 * reader for all of them. Each file is UTF-8 YAML holding one mapping, checked against a zod schema, named by
 * its slug (the file name, which is also its page URL); every problem is a positioned diagnostic, like a
 * recap's. The canonical name and aliases of every kind of file are claimed the same way: one owner per name.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { isMap, parseDocument } from 'yaml';
import { describeValue, formatPath, type Diagnostic, type FieldPath } from '../recap/diagnostics.ts';
import { suggest } from '../recap/schema-issues.ts';
import { RECAP_SLUG, slugFor } from '../recap/slug.ts';
import { decodeUtf8, diagnosticAt, lineStartsOf, locate, positionAt, type RecapSource } from '../recap/source.ts';

/** One file's contents, for callers that already hold them. */
export interface DataSourceFile {
  readonly path: string;
  readonly content: Uint8Array | string;
}

/** What a message needs to say about one field of a kind of file. */
export interface FieldWords {
  /** What the field should hold ("the team's canonical name"); default: the schema's own words. */
  readonly expected?: string;
  readonly hint?: string;
}

/** A kind of data file: its schema and the words its messages use. */
export interface DataFileKind<S extends z.ZodType> {
  /** `team file`, `competition file`… (in "found unknown field `x` in a team file"). */
  readonly label: string;
  readonly schema: S;
  /** The page a file's slug names: `/teams/<slug>/`. */
  readonly url: (slug: string) => string;
  /** Message for a file without a mapping ("found no fields, expected `name:`…"). */
  readonly empty: string;
  /** Hint for a YAML error on the given source line, if any. */
  readonly yamlHint?: (sourceLine: string) => string | undefined;
  /** The fields allowed in the mapping at a path (for unknown-field messages). */
  readonly fieldsAt: (at: FieldPath) => readonly string[];
  /** Words for a problem at a path; `input` is what was found (undefined when missing). */
  readonly words: (at: FieldPath, code: string, input: unknown) => FieldWords;
}

/** A file read and validated: its data, slug and source (for positioning later problems). */
export type DataFileResult<T> =
  | { readonly ok: true; readonly data: T; readonly slug: string; readonly file: string; readonly source: RecapSource }
  | { readonly ok: false; readonly diagnostics: Diagnostic[] };

/** Lists `.yml`/`.yaml` files in a folder, sorted; a missing folder has none. */
export async function listDataFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('_') && !n.startsWith('.'))
    .map((n) => path.join(dir, n))
    .sort();
}

/** Reads every data file of a folder into memory. */
export async function readDataFolder(dir: string): Promise<DataSourceFile[]> {
  const paths = await listDataFiles(dir);
  return Promise.all(paths.map(async (p) => ({ path: p, content: await readFile(p) })));
}

/** Reads and validates every file of one kind; the path shown in messages is relative to `displayRoot`. */
export function readDataFiles<S extends z.ZodType>(
  files: readonly DataSourceFile[],
  kind: DataFileKind<S>,
  displayRoot: string = process.cwd(),
): { read: Extract<DataFileResult<z.output<S>>, { ok: true }>[]; diagnostics: Diagnostic[] } {
  const read: Extract<DataFileResult<z.output<S>>, { ok: true }>[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const shown = path.relative(displayRoot, path.resolve(displayRoot, file.path)).split(path.sep).join('/');
    const result = readDataFile(shown, path.basename(file.path).replace(/\.ya?ml$/, ''), file.content, kind);
    if (result.ok) read.push(result);
    else diagnostics.push(...result.diagnostics);
  }
  return { read, diagnostics };
}

/** Reads one data file: UTF-8, YAML with positions, the schema, the file name as slug. */
export function readDataFile<S extends z.ZodType>(
  file: string,
  slug: string,
  content: Uint8Array | string,
  kind: DataFileKind<S>,
): DataFileResult<z.output<S>> {
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    const decoded = decodeUtf8(file, content);
    if (!decoded.ok) return { ok: false, diagnostics: decoded.diagnostics };
    text = decoded.text;
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const lineStarts = lineStartsOf(text);
  const fail = (offset: number, length: number, rule: string, message: string, hint?: string): DataFileResult<never> => ({
    ok: false,
    diagnostics: [diagnosticAt(positionAt(file, text, lineStarts, offset, length), { path: '', rule, message, hint })],
  });
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  const [error] = doc.errors;
  if (error) {
    const [start, end] = error.pos;
    const offset = Math.min(start, Math.max(0, text.length - 1));
    const { sourceLine } = positionAt(file, text, lineStarts, offset);
    const message = `invalid YAML: ${error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim()}`;
    return fail(offset, end - start, 'yaml-syntax', message, kind.yamlHint?.(sourceLine));
  }
  if (!isMap(doc.contents)) return fail(0, 1, `${kind.label.split(' ')[0]}-not-mapping`, kind.empty);
  const source: RecapSource = { file, text, doc, yamlOffset: 0, body: '', bodyLine: lineStarts.length, lineStarts };
  const parsed = kind.schema.safeParse(doc.toJS({ maxAliasCount: 50 }), { reportInput: true });
  const problems: Diagnostic[] = [];
  if (!parsed.success) for (const issue of parsed.error.issues) problems.push(...issueDiagnostics(source, issue, kind));
  if (!RECAP_SLUG.test(slug)) {
    const suggestion = slugFor(slug);
    problems.push(
      diagnosticAt(positionAt(file, text, lineStarts, 0), {
        path: '',
        rule: 'slug-format',
        message: `found the file name "${path.basename(file)}", expected lowercase letters, digits and hyphens (the name is the URL ${kind.url(slug)})`,
        hint: suggestion === '' ? 'rename the file with Latin letters and digits' : `rename it to ${suggestion}.yml`,
      }),
    );
  }
  if (!parsed.success || problems.length > 0) return { ok: false, diagnostics: problems };
  return { ok: true, data: parsed.data, slug, file, source };
}

/** A diagnostic at a field of a data file. */
export function fieldDiagnostic(
  source: RecapSource,
  at: FieldPath,
  problem: { rule: string; message: string; hint?: string | undefined; severity?: 'error' | 'warning' },
  options: { key?: boolean } = {},
): Diagnostic {
  return diagnosticAt(locate(source, at, options), { path: formatPath(at), ...problem });
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'a mapping of fields',
};

/** One zod issue as positioned diagnostics (a missing field points at its mapping, an unknown one at its key). */
function issueDiagnostics<S extends z.ZodType>(source: RecapSource, issue: z.core.$ZodIssue, kind: DataFileKind<S>): Diagnostic[] {
  const at = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const input = 'input' in issue ? issue.input : undefined;
  const last = at[at.length - 1];
  const words = kind.words(at, issue.code, input);
  const make = (p: FieldPath, rule: string, message: string, hint?: string, key = false) =>
    fieldDiagnostic(source, p, { rule, message, hint }, { key });
  // A missing field, whatever check found it (a type, or a union of types), points at its mapping.
  if (input === undefined && issue.code !== 'unrecognized_keys' && typeof last === 'string')
    return [make(at.slice(0, -1), 'required', `\`${last}\` is missing, expected ${words.expected ?? issue.message}`, words.hint)];
  switch (issue.code) {
    case 'invalid_type': {
      const expected = words.expected ?? TYPE_NAMES[issue.expected] ?? issue.expected;
      return [make(at, 'type', `found ${describeValue(input)}, expected ${expected}`, words.hint)];
    }
    case 'unrecognized_keys': {
      const known = kind.fieldsAt(at);
      return issue.keys.map((key) =>
        make(
          [...at, key],
          'unknown-field',
          `found unknown field \`${key}\` in a ${kind.label}, expected one of ${known.join(', ')}`,
          suggest(key, known) ?? 'remove it',
          true,
        ),
      );
    }
    case 'too_small':
      return [make(at, 'range', `found ${describeValue(input)}, expected ${words.expected ?? issue.message}`, words.hint)];
    default:
      return [make(at, 'format', `found ${describeValue(input)}, expected ${words.expected ?? issue.message}`, words.hint)];
  }
}

const nameKeys = new Map<string, string>();

/** How names are compared: the same letters, whatever the case and spacing (each name worked out once: names repeat). */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
    nameKeys.set(name, key);
  }
  return key;
}

/** A file that claims a canonical name and aliases. */
export interface NamedFile {
  readonly file: string;
  readonly slug: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/**
 * Gives each name and alias one owner: a file whose slug or one of whose names another file already holds is
 * reported (at the slug, or at each name taken) and left out entirely, so nothing resolves to half of it.
 * With `scopes` (player files limited to some teams), two files may share a name when their scopes do not
 * overlap; an empty scope means everywhere. Returns the files kept and the owners of every name key.
 */
export function claimNames<F extends NamedFile>(
  entries: readonly { readonly value: F; readonly source: RecapSource }[],
  kind: { readonly noun: string; readonly rule: string; readonly scopes?: (value: F) => readonly string[] },
): { kept: F[]; byKey: Map<string, F>; owners: Map<string, F[]>; diagnostics: Diagnostic[] } {
  const owners = new Map<string, F[]>();
  const bySlug = new Map<string, F>();
  const kept: F[] = [];
  const diagnostics: Diagnostic[] = [];
  const scopesOf = (value: F) => kind.scopes?.(value) ?? [];
  const overlap = (a: F, b: F) => {
    const [sa, sb] = [scopesOf(a), scopesOf(b)];
    return sa.length === 0 || sb.length === 0 || sa.some((s) => sb.includes(s));
  };
  for (const { value, source } of entries) {
    const clash = bySlug.get(value.slug);
    if (clash) {
      diagnostics.push(
        diagnosticAt(locate(source, []), {
          path: '',
          rule: `duplicate-${kind.rule}`,
          message: `found the ${kind.noun} slug "${value.slug}" here and in ${clash.file}, expected one file per ${kind.noun}`,
          hint: 'keep one of the two files',
        }),
      );
      continue;
    }
    const names: [FieldPath, string][] = [[['name'], value.name], ...value.aliases.map((a, i): [FieldPath, string] => [['aliases', i], a])];
    const problems: Diagnostic[] = [];
    for (const [at, name] of names) {
      const owner = owners.get(nameKey(name))?.find((o) => o !== value && overlap(o, value));
      if (owner)
        problems.push(
          fieldDiagnostic(source, at, {
            rule: `${kind.rule}-name-taken`,
            message: `found ${JSON.stringify(name)}, which ${owner.file} already uses for ${owner.name}; expected each name and alias to belong to one ${kind.noun}`,
            hint: kind.scopes
              ? 'remove it from one of the two files, or give each file the `teams` the player played for'
              : 'remove it from one of the two files',
          }),
        );
    }
    diagnostics.push(...problems);
    if (problems.length > 0) continue;
    for (const [, name] of names) {
      const list = owners.get(nameKey(name));
      if (!list) owners.set(nameKey(name), [value]);
      else if (!list.includes(value)) list.push(value);
    }
    bySlug.set(value.slug, value);
    kept.push(value);
  }
  const byKey = new Map([...owners].map(([key, list]) => [key, list[0] as F]));
  return { kept, byKey, owners, diagnostics };
}
