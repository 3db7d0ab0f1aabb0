/**
 * Team data files, `content/teams/<slug>.yml`: a team's canonical name, its aliases, short name and colour,
 * so recaps need not repeat them. Read with positioned errors like recaps; the directory built from them
 * resolves every name a recap gives to one canonical team.
 */
import { z } from 'astro/zod';
import { sortDiagnostics, type Diagnostic, type FieldPath } from '../recap/diagnostics.ts';
import type { TeamIdentity, TeamLookup } from '../recap/model.ts';
import { normaliseColor } from '../recap/normalise.ts';
import { teamSchema } from '../recap/schema.ts';
import type { RecapSource } from '../recap/source.ts';
import {
  claimNames,
  listDataFiles,
  nameKey,
  readDataFile,
  readDataFiles,
  readDataFolder,
  type DataFileKind,
  type DataSourceFile,
} from './data-file.ts';

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
export type TeamSourceFile = DataSourceFile;

/** How names are compared: the same letters, whatever the case and spacing. */
export const teamNameKey = nameKey;

/** Lists `.yml`/`.yaml` files in a folder, sorted; a missing folder has none. */
export const listTeamFiles = listDataFiles;

/** Reads and validates every team file in `dir`. */
export async function loadTeams(dir: string, options: { displayRoot?: string } = {}): Promise<TeamDirectory> {
  return checkTeams(await readDataFolder(dir), options);
}

/** Validates team files already in memory, then checks that no name or alias belongs to two teams. */
export function checkTeams(files: readonly TeamSourceFile[], options: { displayRoot?: string } = {}): TeamDirectory {
  const { read, diagnostics } = readDataFiles(files, TEAM_FILE, options.displayRoot);
  const claimed = claimNames(
    read.map((result) => ({ value: teamFileOf(result.file, result.slug, result.data), source: result.source })),
    { noun: 'team', rule: 'team' },
  );
  diagnostics.push(...claimed.diagnostics);
  const { byKey, kept: teams } = claimed;
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

const TEAM_FIELDS = Object.keys(teamFileSchema.shape);

/** The team file as the shared data-file reader sees it. */
export const TEAM_FILE: DataFileKind<typeof teamFileSchema> = {
  label: 'team file',
  schema: teamFileSchema,
  url: (slug) => `/teams/${slug}/`,
  empty: 'found no fields, expected `name:` and optionally `aliases:`, `short:`, `color:`',
  yamlHint: (line) => (/:\s*#/.test(line) ? 'quote colours: `color: "#F7B5CD"` (an unquoted # starts a YAML comment)' : undefined),
  fieldsAt: () => TEAM_FIELDS,
  words: (at: FieldPath, code, input) => {
    const last = at[at.length - 1];
    if (code === 'too_small') return { expected: 'a non-empty name' };
    if (code !== 'invalid_type') return {};
    if (input === undefined) return { expected: "the team's canonical name", hint: 'add it: `name: Inter Miami CF`' };
    if (last === 'color')
      return {
        expected: 'a quoted hex colour like "#F7B5CD"',
        ...(input === null ? { hint: 'an unquoted # starts a YAML comment: write `color: "#F7B5CD"`' } : {}),
      };
    if (last === 'aliases') return { expected: 'a list of names', hint: 'write the aliases as a list: `aliases: [Inter Miami]`' };
    return {};
  },
};

/** Reads one team file: UTF-8, YAML with positions, the schema, the file name as slug. */
export function readTeam(file: string, slug: string, content: Uint8Array | string): ReadTeamResult {
  const result = readDataFile(file, slug, content, TEAM_FILE);
  if (!result.ok) return result;
  return { ok: true, team: teamFileOf(file, slug, result.data), source: result.source };
}

function teamFileOf(file: string, slug: string, data: z.output<typeof teamFileSchema>): TeamFile {
  const { name, short, color, aliases } = data;
  return {
    file,
    slug,
    name: name.trim(),
    aliases: aliases.filter((a) => teamNameKey(a) !== teamNameKey(name)),
    ...(short ? { short: short.toUpperCase() } : {}),
    ...(color ? { color: normaliseColor(color) } : {}),
  };
}
