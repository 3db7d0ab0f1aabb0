/**
 * Team data files, `content/teams/<slug>.yml`: a team's canonical name, its aliases, short name and colour,
 * so recaps need not repeat them. Read with positioned errors like recaps; the directory built from them
 * resolves every name a recap gives to one canonical team.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { isMap, parseDocument } from 'yaml';
import { describeValue, formatPath, sortDiagnostics, type Diagnostic, type FieldPath } from '../recap/diagnostics.ts';
import type { TeamIdentity, TeamLookup } from '../recap/model.ts';
import { normaliseColor } from '../recap/normalise.ts';
import { teamSchema } from '../recap/schema.ts';
import { suggest } from '../recap/schema-issues.ts';
import { RECAP_SLUG, slugFor } from '../recap/slug.ts';
import { decodeUtf8, diagnosticAt, lineStartsOf, locate, positionAt, type RecapSource } from '../recap/source.ts';

/** The fields of a team file: the recap's team fields plus aliases. */
export const teamFileSchema = z.strictObject({
  ...teamSchema.shape,
  /** Other ways recaps write the team's name ("Inter Miami" for "Inter Miami CF"). */
  aliases: z.array(z.string().trim().min(1, { message: 'a non-empty name' })).default([]),
});

/** One valid team file. */
export interface TeamFile extends TeamIdentity {
  /** File path as shown in messages. */
  readonly file: string;
  readonly aliases: readonly string[];
}

/** Every valid team, the problems found, and the lookup recaps resolve names with. */
export interface TeamDirectory {
  readonly teams: readonly TeamFile[];
  readonly diagnostics: readonly Diagnostic[];
  /** Finds a team by canonical name or alias, ignoring case and extra spaces. */
  readonly lookup: TeamLookup;
}

/** One file's contents, for callers that already hold them. */
export interface TeamSourceFile {
  readonly path: string;
  readonly content: Uint8Array | string;
}

