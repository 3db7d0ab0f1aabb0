/**
 * Builds the Pagefind search index for a built site folder with Pagefind's Node API. Only pages with
 * a `data-pagefind-body` element are indexed (the recap pages); inline SVG (badges, icons, the
 * timeline) is left out because its text repeats what the page already says in words. Only the files
 * the search page uses are written: the index, its fragments and the runtime (no bundled UI).
 *
 * Pagefind's Node API talks to its Rust binary over a pipe and never settles a pending call when the
 * binary dies without an error on the pipe, which would leave the build hanging. So the build runs the
 * indexing in a child process (search-index-child.ts) and treats any exit but a clean one as failure.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** What indexing produced. */
export interface SearchIndexSummary {
  readonly pages: number;
  readonly files: number;
}

/** Pagefind output the search page does not load: its ready-made UIs and the playground. */
const UNUSED = /^(pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)|playground\/)/;

/** Pages in the index, from Pagefind's entry file (addDirectory's count includes pages without data-pagefind-body). */
function indexedPages(files: readonly { path: string; content: Uint8Array }[]): number {
  const entry = files.find((file) => file.path === 'pagefind-entry.json');
  if (!entry) return 0;
  const { languages } = JSON.parse(Buffer.from(entry.content).toString('utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Indexes `siteDir` in this process and writes `<siteDir>/pagefind/`; throws with Pagefind's own messages on failure. */
export async function indexSite(siteDir: string): Promise<SearchIndexSummary> {
  try {
    const created = await pagefind.createIndex({ excludeSelectors: ['svg'] });
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
    const { index } = created;
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const { files, errors } = await index.getFiles();
    if (errors.length > 0) throw new Error(`Pagefind could not build the index: ${errors.join('; ')}`);
    const outDir = path.join(siteDir, 'pagefind');
    const kept = files.filter((file) => !UNUSED.test(file.path.replace(/\\/g, '/')));
    for (const file of kept) {
      const target = path.join(outDir, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
    return { pages: indexedPages(files), files: kept.length };
  } finally {
    await pagefind.close();
  }
}

const child = fileURLToPath(new URL('./search-index-child.ts', import.meta.url));

/** Indexes `siteDir` in a child process (see above); rejects with Pagefind's output when it does not finish cleanly. */
export function buildSearchIndex(siteDir: string): Promise<SearchIndexSummary> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [child, siteDir], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const summary = /^SUMMARY (.*)$/m.exec(stdout)?.[1];
      if (!error && summary) return resolve(JSON.parse(summary) as SearchIndexSummary);
      const why = error?.code === 13 ? 'Pagefind stopped answering (its binary exited)' : `exit code ${String(error?.code ?? 0)}`;
      const output = `${stderr}${stdout}`.trim().split('\n').slice(-15).join('\n');
      reject(new Error(`Building the search index failed: ${why}.${output ? `\n${output}` : ''}`));
    });
  });
}
