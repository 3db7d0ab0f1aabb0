/**
 * Player identity. A player is a name as written (case and spacing aside), one page at `/players/<slug>/`.
 * `content/players/<slug>.yml` gives a player a canonical name and aliases (a player written two ways), and
 * may limit itself to some `teams` (two players sharing a name: one file each, each with its teams). Read with
 * the shared data-file reader; a name claimed twice is a positioned error.
 */
import { z } from 'astro/zod';
import { sortDiagnostics, type Diagnostic, type FieldPath } from '../recap/diagnostics.ts';
import type { TeamLookup } from '../recap/model.ts';
import { slugFor } from '../recap/slug.ts';
import { claimNames, nameKey, readDataFiles, readDataFolder, type DataFileKind, type DataSourceFile } from './data-file.ts';

const name = z.string({ error: 'text' }).trim().min(1, { error: 'a non-empty name' });

/** The fields of a player file. */
export const playerFileSchema = z.strictObject({
  /** The name pages show. */
  name,
  /** Other ways recaps write the player's name. */
  aliases: z.array(name, { error: 'a list of names' }).default([]),
  /** Only names written for these teams (canonical names or aliases) are this player; default: any team. */
  teams: z.array(name, { error: 'a list of team names' }).default([]),
});

/** One valid player file. */
export interface PlayerFile {
  /** File path as shown in messages. */
  readonly file: string;
  readonly slug: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Team slugs the file is limited to; empty: any team. */
  readonly teams: readonly string[];
}

/** Who a name written for a team is. */
export interface PlayerIdentity {
  /** Identity across the site: the file's slug, or the name's comparison key. */
  readonly id: string;
  /** The canonical name, when a file gives one. */
  readonly name?: string;
  /** The page slug, when a file gives one. */
  readonly slug?: string;
}

/** Every valid player file, the problems found, and how a name written for a team resolves. */
export interface PlayerDirectory {
  readonly players: readonly PlayerFile[];
  readonly diagnostics: readonly Diagnostic[];
  /** The player a name written for a team (by slug) is. */
  readonly identify: (name: string, team: string) => PlayerIdentity;
}

const FIELDS = Object.keys(playerFileSchema.shape);

/** The player file as the shared data-file reader sees it. */
export const PLAYER_FILE: DataFileKind<typeof playerFileSchema> = {
  label: 'player file',
  schema: playerFileSchema,
  url: (slug) => `/players/${slug}/`,
  empty: 'found no fields, expected `name:` and optionally `aliases:`, `teams:`',
  fieldsAt: () => FIELDS,
  words: (at: FieldPath, code, input) => {
    const last = at[at.length - 1];
    if (code === 'invalid_type' && input === undefined && last === 'name')
      return { expected: "the player's name as pages show it", hint: 'add it: `name: Tomás Iriarte`' };
    if (last === 'aliases') return { hint: 'write the aliases as a list: `aliases: [T. Iriarte]`' };
    if (last === 'teams' || at[0] === 'teams') return { hint: 'write the teams as a list: `teams: [FC Dallas]`' };
    return {};
  },
};

/** Reads and validates every player file in `dir`. */
export async function loadPlayers(dir: string, options: { displayRoot?: string; teams?: TeamLookup } = {}): Promise<PlayerDirectory> {
  return checkPlayers(await readDataFolder(dir), options);
}

/** Validates player files in memory, then gives each name (per team) one owner. */
export function checkPlayers(
  files: readonly DataSourceFile[],
  options: { displayRoot?: string; teams?: TeamLookup } = {},
): PlayerDirectory {
  const { read, diagnostics } = readDataFiles(files, PLAYER_FILE, options.displayRoot);
  const teamSlug = (team: string) => options.teams?.(team)?.slug ?? slugFor(team);
  const entries = read.map(({ data, file, slug, source }) => ({
    value: {
      file,
      slug,
      name: data.name,
      aliases: data.aliases.filter((a) => nameKey(a) !== nameKey(data.name)),
      teams: [...new Set(data.teams.map(teamSlug))],
    } satisfies PlayerFile,
    source,
  }));
  const claimed = claimNames(entries, { noun: 'player', rule: 'player', scopes: (p) => p.teams });
  diagnostics.push(...claimed.diagnostics);
  return { players: claimed.kept, diagnostics: sortDiagnostics(diagnostics), identify: identifyWith(claimed.kept) };
}

/** How names resolve against valid player files (files checked by `checkPlayers`, e.g. as the content store holds them). */
export function identifyWith(files: readonly PlayerFile[]): PlayerDirectory['identify'] {
  const owners = new Map<string, PlayerFile[]>();
  for (const file of files)
    for (const written of [file.name, ...file.aliases]) {
      const list = owners.get(nameKey(written));
      if (!list) owners.set(nameKey(written), [file]);
      else if (!list.includes(file)) list.push(file);
    }
  return (written, team) => {
    const owner = owners.get(nameKey(written))?.find((p) => p.teams.length === 0 || p.teams.includes(team));
    return owner ? { id: `file:${owner.slug}`, name: owner.name, slug: owner.slug } : { id: nameKey(written) };
  };
}

/** A directory without files: every name is its own player. */
export const NO_PLAYER_FILES: PlayerDirectory = { players: [], diagnostics: [], identify: (written) => ({ id: nameKey(written) }) };

/**
 * Page slugs for players: a file's slug is its own; a name without a file gets its slugified name, and when two
 * names slugify alike (`José Díaz`, `Jose Diaz`) or a file holds the slug, `-2`, `-3`… in name order.
 */
export function assignPlayerSlugs(players: readonly { id: string; name: string; slug?: string }[]): Map<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const p of players) {
    if (!p.slug) continue;
    slugs.set(p.id, p.slug);
    taken.add(p.slug);
  }
  const rest = players.filter((p) => !p.slug).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const p of rest) {
    const base = slugFor(p.name) || 'player';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(p.id, slug);
  }
  return slugs;
}