/** How names are compared: the same letters, whatever the case and spacing. */
export function teamNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Lists `.yml`/`.yaml` files in a folder, sorted; a missing folder has none. */
export async function listTeamFiles(dir: string): Promise<string[]> {
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

/** Reads and validates every team file in `dir`. */
export async function loadTeams(dir: string, options: { displayRoot?: string } = {}): Promise<TeamDirectory> {
  const paths = await listTeamFiles(dir);
  const files = await Promise.all(paths.map(async (p) => ({ path: p, content: await readFile(p) })));
  return checkTeams(files, options);
}

/** Validates team files already in memory, then checks that no name or alias belongs to two teams. */
export function checkTeams(files: readonly TeamSourceFile[], options: { displayRoot?: string } = {}): TeamDirectory {
  const root = options.displayRoot ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  const read: { team: TeamFile; source: RecapSource }[] = [];
  for (const file of files) {
    const shown = path.relative(root, path.resolve(root, file.path)).split(path.sep).join('/');
    const result = readTeam(shown, path.basename(file.path).replace(/\.ya?ml$/, ''), file.content);
    if (result.ok) read.push(result);
    else diagnostics.push(...result.diagnostics);
  }
  const byKey = new Map<string, TeamFile>();
  const bySlug = new Map<string, TeamFile>();
  const teams: TeamFile[] = [];
  for (const { team, source } of read) {
    const clash = bySlug.get(team.slug);
    if (clash) {
      diagnostics.push(
        diagnosticAt(locate(source, []), {
          path: '',
          rule: 'duplicate-team',
          message: `found the team slug "${team.slug}" here and in ${clash.file}, expected one file per team`,
          hint: 'keep one of the two files',
        }),
      );
      continue;
    }
    const names: [FieldPath, string][] = [[['name'], team.name], ...team.aliases.map((a, i): [FieldPath, string] => [['aliases', i], a])];
    const problems: Diagnostic[] = [];
    for (const [at, name] of names) {
      const owner = byKey.get(teamNameKey(name));
      if (owner)
        problems.push(
          diagnosticAt(locate(source, at), {
            path: formatPath(at),
            rule: 'team-name-taken',
            message: `found ${JSON.stringify(name)}, which ${owner.file} already uses for ${owner.name}; expected each name and alias to belong to one team`,
            hint: 'remove it from one of the two files',
          }),
        );
    }
    diagnostics.push(...problems);
    if (problems.length > 0) continue;
    for (const [, name] of names) byKey.set(teamNameKey(name), team);
    bySlug.set(team.slug, team);
    teams.push(team);
  }
  const lookup: TeamLookup = (name) => {
    const team = byKey.get(teamNameKey(name));
    return (
      team && {
        name: team.name,
        slug: team.slug,
        ...(team.short ? { short: team.short } : {}),
        ...(team.color ? { color: team.color } : {}),
      }
    );
  };
  return { teams, diagnostics: sortDiagnostics(diagnostics), lookup };
}

type ReadTeamResult = { ok: true; team: TeamFile; source: RecapSource } | { ok: false; diagnostics: Diagnostic[] };

/** Reads one team file: UTF-8, YAML with positions, the schema, the file name as slug. */
export function readTeam(file: string, slug: string, content: Uint8Array | string): ReadTeamResult {
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    const decoded = decodeUtf8(file, content);
    if (!decoded.ok) return { ok: false, diagnostics: decoded.diagnostics };
    text = decoded.text;
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const lineStarts = lineStartsOf(text);
  const fail = (offset: number, length: number, rule: string, message: string, hint?: string): ReadTeamResult => ({
    ok: false,
    diagnostics: [diagnosticAt(positionAt(file, text, lineStarts, offset, length), { path: '', rule, message, hint })],
  });
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  const [error] = doc.errors;
  if (error) {
    const [start, end] = error.pos;
    const offset = Math.min(start, Math.max(0, text.length - 1));
    const { sourceLine } = positionAt(file, text, lineStarts, offset);
    return fail(
      offset,
      end - start,
      'yaml-syntax',
      `invalid YAML: ${error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim()}`,
      /:\s*#/.test(sourceLine) ? 'quote colours: `color: "#F7B5CD"` (an unquoted # starts a YAML comment)' : undefined,
    );
  }
  if (!isMap(doc.contents))
    return fail(0, 1, 'team-not-mapping', 'found no fields, expected `name:` and optionally `aliases:`, `short:`, `color:`');
  const source: RecapSource = { file, text, doc, yamlOffset: 0, body: '', bodyLine: lineStarts.length, lineStarts };
  const data: unknown = doc.toJS({ maxAliasCount: 50 });
  const parsed = teamFileSchema.safeParse(data, { reportInput: true });
  const problems: Diagnostic[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(...issueDiagnostics(source, issue));
  }
  if (!RECAP_SLUG.test(slug)) {
    const suggestion = slugFor(slug);
    problems.push(
      diagnosticAt(positionAt(file, text, lineStarts, 0), {
        path: '',
        rule: 'slug-format',
        message: `found the file name "${path.basename(file)}", expected lowercase letters, digits and hyphens (the name is the URL /teams/${slug}/)`,
        hint: suggestion === '' ? 'rename the file with Latin letters and digits' : `rename it to ${suggestion}.yml`,
      }),
    );
  }
  if (!parsed.success || problems.length > 0) return { ok: false, diagnostics: problems };
  const { name, short, color, aliases } = parsed.data;
  const team: TeamFile = {
    file,
    slug,
    name: name.trim(),
    aliases: aliases.filter((a) => teamNameKey(a) !== teamNameKey(name)),
    ...(short ? { short: short.toUpperCase() } : {}),
    ...(color ? { color: normaliseColor(color) } : {}),
  };
  return { ok: true, team, source };
}

const TYPE_NAMES: Record<string, string> = { string: 'text', array: 'a list of names', object: 'a mapping of fields' };

/** One zod issue as positioned diagnostics (a missing field points at the mapping, an unknown one at its key). */
function issueDiagnostics(source: RecapSource, issue: z.core.$ZodIssue): Diagnostic[] {
  const at = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const input = 'input' in issue ? issue.input : undefined;
  const last = at[at.length - 1];
  const make = (p: FieldPath, rule: string, message: string, hint?: string, key = false) =>
    diagnosticAt(locate(source, p, { key }), { path: formatPath(p), rule, message, hint });
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined)
        return [
          make(
            at.slice(0, -1),
            'required',
            `\`${String(last)}\` is missing, expected the team's canonical name`,
            'add it: `name: Inter Miami CF`',
          ),
        ];
      const expected = last === 'color' ? 'a quoted hex colour like "#F7B5CD"' : (TYPE_NAMES[issue.expected] ?? issue.expected);
      const hint =
        input === null && last === 'color'
          ? 'an unquoted # starts a YAML comment: write `color: "#F7B5CD"`'
          : last === 'aliases'
            ? 'write the aliases as a list: `aliases: [Inter Miami]`'
            : undefined;
      return [make(at, 'type', `found ${describeValue(input)}, expected ${expected}`, hint)];
    }
    case 'unrecognized_keys': {
      const known = Object.keys(teamFileSchema.shape);
      return issue.keys.map((key) =>
        make(
          [...at, key],
          'unknown-field',
          `found unknown field \`${key}\` in a team file, expected one of ${known.join(', ')}`,
          suggest(key, known) ?? 'remove it',
          true,
        ),
      );
    }
    case 'too_small':
      return [make(at, 'range', `found ${describeValue(input)}, expected a non-empty name`)];
    default:
      return [make(at, 'format', `found ${describeValue(input)}, expected ${issue.message}`)];
  }
}
