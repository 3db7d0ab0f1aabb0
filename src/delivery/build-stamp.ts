/**
 * The up-to-date check of `npm run build`: when nothing a site is built from has changed since the last successful
 * build into the same folder, and that folder is still exactly what the build left, building again would write the
 * same bytes (clean rebuilds are byte-identical), so the build says so and stops.
 *
 * What a site is built from: the project's code and settings files (`src/`, `public/`, `scripts/`, the Astro, npm and
 * TypeScript files, `.env` files), the content folder, the build settings in the environment (`FULLTIME_*`, Astro's
 * and Vite's variables) and the Node version. Files count by path, size and modification time, as `make` counts them:
 * the content folder is read once per build, by the content reader (src/site/load.ts), and not again to be hashed; a
 * file saved unchanged only means building again. Installed packages count through `package-lock.json`; a package
 * changed by hand in `node_modules` does not, which is what `npm run build -- --force` is for.
 * The stamp lives in `$FULLTIME_CACHE_DIR/finish` (else `.cache/finish`), one per output folder.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { cacheFolder } from '../config.ts';
import { readJsonFile, writeJsonFile } from './finish-cache.ts';

/** Files and folders of the project root a build reads (folders whole). */
export const PROJECT_INPUTS = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Environment variables that change what a build writes; logging and cache locations do not. */
const SETTING = /^(FULLTIME_|ASTRO_|PUBLIC_|VITE_|PAGEFIND_)|^NODE_ENV$/;
const NOT_SETTINGS = new Set([
  'FULLTIME_QUIET',
  'FULLTIME_CACHE_DIR',
  'FULLTIME_FONT_CACHE_DIR',
  'FULLTIME_OG_GC_EVERY',
  'ASTRO_TELEMETRY_DISABLED',
]);

/** What decides a build's output, besides the project root's own files. */
export interface BuildInputs {
  /** The project root. */
  readonly root: string;
  /** The content folder (`site.contentDir`), which may lie outside the project. */
  readonly contentDir: string;
  readonly env: NodeJS.ProcessEnv;
}

/** Every file under `target` (a file or folder), absolute; none when it does not exist. */
async function filesUnder(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => undefined);
  if (!info) return [];
  if (info.isFile()) return [target];
  const entries = await readdir(target, { recursive: true, withFileTypes: true });
  // Links count by what they point to (a photo linked into the content folder is still read by the build).
  return entries.filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => path.join(e.parentPath, e.name));
}

/** What a build reads, as it stands (see above). */
export interface InputsSnapshot {
  /** A digest of all of it: a file saved, added, removed or renamed, or a setting, changes it. */
  readonly digest: string;
  /** The same without the content folder's files: the code, the settings and Node. */
  readonly project: string;
  /** Each file of the content folder (its path there) with its size and modification time. */
  readonly content: Readonly<Record<string, string>>;
}

/** Everything a build reads (see above), as it stands. */
export async function readInputs({ root, contentDir, env }: BuildInputs): Promise<InputsSnapshot> {
  const rootFiles = await readdir(root).catch(() => [] as string[]);
  const targets = [...PROJECT_INPUTS, ...rootFiles.filter((name) => name === '.env' || name.startsWith('.env.'))].map((p) =>
    path.join(root, p),
  );
  const [projectFiles, contentFiles] = await Promise.all([Promise.all(targets.map(filesUnder)), filesUnder(contentDir)]);
  const content = new Set(contentFiles);
  const files = [...new Set([...projectFiles.flat(), ...contentFiles])].sort();
  const stamps = files.map(fileStamp);
  const settings = Object.entries(env)
    .filter(([key]) => SETTING.test(key) && !NOT_SETTINGS.has(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const head = JSON.stringify([process.version, process.platform, process.arch, contentDir, settings]);
  const hash = createHash('sha256').update(head);
  const project = createHash('sha256').update(head);
  const contentStamps: Record<string, string> = {};
  files.forEach((file, i) => {
    const entry = `\0${path.relative(root, file)}\0${stamps[i] ?? ''}`;
    hash.update(entry);
    if (content.has(file)) contentStamps[path.relative(contentDir, file)] = stamps[i] ?? '';
    else project.update(entry);
  });
  return { digest: hash.digest('hex'), project: project.digest('hex'), content: contentStamps };
}

/**
 * A file's size and modification time, of what a link points to (`missing` for a link to nothing). Asked one after
 * another without waiting on the thread pool: 6,700 files of a 1,000-recap site in ~40 ms of CPU, against ~250 ms as
 * promises 64 at a time.
 */
function fileStamp(file: string): string {
  try {
    const info = statSync(file);
    return `${info.size}\0${info.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

/**
 * A digest of a built folder as it stands: every file's path, size and modification time. Anything that rewrote,
 * added or removed a file since (a deploy step, a hand edit) changes it, without reading the site's bytes.
 */
export async function outputDigest(outDir: string): Promise<string | undefined> {
  const files = await filesUnder(outDir);
  if (files.length === 0) return undefined;
  const stamps = files.sort().map(fileStamp);
  const hash = createHash('sha256');
  files.forEach((file, i) => hash.update(`${path.relative(outDir, file)}\0${stamps[i] ?? ''}\n`));
  return hash.digest('hex');
}

interface Stamp {
  readonly inputs: string;
  readonly output: string;
  /** The snapshot's code and settings digest, and its content files (`InputsSnapshot`). */
  readonly project?: string;
  readonly content?: Readonly<Record<string, string>>;
}

/** The stamp file for builds into `outDir`. */
export function stampFile(outDir: string): string {
  const name = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 16);
  return path.join(cacheFolder('finish'), `built-${name}.json`);
}

/** True when the last build into `outDir` had these inputs and the folder is as that build left it. */
export async function upToDate(outDir: string, inputs: string): Promise<boolean> {
  // A missing or unreadable stamp means: build.
  const stamp = await readJsonFile<Partial<Stamp>>(stampFile(outDir));
  if (stamp?.inputs !== inputs || typeof stamp.output !== 'string') return false;
  return stamp.output === (await outputDigest(outDir));
}

/**
 * Records a successful build of `inputs` (a snapshot, or its digest alone) into `outDir` (after it is in place); a
 * snapshot also records what `contentChanges` compares.
 */
export async function recordBuild(outDir: string, inputs: InputsSnapshot | string): Promise<void> {
  const output = await outputDigest(outDir);
  if (!output) return;
  const stamp: Stamp =
    typeof inputs === 'string' ? { inputs, output } : { inputs: inputs.digest, output, project: inputs.project, content: inputs.content };
  await writeJsonFile(stampFile(outDir), stamp);
}

/**
 * How many content files were added, removed or changed since the last build into `outDir`, when nothing else it is
 * built from changed; undefined when something did, or that build is unknown.
 */
export async function contentChanges(outDir: string, snapshot: InputsSnapshot): Promise<number | undefined> {
  const stamp = await readJsonFile<Partial<Stamp>>(stampFile(outDir));
  if (stamp?.project !== snapshot.project || typeof stamp.content !== 'object' || stamp.content === null) return undefined;
  const before = stamp.content;
  let changed = Object.keys(before).filter((file) => !Object.hasOwn(snapshot.content, file)).length;
  for (const [file, stampOf] of Object.entries(snapshot.content)) if (before[file] !== stampOf) changed += 1;
  return changed;
}
