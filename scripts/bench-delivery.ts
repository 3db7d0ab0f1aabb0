/**
 * Figures for the steps after `astro build` (src/delivery/): builds a synthetic site of N recaps once,
 * then times the Pagefind index, the CSP audit of every page and the `_headers` file on copies of it,
 * and prints what a reader downloads for a recap page (HTML, CSS, JS, fonts) and for a search.
 * Figures, not a test.
 *
 * Usage: node scripts/bench-delivery.ts [--recaps 500] [--seed 1]
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateRecaps } from './bench/generate.ts';
import { listFiles } from '../src/delivery/finish-cache.ts';
import { auditSite } from '../src/delivery/finish-site.ts';
import { buildSearchIndex } from '../src/delivery/search-index.ts';
import { renderHeaders } from '../src/delivery/headers.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { recaps: { type: 'string', default: '500' }, seed: { type: 'string', default: '1' } } });
const count = Number(values.recaps);
const work = await mkdtemp(path.join(tmpdir(), 'fulltime-bench-delivery-'));

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`${label.padEnd(34)} ${((performance.now() - start) / 1000).toFixed(2).padStart(7)} s`);
  return result;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sizeOf = async (dir: string, files: readonly string[]) =>
  (await Promise.all(files.map((f) => stat(path.join(dir, f))))).reduce((s, x) => s + x.size, 0);

try {
  const content = path.join(work, 'content', 'recaps');
  await mkdir(content, { recursive: true });
  for (const recap of generateRecaps(count, Number(values.seed))) await writeFile(path.join(content, `${recap.slug}.md`), recap.text);
  const site = path.join(work, 'dist');
  console.log(`Building ${count} synthetic recaps (the full npm run build) ...`);
  await timed('npm run build, whole', async () =>
    execFileSync(process.execPath, ['scripts/build.ts', '--out', site], {
      cwd: root,
      env: {
        ...process.env,
        FULLTIME_CONTENT_DIR: path.join(work, 'content'),
        FULLTIME_CACHE_DIR: path.join(work, 'cache'),
        FULLTIME_QUIET: '1',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  const copy = path.join(work, 'copy');
  await cp(site, copy, { recursive: true });
  await rm(path.join(copy, 'pagefind'), { recursive: true });
  const summary = await timed('Pagefind index (child process)', () => buildSearchIndex(copy));
  const files = await listFiles(copy);
  const html = files.filter((f) => f.endsWith('.html'));
  const findings = await timed(`CSP audit of ${html.length} pages`, () => auditSite(copy, '/', files));
  const headers = await timed('_headers', async () => renderHeaders(files, '/'));
  console.log(
    `\n${summary.pages} pages indexed, ${findings.length} CSP findings, _headers: ${headers.split('\n').filter((l) => /^\S/.test(l) && !l.startsWith('#')).length} rules`,
  );

  const pagefindFiles = files.filter((f) => f.startsWith('pagefind/'));
  console.log(`pagefind/ on disk: ${kb(await sizeOf(copy, pagefindFiles))} in ${pagefindFiles.length} files`);
  const recapPage = html.find((f) => f.startsWith('recaps/'))!;
  const page = await readFile(path.join(copy, recapPage), 'utf8');
  const assets = [...page.matchAll(/(?:href|src)="\/(_astro\/[^"]+\.(?:css|js|woff2))"/g)].map((m) => m[1]!);
  const css = assets.filter((a) => a.endsWith('.css'));
  const js = assets.filter((a) => a.endsWith('.js'));
  const fonts = assets.filter((a) => a.endsWith('.woff2'));
  console.log(
    `a recap page: HTML ${kb(Buffer.byteLength(page))}, CSS ${kb(await sizeOf(copy, css))} (${css.length} files), JS ${kb(await sizeOf(copy, js))} (${js.length}, not needed to read), preloaded fonts ${kb(await sizeOf(copy, fonts))}`,
  );
  const searchJs = ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/wasm.en.pagefind', 'pagefind/pagefind-entry.json'];
  console.log(`first search downloads at least: ${kb(await sizeOf(copy, searchJs))} (runtime, worker, wasm, entry) plus index chunks`);
} finally {
  await rm(work, { recursive: true, force: true });
}
