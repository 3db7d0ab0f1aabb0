/**
 * The competition and player folders, read beside the recaps: `content/competitions/` and `content/players/` are
 * siblings of `content/recaps/` (so every caller that knows the recap folder finds them, with no new setting).
 * Competition names and aliases are resolved here too: a recap naming a competition by an alias shows, groups and
 * links under the file's name and slug.
 */
import path from 'node:path';
import type { Diagnostic } from '../recap/diagnostics.ts';
import type { Recap, TeamLookup } from '../recap/model.ts';
import { loadCompetitions, type CompetitionDirectory, type CompetitionLookup } from './competitions.ts';
import { loadPlayers, type PlayerDirectory } from './players.ts';

/** The competition and player files of a content folder. */
export interface StatFiles {
  readonly competitions: CompetitionDirectory;
  readonly players: PlayerDirectory;
}

/** The competition and player folders beside a recap folder. */
export function statDirs(recapsDir: string): { competitions: string; players: string } {
  const root = path.dirname(path.resolve(recapsDir));
  return { competitions: path.join(root, 'competitions'), players: path.join(root, 'players') };
}

/** Reads both folders (team names in them resolve with `teams`). */
export async function loadStatFiles(recapsDir: string, teams: TeamLookup, displayRoot?: string): Promise<StatFiles> {
  const dirs = statDirs(recapsDir);
  const options = { teams, ...(displayRoot === undefined ? {} : { displayRoot }) };
  const [competitions, players] = await Promise.all([loadCompetitions(dirs.competitions, options), loadPlayers(dirs.players, options)]);
  return { competitions, players };
}

/** Every problem in the two folders, and warnings about deductions no recap bears out (`recaps` resolved). */
export function statFileDiagnostics(files: StatFiles | undefined, recaps: readonly Pick<Recap, 'draft' | 'match'>[] = []): Diagnostic[] {
  return files ? [...files.competitions.diagnostics, ...files.players.diagnostics, ...files.competitions.deductionWarnings(recaps)] : [];
}

/** The recap with its competition under the file's canonical name and slug, when a file names it. */
export function resolveCompetition<R extends Pick<Recap, 'match'>>(recap: R, lookup: CompetitionLookup | undefined): R {
  const file = lookup?.(recap.match.competition);
  if (!file || (file.name === recap.match.competition && file.slug === recap.match.competitionSlug)) return recap;
  return { ...recap, match: { ...recap.match, competition: file.name, competitionSlug: file.slug } };
}
