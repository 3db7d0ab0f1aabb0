/**
 * The Astro content loader for recaps: an adapter over the one content reader (`src/site/load.ts`), so the build,
 * the tests and `npm run check` validate with the same code and report the same messages. A build takes the content
 * its first step read (src/site/build-content.ts); `astro dev` re-reads only the file that changed and re-runs the
 * rules across files over the rest, held in memory.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { cacheFolder } from '../config.ts';
import { contentFrom, readRecapFolder, type ContentDirs, type SiteContent } from '../site/load.ts';
import { holdContent, siteContent } from '../site/build-content.ts';
import { loadStatFiles, statDirs } from '../site/stat-files.ts';
import { loadTeams, type TeamDirectory } from '../site/teams.ts';
import type { ReadReuse, RecapFile } from '../recap/collection.ts';
import type { Recap } from '../recap/model.ts';
import { ContentError } from '../recap/diagnostics.ts';
import { setContentErrors } from '../dev/content-status.ts';
import { frontmatterSchema } from '../recap/schema.ts';
import { assetImportsOf, isImageFile, keepAssetImports, settled } from './recap-media.ts';
import { renderRecapBody } from '../markdown/render.ts';
import { NO_CONTENT, serveContent } from '../dev/live-content.ts';
import { readAhead, readAheadJob } from '../dev/read-ahead.ts';

/** Options of the recap loader. */
export interface RecapLoaderOptions {
  /** Folder of recap Markdown files (absolute). */
  readonly dir: string;
  /** Keep drafts: true in `astro dev`, false in builds. */
  readonly includeDrafts: boolean;
  /** Folder of team YAML files (content/teams/); recaps resolve team names against them. */
  readonly teamsDir: string;
}

/**
 * Loads every recap into the content layer, storing again only entries whose content changed. A build stores each
 * body rendered; `astro dev` stores the Markdown and renders a body when a page asks for it (src/lib/content.ts).
 */
