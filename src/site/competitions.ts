/**
 * Competition files, `content/competitions/<slug>.yml`: a competition's canonical name and aliases, whether it
 * is a league or a cup, and for leagues how the table is counted (points per result, tie-breakers in order,
 * point deductions). Read with the shared data-file reader, so problems are positioned like a team file's.
 */
import { z } from 'astro/zod';
import { sortDiagnostics, type Diagnostic, type FieldPath } from '../recap/diagnostics.ts';
import type { Recap, TeamLookup } from '../recap/model.ts';
import type { RecapSource } from '../recap/source.ts';
import { slugFor } from '../recap/slug.ts';
import {
  claimNames,
  fieldDiagnostic,
  nameKey,
  readDataFiles,
  readDataFolder,
  type DataFileKind,
  type DataSourceFile,
} from './data-file.ts';

/** Tie-breakers a league table can apply, in the order a file lists them. */
export const TIE_BREAKERS = ['points', 'goalDifference', 'goalsScored', 'goalsConceded', 'wins', 'name'] as const;
/** One tie-breaker. */
export type TieBreaker = (typeof TIE_BREAKERS)[number];
/** The default order: points, goal difference, goals scored, name. */
export const DEFAULT_TIE_BREAKERS: readonly TieBreaker[] = ['points', 'goalDifference', 'goalsScored', 'name'];

const points = z.number({ error: 'a whole number' }).int({ error: 'a whole number' }).min(0, { error: 'a whole number from 0' }).max(10, {
  error: 'a whole number up to 10',
});
const name = z.string({ error: 'text' }).trim().min(1, { error: 'a non-empty name' });
/** A season as written: `2024`, `"2023-24"`; a bare number is read as text. */
const season = z.union([z.string().trim().min(1), z.number().int()], { error: 'a season like "2024" or "2023-24"' }).transform(String);

const deductionSchema = z.strictObject({
  /** The team, by canonical name or alias. */
  team: name,
  /** The season the points are taken from. */
  season,
  /** Points taken off, a whole number from 1. */
  points: z.number({ error: 'a whole number from 1' }).int({ error: 'a whole number from 1' }).min(1, { error: 'a whole number from 1' }),
  /** Why, shown under the table. */
  reason: name,
});

/** The fields of a competition file. */
export const competitionFileSchema = z.strictObject({
  /** The name pages show. */
  name,
  /** Other names recaps may write for the competition. */
  aliases: z.array(name, { error: 'a list of names' }).default([]),
  /** `league` (tables) or `cup`. */
  format: z.enum(['league', 'cup'], { error: '`league` or `cup`' }).default('cup'),
  /** Points for a win, a draw and a loss (default 3, 1, 0). */
  points: z
    .strictObject({ win: points.default(3), draw: points.default(1), loss: points.default(0) })
    .default({ win: 3, draw: 1, loss: 0 }),
  /** Tie-breakers in order; a list without `name` still ends with it, so every order is complete. */
  tieBreakers: z
    .array(z.enum(TIE_BREAKERS, { error: `one of ${TIE_BREAKERS.join(', ')}` }), { error: 'a list of tie-breakers' })
    .min(1, { error: 'at least one tie-breaker' })
    .default([...DEFAULT_TIE_BREAKERS]),
  /** Points taken off teams, shown under the table. */
  deductions: z.array(deductionSchema, { error: 'a list of deductions' }).default([]),
});

/** A point deduction, its team resolved to a team page. */
export interface Deduction {
  /** The team's slug (its hub page). */
  readonly team: string;
  /** The team as written in the file. */
  readonly teamName: string;
  readonly season: string;
  readonly points: number;
  readonly reason: string;
}

/** One valid competition file. */
export interface CompetitionFile {
  /** File path as shown in messages. */
  readonly file: string;
  readonly slug: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly format: 'league' | 'cup';
  readonly points: { readonly win: number; readonly draw: number; readonly loss: number };
  readonly tieBreakers: readonly TieBreaker[];
  readonly deductions: readonly Deduction[];
}

/** Finds the competition file a recap's competition name refers to (canonical name or alias). */
export type CompetitionLookup = (name: string) => CompetitionFile | undefined;

/** Every valid competition file, the problems found, and the lookup recaps resolve names with. */
export interface CompetitionDirectory {
  readonly competitions: readonly CompetitionFile[];
  readonly diagnostics: readonly Diagnostic[];
  readonly lookup: CompetitionLookup;
  /**
   * Warnings for deductions whose team plays no match of that competition and season in these recaps (competition
   * names already resolved): a likely misspelling, or the wrong season. Drafts do not count.
   */
  readonly deductionWarnings: (recaps: readonly Pick<Recap, 'draft' | 'match'>[]) => Diagnostic[];
}

const FIELDS: Record<string, readonly string[]> = {
  '': Object.keys(competitionFileSchema.shape),
  points: ['win', 'draw', 'loss'],
  deductions: Object.keys(deductionSchema.shape),
};

const DEDUCTION_WORDS: Record<string, string> = {
  team: 'the team the points are taken from',
  season: 'the season they are taken from, like "2024"',
  points: 'the number of points taken off',
  reason: 'the reason, shown under the table',
};

