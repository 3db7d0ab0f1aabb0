/** Loads a content folder the way every build reads it: team files first, then recaps resolved against them. */
import { site } from '../config.ts';
import type { ContentDirs } from './content-dirs.ts';
import { readFile } from 'node:fs/promises';
import { checkCollection, listRecapFiles, type Collection, type CollectionOptions, type RecapFile } from '../recap/collection.ts';
import { sortDiagnostics } from '../recap/diagnostics.ts';
import { openReadCache } from '../recap/read-cache.ts';
import { checkRecapMedia, withImages } from '../recap/body/check.ts';
import type { CompetitionFile } from './competitions.ts';
import type { PlayerFile } from './players.ts';
import { loadStatFiles, resolveCompetition, statFileDiagnostics, type StatFiles } from './stat-files.ts';
import { checkTeamIdentity } from './team-checks.ts';
import { loadTeams, type TeamDirectory, type TeamFile } from './teams.ts';

// Named beside the reader, in a module without it (src/site/content-dirs.ts).
export { contentDirs, type ContentDirs } from './content-dirs.ts';

/** Recaps and teams with every problem found in either. */
export interface SiteContent extends Collection {
  readonly teams: readonly TeamFile[];
  /** Competition files (content/competitions/, beside the recaps). */
  readonly competitions: readonly CompetitionFile[];
  /** Player files (content/players/, beside the recaps). */
  readonly players: readonly PlayerFile[];
}

/** Options of a read. */
export interface LoadOptions extends Omit<CollectionOptions, 'teams'> {
  /**
   * Keep every recap's parsed source in `sources` (`npm run check` positions its warnings with them). Otherwise they
   * are let go once the team checks are done: 1,000 recaps hold about 60 MB of YAML documents.
   */
  readonly keepSources?: boolean;
  /**
   * Folder of the read cache (src/recap/read-cache.ts, `readCacheDir`): unchanged recap files are taken from there
   * instead of parsed and validated again. Without it every file is read.
   */
  readonly readCacheDir?: string | undefined;
}

/**
 * The one reader of a content folder: reads each team and recap file once, validates them, then checks one page
 * per team; every problem is reported together, sorted by file. A build reads once and hands the result to the
 * content loader and the card step (src/site/build-content.ts).
 */
export async function loadContent(dirs: ContentDirs, options: LoadOptions): Promise<SiteContent> {
  const displayRoot = options.displayRoot ?? process.cwd();
  const [teams, files] = await Promise.all([loadTeams(dirs.teams, { displayRoot }), readRecapFolder(dirs.recaps)]);
  const stats = await loadStatFiles(dirs.recaps, teams.lookup, displayRoot);
  return contentFrom(files, teams, { ...options, displayRoot }, stats);
}

/** Reads every recap file of a folder into memory. */
export async function readRecapFolder(dir: string): Promise<RecapFile[]> {
  const paths = await listRecapFiles(dir);
  return Promise.all(paths.map(async (p) => ({ path: p, content: await readFile(p) })));
}

/**
 * Validates content already in memory: recap files (parsed again only where `options.reuse` does not hold them
 * unchanged; the dev loader re-reads only the file that changed), then the rules across files and team files.
 */
export async function contentFrom(
  recapFiles: readonly RecapFile[],
  teams: TeamDirectory,
  options: LoadOptions,
  stats?: StatFiles,
): Promise<SiteContent> {
  // Recaps without `lang` are in the site's language (src/config.ts); src/recap never reads the settings itself.
  const defaultLang = options.defaultLang ?? site.lang;
  const cache =
    options.readCacheDir === undefined ? undefined : await openReadCache(options.readCacheDir, { teams: teams.teams, defaultLang });
  const collection = checkCollection(recapFiles, { ...options, teams: teams.lookup, defaultLang, cache });
  await cache?.save();
  const identity = checkTeamIdentity(collection.recaps, teams.teams, collection.sources);
  // Raw HTML, link URLs and image files of every recap (src/recap/body/): positioned in the recap file.
  const media = await checkRecapMedia(collection.recaps, options.displayRoot ?? process.cwd(), collection.sources);
  const failed = new Set([...identity, ...media.diagnostics].map((d) => d.file));
  const recaps = collection.recaps
    .filter((r) => !failed.has(r.file))
    .map((r) => resolveCompetition(withImages(r, media.images.get(r.slug)), stats?.competitions.lookup));
  return {
    ...collection,
    recaps,
    teams: teams.teams,
    competitions: stats?.competitions.competitions ?? [],
    players: stats?.players.players ?? [],
    sources: options.keepSources ? collection.sources : new Map(),
    diagnostics: sortDiagnostics([
      ...teams.diagnostics,
      ...statFileDiagnostics(stats, recaps),
      ...collection.diagnostics,
      ...identity,
      ...media.diagnostics,
    ]),
  };
}
