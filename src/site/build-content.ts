/**
 * The content of the build (or dev server) running in this process, read once. Three parts of a build need it: the
 * build script validates it before Astro starts, the card integration lists the cards as Astro starts, and the
 * content loader fills Astro's store. They are separate module instances (Vite loads Astro's config and the content
 * config apart from the script), so the one read is handed over on `globalThis` (held-content.ts): whichever asks
 * first reads, the others take that result, and the end of the build lets it go. Nothing is re-read or hashed to decide this; a new
 * read happens only for other folders or options, or after `releaseContent()`. In `astro dev` the content loader
 * replaces it after each change it has re-read (`holdContent`), so the dev card endpoint sees what the pages see.
 */
import path from 'node:path';
import { held, hold } from './held-content.ts';
import { loadContent, type ContentDirs, type LoadOptions, type SiteContent } from './load.ts';

function keyOf(dirs: ContentDirs, options: LoadOptions): string {
  const root = path.resolve(options.displayRoot ?? process.cwd());
  return JSON.stringify([path.resolve(dirs.recaps), path.resolve(dirs.teams), options.includeDrafts, root, options.defaultLang ?? null]);
}

/** The content of this build: read now if no step of the build has read it yet, else the same result. */
export function siteContent(dirs: ContentDirs, options: LoadOptions): Promise<SiteContent> {
  const key = keyOf(dirs, options);
  const earlier = held();
  if (earlier?.key === key) return earlier.content;
  const content = loadContent(dirs, options);
  hold({ key, content });
  // A failed read is not kept: the next step reads again and reports the failure itself.
  content.catch(() => {
    if (held()?.content === content) hold(undefined);
  });
  return content;
}

/** Makes `content` this process's content for these folders and options (the dev loader, after a change). */
export function holdContent(dirs: ContentDirs, options: LoadOptions, content: SiteContent): void {
  hold({ key: keyOf(dirs, options), content: Promise.resolve(content) });
}

/** Lets the content go (the build is over), so its memory can be collected and a later build reads afresh. */
export function releaseContent(): void {
  hold(undefined);
}
