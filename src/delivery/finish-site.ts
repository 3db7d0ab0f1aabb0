/**
 * The steps after `astro build`, run on the temporary output folder before it is swapped into place:
 * build the search index, check every page against the Content-Security-Policy, and write `_headers`
 * (last, so its cache rules cover the search index too). Any failure throws, and the caller discards
 * the folder, so a failed step never reaches dist/.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSearchIndex } from './search-index.ts';
import { auditHtml, formatFindings, type AuditFinding } from './html-audit.ts';
import { allowedScriptHashes } from './csp.ts';
import { renderHeaders } from './headers.ts';
import { site } from '../config.ts';
import { searchStoreDir, type EarlySearch } from './search-early.ts';
import { auditMemo, cachedSearchIndex, hashFiles, listFiles, mapLimit, type HashedFile } from './finish-cache.ts';

/** What the finishing steps did. */
export interface FinishSummary {
  readonly searchPages: number;
  readonly htmlPages: number;
  readonly files: number;
}

/** Audits every HTML file of a built site; returns the findings (empty when the policy holds). */
export async function auditSite(siteDir: string, base: string, files?: readonly string[]): Promise<AuditFinding[]> {
  const hashes = allowedScriptHashes({ base });
  const pages = (files ?? (await listFiles(siteDir))).filter((f) => f.endsWith('.html'));
  // A few files at a time: all pages at once would sit in memory together.
  const findings = await mapLimit(pages, 32, async (f) => auditHtml(await readFile(path.join(siteDir, f), 'utf8'), f, hashes));
  return findings.flat();
}

/** A step still writing files into one folder of the site while the finishing steps run (the cards). */
export interface StepAlongside {
  /** The site folder it writes into, relative (`og`); it writes no HTML page. */
  readonly folder: string;
  /** Settles when it has finished writing; rejects when it failed. */
  readonly done: Promise<void>;
}

/** Lists `folder` of the site (relative paths from the site), or nothing when it does not exist. */
async function listFolder(siteDir: string, folder: string): Promise<string[]> {
  const files = await listFiles(path.join(siteDir, folder)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return files.map((f) => `${folder}/${f}`);
}

/**
 * Runs the finishing steps on `siteDir` (a site built for `base`). With `alongside`, another step is still writing
 * files (no pages) into one folder: the pages are indexed and audited meanwhile, and that folder is listed for
 * `_headers` once the step is done. Its failure fails the finishing steps, after both have settled. `hashedAhead` holds
 * pages hashed before (finish-cache.ts, `hashPagesAhead`): a page with the same size and time is not read again. `early`
 * is Pagefind reading the last index's pages ahead (search-early.ts), released here whatever happens.
 */
export async function finishSite(
  siteDir: string,
  base: string,
  alongside?: StepAlongside,
  hashedAhead?: ReadonlyMap<string, HashedFile>,
  early?: EarlySearch,
): Promise<FinishSummary> {
  // Unchanged pages skip both steps: the index is reused, and pages that passed the audit before are not parsed again.
  // Astro's output, listed once: the search index's files are added to it below instead of listing the whole site again.
  const later = alongside ? `${alongside.folder}/` : undefined;
  const built = (await listFiles(siteDir)).filter((f) => !f.startsWith('pagefind/') && !(later && f.startsWith(later)));
  const pages = built.filter((f) => f.endsWith('.html'));
  const pageHashes = await hashFiles(siteDir, pages, hashedAhead);
  const memo = await auditMemo(allowedScriptHashes({ base }));
  const partPages = site.searchPartPages;
  // Pagefind indexes in processes of its own while this one audits the pages: the two use two cores, not one after the
  // other. Pagefind's input folder is made on this thread too, and Pagefind waits for it, so the audit starts once it is
  // made (or the index needs none): sharing the thread, the two took 2.8-3.0 s before Pagefind could start at 1,000
  // recaps, the folder alone 1.2-1.4 s. Both settle before any failure is reported, so nothing still writes into the
  // folder the caller then removes.
  const inputMade = Promise.withResolvers<void>();
  const [indexed, audited, beside] = await Promise.allSettled([
    cachedSearchIndex(
      siteDir,
      pageHashes,
      (outDir, previousIndex) =>
        buildSearchIndex(
          siteDir,
          { pageHashes, storeDir: searchStoreDir(), partPages, previousIndex, early, inputMade: inputMade.resolve },
          outDir,
        ),
      { partPages },
    ).finally(() => {
      inputMade.resolve();
      return early?.release();
    }),
    inputMade.promise.then(() =>
      auditSite(
        siteDir,
        base,
        pages.filter((f) => !memo.passed(pageHashes.get(f) ?? '')),
      ),
    ),
    alongside?.done,
  ]);
  if (beside.status === 'rejected') throw beside.reason;
  if (indexed.status === 'rejected') throw indexed.reason;
  if (audited.status === 'rejected') throw audited.reason;
  const [search, findings] = [indexed.value, audited.value];
  const written = alongside ? await listFolder(siteDir, alongside.folder) : [];
  const index = (await listFiles(path.join(siteDir, 'pagefind'))).map((f) => `pagefind/${f}`);
  const files = [...built, ...written, ...index].sort().filter((f) => f !== '_headers' && f !== '_redirects');
  if (findings.length === 0) await memo.save(pageHashes.values());
  if (findings.length > 0) {
    throw new Error(
      `The built pages break the Content-Security-Policy (src/delivery/csp.ts):\n${formatFindings(findings)}\n` +
        'Styles belong in stylesheets (a <style> block in an .astro component is bundled into one), scripts in <script> tags Astro bundles;\n' +
        'raw HTML in a recap must not carry style="" or on...="" attributes.',
    );
  }
  await writeFile(path.join(siteDir, '_headers'), renderHeaders(files, base));
  return { searchPages: search.pages, htmlPages: files.filter((f) => f.endsWith('.html')).length, files: files.length };
}
