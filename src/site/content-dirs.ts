/**
 * Where the two kinds of content live in a content folder. A module of its own, with nothing of the reader: the dev
 * read ahead (src/dev/read-ahead.ts) names the folders on Astro's thread as it starts, where loading the reader would
 * cost ~0.2 s. src/site/load.ts re-exports both.
 */
import path from 'node:path';

/** The recap and team folders of a content folder. */
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