export function recapLoader(options: RecapLoaderOptions): Loader {
  return {
    name: 'fulltime-recaps',
    // Astro turns this schema into .astro/collections/recaps.schema.json, which the Astro VS Code extension uses to
    // complete and check recap frontmatter while typing (`experimental.contentIntellisense`). Entries hold the
    // normalised recap, not the frontmatter, so their type is given separately; the loader validates by itself.
    createSchema: async () => ({
      schema: frontmatterSchema,
      types: "import type { Recap } from '../../src/recap/model.ts';\nexport type Entry = Omit<Recap, 'body'>;\n",
    }),
    load: async (context) => {
      const watcher = context.watcher;
      const dirs = { recaps: options.dir, teams: options.teamsDir };
      const displayRoot = fileURLToPath(context.config.root);
      const readOptions = { includeDrafts: options.includeDrafts, displayRoot };
      // Unchanged recap files come from the read cache of earlier runs, in builds and dev alike (src/recap/read-cache.ts).
      const readCache = cacheFolder('reads');
      // A build stops on bad content; the dev server keeps running and shows the errors in the browser overlay.
      if (!watcher) return store(context, await siteContent(dirs, { ...readOptions, readCacheDir: readCache }), 'build');
      const dev = new DevContent(dirs, readOptions, readCache);
      // Pages of `astro dev` read the content served from here, never the store (src/dev/live-content.ts).
      serveContent(NO_CONTENT);
      // A worker began this read while Astro started (src/dev/read-ahead.ts): its valid reads are in the read cache.
      await readAhead(readAheadJob(dirs, displayRoot));
      await devSync(context, () => dev.read());
      watcher.add(options.dir);
      watcher.add(options.teamsDir);
      // Competition and player files (beside the recaps) rename competitions and add diagnostics: re-checked like team files.
      const statFolders = Object.values(statDirs(options.dir));
      for (const dir of statFolders) watcher.add(dir);
      const inFolder = (file: string) =>
        (file.startsWith(options.dir + path.sep) && file.endsWith('.md')) ||
        ([options.teamsDir, ...statFolders].some((dir) => file.startsWith(dir + path.sep)) && /\.ya?ml$/.test(file));
      // One sync at a time, in the order of the changes, so a slow older sync never overwrites a newer result.
      let queue = Promise.resolve();
      const onChange = (file: string) => {
        // A photo beside the recaps changed: read again, so its new hash re-renders the recaps that show it.
        if (file.startsWith(options.dir + path.sep) && isImageFile(file)) {
          queue = queue
            .then(() => settled(file))
            .then(() => devSync(context, () => dev.photoChanged()))
            .catch((error: unknown) => context.logger.error(String(error)));
          return;
        }
        if (!inFolder(file)) return;
        queue = queue.then(() => devSync(context, () => dev.changed(file))).catch((error: unknown) => context.logger.error(String(error)));
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}

/**
 * The content as `astro dev` holds it: every recap file's bytes, the team files read, and each file's read result,
 * so a change re-reads and re-validates one file, then re-runs the rules across files over what is held.
 */
export class DevContent {
  private files = new Map<string, RecapFile>();
  private teams: TeamDirectory | undefined;
  private readonly reuse: ReadReuse = new Map();
  private readonly dirs: ContentDirs;
  private readonly options: { readonly includeDrafts: boolean; readonly displayRoot: string };

  private readonly readCacheDir: string | undefined;

  /** `readCacheDir`: the read cache the first read takes unchanged files from (later ones re-read only what changed). */
  constructor(dirs: ContentDirs, options: { readonly includeDrafts: boolean; readonly displayRoot: string }, readCacheDir?: string) {
    this.dirs = dirs;
    this.options = options;
    this.readCacheDir = readCacheDir;
  }

  /** Reads everything (the first sync). */
  async read(): Promise<SiteContent> {
    const [teams, files] = await Promise.all([loadTeams(this.dirs.teams, this.options), readRecapFolder(this.dirs.recaps)]);
    this.teams = teams;
    this.files = new Map(files.map((f) => [f.path, f]));
    return this.check(this.readCacheDir);
  }

  /**
   * A photo beside the recaps changed: the checks run again over the recaps held. Photos are checked on every check
   * (src/recap/body/check.ts, each file's decode kept by size and time), after the per-file read results, which hold
   * no photo: the new hash reaches the recaps that show it without reading or parsing any recap again.
   */
  async photoChanged(): Promise<SiteContent> {
    if (!this.teams) return this.read();
    return this.check();
  }

  /** Takes in one changed, added or deleted file. */
  async changed(file: string): Promise<SiteContent> {
    if (!this.teams) return this.read();
    if (file.startsWith(this.dirs.recaps + path.sep)) {
      const content = await readFile(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      if (content === undefined || path.basename(file).startsWith('_') || path.basename(file).startsWith('.')) this.files.delete(file);
      else this.files.set(file, { path: file, content });
    } else {
      // Team files change what every recap resolves to: they are few, and every recap is validated again.
      this.teams = await loadTeams(this.dirs.teams, this.options);
      this.reuse.clear();
    }
    return this.check();
  }

  private async check(readCacheDir?: string): Promise<SiteContent> {
    const files = [...this.files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const teams = this.teams ?? (await loadTeams(this.dirs.teams, this.options));
    // The competition and player folders are small: read again on every check, so their changes and errors show.
    const stats = await loadStatFiles(this.dirs.recaps, teams.lookup, this.options.displayRoot);
    const content = await contentFrom(files, teams, { ...this.options, reuse: this.reuse, readCacheDir }, stats);
    holdContent(this.dirs, this.options, content);
    return content;
  }
}

/** A sync in `astro dev`: errors go to the terminal and to the dev overlay (src/dev/), never up to Astro. */
async function devSync(context: LoaderContext, read: () => Promise<SiteContent>): Promise<void> {
  try {
    await store(context, await read(), 'dev');
    setContentErrors([]);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    context.logger.error(error.message);
    setContentErrors(error.diagnostics);
  }
}

/**
 * Puts valid content in Astro's store, storing only entries whose content changed; errors throw. A build renders
 * each changed body here, once (Astro keeps the HTML in its store for the next build). `astro dev` serves pages the
 * recaps and bodies from the loader's memory instead (src/dev/live-content.ts, read by src/lib/content.ts, the one
 * reader of the store) and renders a body when its page asks for it, so a first start renders no body before it
 * serves a page, and an edit renders only the body of the page that shows it. Its store entries keep only what Astro
 * itself uses (id, file, digest, images): Astro serialises the whole store after every change and the first page
 * loads all of it, which cost a second at 1,000 recaps with the recaps in it.
 */
async function store(context: LoaderContext, collection: SiteContent, mode: 'build' | 'dev'): Promise<void> {
  // Paths are relative to the project root (Astro's convention for filePath), whatever the working directory.
  const root = fileURLToPath(context.config.root);
  const errors = collection.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
  const seen = new Set<string>();
  const live = { recaps: [] as Omit<Recap, 'body'>[], bodies: new Map<string, string>(), digests: new Map<string, string>() };
  for (const recap of collection.recaps) {
    seen.add(recap.slug);
    // The Markdown source is not stored: pages use the rendered HTML and the data, and Astro's data store is inlined
    // into the build's bundle and held in memory, so each stored byte costs three times (store, bundle, heap).
    const { body, ...data } = recap;
    // The mode is part of the digest: an entry a build stored holds the recap and its HTML, one `astro dev` stored neither.
    const hash = context.generateDigest(JSON.stringify(recap));
    const digest = mode === 'dev' ? `${hash}-live` : hash;
    if (mode === 'dev') {
      live.recaps.push(data);
      live.bodies.set(recap.slug, body);
      live.digests.set(recap.slug, digest);
    }
    const existing = context.store.get(recap.slug);
    if (existing?.digest === digest) {
      keepAssetImports(context.store, existing);
      continue;
    }
    // Photos and videos: src/loaders/recap-media.ts (the digest covers each image's hash, so a new photo re-renders).
    const entry = { id: recap.slug, data, filePath: recap.file, digest, assetImports: assetImportsOf(recap) };
    if (mode === 'dev') context.store.set({ ...entry, data: {} });
    else context.store.set({ ...entry, rendered: { html: await renderRecapBody(recap, root) } });
  }
  for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
  if (mode === 'dev') serveContent(live);
}
