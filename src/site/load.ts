/** Loads a content folder the way every build reads it: team files first, then recaps resolved against them. */
import path from 'node:path';
import { site } from '../config.ts';
import { loadCollection, type Collection, type CollectionOptions } from '../recap/collection.ts';
import { sortDiagnostics } from '../recap/diagnostics.ts';
import { checkRecapMedia, withImages } from '../recap/body/check.ts';
import { memoiseByContent } from './content-memo.ts';
import { checkTeamIdentity } from './team-checks.ts';
import { loadTeams, type TeamFile } from './teams.ts';

/** Recaps and teams with every problem found in either. */
export interface SiteContent extends Collection {
  readonly teams: readonly TeamFile[];
}

/** Where the two kinds of content live. */
export interface ContentDirs {
  /** Folder of recap Markdown files. */
  readonly recaps: string;
  /** Folder of team YAML files (may be missing). */
  readonly teams: string;
}

/** The recap and team folders of a content folder (`content/` → `content/recaps`, `content/teams`). */
export function contentDirs(contentDir: string): ContentDirs {
  return { recaps: path.join(contentDir, 'recaps'), teams: path.join(contentDir, 'teams') };
}

/**
 * Reads teams and recaps, then checks one page per team; every problem is reported together, sorted by file.
 * Within one process the result is reused while no file changed (see content-memo.ts: a build reads three times).
 */
export function loadContent(dirs: ContentDirs, options: Omit<CollectionOptions, 'teams'>): Promise<SiteContent> {
  const displayRoot = options.displayRoot ?? process.cwd();
  const key = JSON.stringify([dirs.recaps, dirs.teams, options.includeDrafts, displayRoot]);
  return memoiseByContent(key, [dirs.recaps, dirs.teams], () => readContent(dirs, { ...options, displayRoot }));
}

async function readContent(dirs: ContentDirs, options: Omit<CollectionOptions, 'teams'>): Promise<SiteContent> {
  const teams = await loadTeams(dirs.teams, options.displayRoot === undefined ? {} : { displayRoot: options.displayRoot });
  // Recaps without `lang` are in the site's language (src/config.ts); src/recap never reads the settings itself.
  const collection = await loadCollection(dirs.recaps, { ...options, teams: teams.lookup, defaultLang: options.defaultLang ?? site.lang });
  const identity = await checkTeamIdentity(collection.recaps, teams.teams, options.displayRoot);
  // Raw HTML, link URLs and image files of every recap (src/recap/body/): positioned in the recap file.
  const media = await checkRecapMedia(collection.recaps, options.displayRoot ?? process.cwd());
  const failed = new Set([...identity, ...media.diagnostics].map((d) => d.file));
  return {
    ...collection,
    recaps: collection.recaps.filter((r) => !failed.has(r.file)).map((r) => withImages(r, media.images.get(r.slug))),
    teams: teams.teams,
    diagnostics: sortDiagnostics([...teams.diagnostics, ...collection.diagnostics, ...identity, ...media.diagnostics]),
  };
}
