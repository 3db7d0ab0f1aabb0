/**
 * The Astro content loader for recaps: an adapter over `src/recap/collection.ts`, so the build, the tests
 * and `npm run check` validate with the same code and report the same messages.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadContent } from '../site/load.ts';
import { ContentError } from '../recap/diagnostics.ts';
import { setContentErrors } from '../dev/content-status.ts';
import { frontmatterSchema } from '../recap/schema.ts';

/** Options of the recap loader. */
export interface RecapLoaderOptions {
  /** Folder of recap Markdown files (absolute). */
  readonly dir: string;
  /** Keep drafts: true in `astro dev`, false in builds. */
  readonly includeDrafts: boolean;
  /** Folder of team YAML files (content/teams/); recaps resolve team names against them. */
  readonly teamsDir: string;
}

/** Loads every recap into the content layer, re-rendering only entries whose content changed. */
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
      // A build stops on bad content; the dev server keeps running and shows the errors in the browser overlay.
      if (!watcher) return sync(context, options);
      await devSync(context, options);
      watcher.add(options.dir);
      watcher.add(options.teamsDir);
      const inFolder = (file: string) =>
        (file.startsWith(options.dir + path.sep) && file.endsWith('.md')) ||
        (file.startsWith(options.teamsDir + path.sep) && /\.ya?ml$/.test(file));
      // One sync at a time, in the order of the changes, so a slow older sync never overwrites a newer result.
      let queue = Promise.resolve();
      const onChange = (file: string) => {
        if (!inFolder(file)) return;
        queue = queue.then(() => devSync(context, options)).catch((error: unknown) => context.logger.error(String(error)));
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}

/** A sync in `astro dev`: errors go to the terminal and to the dev overlay (src/dev/), never up to Astro. */
async function devSync(context: LoaderContext, options: RecapLoaderOptions): Promise<void> {
  try {
    await sync(context, options);
    setContentErrors([]);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    context.logger.error(error.message);
    setContentErrors(error.diagnostics);
  }
}

async function sync(context: LoaderContext, options: RecapLoaderOptions): Promise<void> {
  // Paths are relative to the project root (Astro's convention for filePath), whatever the working directory.
  const root = fileURLToPath(context.config.root);
  const collection = await loadContent(
    { recaps: options.dir, teams: options.teamsDir },
    { includeDrafts: options.includeDrafts, displayRoot: root },
  );
  const errors = collection.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
  const seen = new Set<string>();
  for (const recap of collection.recaps) {
    seen.add(recap.slug);
    const { body, ...data } = recap;
    const digest = context.generateDigest(JSON.stringify(recap));
    if (context.store.get(recap.slug)?.digest === digest) continue;
    const filePath = path.resolve(root, recap.file);
    const rendered = await context.renderMarkdown(body, { fileURL: pathToFileURL(filePath) });
    context.store.set({ id: recap.slug, data, body, filePath: recap.file, digest, rendered });
  }
  for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
}
