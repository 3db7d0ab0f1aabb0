/**
 * The content loader for competition and player files (content/competitions/, content/players/): an adapter over
 * the one content reader. A build takes what its first step read (src/site/build-content.ts, the same read as the
 * recap loader); `astro dev` reads the two small folders again when one of their files changes. Problems are the
 * recap loader's to report: it stops the build or fills the dev overlay with every diagnostic of the same read.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { siteContent } from '../site/build-content.ts';
import { loadStatFiles, statDirs } from '../site/stat-files.ts';
import { loadTeams } from '../site/teams.ts';

/** Id of the one entry of the competition and player collections (see `store`). */
export const STAT_FILES_ENTRY = 'all';

/** Options: the same folders and draft setting as the recap loader, so a build shares its read. */
export interface StatFilesLoaderOptions {
  readonly kind: 'competitions' | 'players';
  /** Folder of recap Markdown files (the two folders are its siblings). */
  readonly dir: string;
  readonly teamsDir: string;
  readonly includeDrafts: boolean;
}

/** Loads one kind of file into its collection: one entry per valid file, the file's data as the entry. */
export function statFilesLoader(options: StatFilesLoaderOptions): Loader {
  return {
    name: `fulltime-${options.kind}`,
    load: async (context) => {
      const displayRoot = fileURLToPath(context.config.root);
      if (!context.watcher) {
        const content = await siteContent(
          { recaps: options.dir, teams: options.teamsDir },
          { includeDrafts: options.includeDrafts, displayRoot },
        );
        return store(context, options.kind === 'competitions' ? content.competitions : content.players);
      }
      const sync = async () => {
        const teams = await loadTeams(options.teamsDir, { displayRoot });
        const files = await loadStatFiles(options.dir, teams.lookup, displayRoot);
        store(context, options.kind === 'competitions' ? files.competitions.competitions : files.players.players);
      };
      await sync();
      const dirs = [statDirs(options.dir)[options.kind], options.teamsDir];
      for (const dir of dirs) context.watcher.add(dir);
      const onChange = (file: string) => {
        if (dirs.some((dir) => file.startsWith(dir + path.sep)) && /\.ya?ml$/.test(file))
          sync().catch((error: unknown) => context.logger.error(String(error)));
      };
      context.watcher.on('change', onChange);
      context.watcher.on('add', onChange);
      context.watcher.on('unlink', onChange);
    },
  };
}

/**
 * The collection holds one entry, `all`, whose data is the list of files: a site without competition or player files
 * then has an empty list rather than an empty collection, which Astro warns about on every `getCollection()` call.
 */
function store(context: LoaderContext, files: readonly { slug: string }[]): void {
  const data = { files: JSON.parse(JSON.stringify(files)) as unknown[] };
  const digest = context.generateDigest(JSON.stringify(data));
  if (context.store.get(STAT_FILES_ENTRY)?.digest !== digest) context.store.set({ id: STAT_FILES_ENTRY, data, digest });
  for (const id of context.store.keys()) if (id !== STAT_FILES_ENTRY) context.store.delete(id);
}