/** The competition file as the shared data-file reader sees it. */
export const COMPETITION_FILE: DataFileKind<typeof competitionFileSchema> = {
  label: 'competition file',
  schema: competitionFileSchema,
  url: (slug) => `/competitions/${slug}/`,
  empty: 'found no fields, expected `name:` and optionally `aliases:`, `format:`, `points:`, `tieBreakers:`, `deductions:`',
  fieldsAt: (at) => FIELDS[String(at.find((p) => typeof p === 'string') ?? '')] ?? [],
  words: (at: FieldPath, code, input) => {
    const last = at[at.length - 1];
    if (code === 'invalid_type' && input === undefined) {
      if (last === 'name') return { expected: "the competition's name", hint: 'add it: `name: Liga Meridional`' };
      const deduction = DEDUCTION_WORDS[String(last)];
      if (at[0] === 'deductions' && deduction)
        return {
          expected: deduction,
          hint: 'a deduction is `{ team: Sierra Azul, season: "2024", points: 3, reason: Fielded an ineligible player }`',
        };
    }
    if (last === 'format')
      return { hint: 'write `format: league` for a table, `format: cup` for a cup (see "Players, tables and round-ups" in README.md)' };
    if (last === 'tieBreakers' || at[0] === 'tieBreakers')
      return { hint: `tie-breakers apply in the order listed; the default is ${DEFAULT_TIE_BREAKERS.join(', ')}` };
    if (last === 'aliases') return { hint: 'write the aliases as a list: `aliases: [La Meridional]`' };
    return {};
  },
};

/** Reads and validates every competition file in `dir`. */
export async function loadCompetitions(
  dir: string,
  options: { displayRoot?: string; teams?: TeamLookup } = {},
): Promise<CompetitionDirectory> {
  return checkCompetitions(await readDataFolder(dir), options);
}

/** Validates competition files in memory: each file, then one owner per name and alias, and no deduction listed twice. */
export function checkCompetitions(
  files: readonly DataSourceFile[],
  options: { displayRoot?: string; teams?: TeamLookup } = {},
): CompetitionDirectory {
  const { read, diagnostics } = readDataFiles(files, COMPETITION_FILE, options.displayRoot);
  const entries = read.flatMap(({ data, file, slug, source }) => {
    const seen = new Map<string, number>();
    const problems: Diagnostic[] = [];
    const deductions = data.deductions.map((d, i): Deduction => {
      const team = options.teams?.(d.team)?.slug ?? slugFor(d.team);
      const key = `${team}|${d.season}`;
      const first = seen.get(key);
      if (first !== undefined)
        problems.push(
          fieldDiagnostic(source, ['deductions', i], {
            rule: 'deduction-repeated',
            message: `found a second deduction for ${d.team} in ${d.season} (the first is deductions[${first}]), expected one per team and season`,
            hint: 'add the points up into one deduction and give both reasons',
          }),
        );
      else seen.set(key, i);
      return { team, teamName: d.team, season: d.season, points: d.points, reason: d.reason };
    });
    diagnostics.push(...problems);
    if (problems.length > 0) return [];
    const tieBreakers = data.tieBreakers.includes('name') ? data.tieBreakers : [...data.tieBreakers, 'name' as const];
    const value: CompetitionFile = {
      file,
      slug,
      name: data.name,
      aliases: data.aliases.filter((a) => nameKey(a) !== nameKey(data.name)),
      format: data.format,
      points: data.points,
      tieBreakers: [...new Set(tieBreakers)],
      deductions,
    };
    return [{ value, source }];
  });
  const claimed = claimNames(entries, { noun: 'competition', rule: 'competition' });
  diagnostics.push(...claimed.diagnostics);
  const sources = new Map<CompetitionFile, RecapSource>(entries.map((e) => [e.value, e.source]));
  const deductionWarnings = (recaps: readonly Pick<Recap, 'draft' | 'match'>[]): Diagnostic[] => {
    const played = new Set<string>();
    for (const { draft, match } of recaps)
      if (!draft) for (const team of [match.home, match.away]) played.add(`${match.competitionSlug}|${match.season ?? ''}|${team.slug}`);
    return claimed.kept.flatMap((competition) =>
      competition.deductions.flatMap((d, i) => {
        const source = sources.get(competition);
        if (!source || played.has(`${competition.slug}|${d.season}|${d.team}`)) return [];
        return [
          fieldDiagnostic(source, ['deductions', i, 'team'], {
            rule: 'deduction-team-absent',
            message: `found ${JSON.stringify(d.teamName)}, which plays no match of ${competition.name} in ${d.season} in the recaps; expected a team of that season`,
            hint: 'check the team name and the season against the recaps (names and aliases from content/teams/ count)',
            severity: 'warning',
          }),
        ];
      }),
    );
  };
  return {
    competitions: claimed.kept,
    diagnostics: sortDiagnostics(diagnostics),
    lookup: (written) => claimed.byKey.get(nameKey(written)),
    deductionWarnings,
  };
}
