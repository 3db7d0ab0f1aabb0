/** Runs the real `npm run build` pipeline (scripts/build.ts) on a content folder, into a temporary folder. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Result of a build: where it went and what it printed. */
export interface BuiltSite {
  readonly outDir: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
  /** Reads a file of the built site, relative to its root. */
  read(file: string): Promise<string>;
}

/** Options for a test build. */
export interface BuildOptions {
  /** Folder holding `recaps/` (and optionally `teams/`). */
  readonly contentDir: string;
  /** Output folder; default: a new temporary folder. */
  readonly outDir?: string;
  /** Extra environment, e.g. `{ FULLTIME_BASE: '/recaps-blog/' }`. */
  readonly env?: Record<string, string>;
  /** Build even when the output folder is up to date (`--force`). */
  readonly force?: boolean;
}

/** Builds the site with `node scripts/build.ts` and returns its output, whether it succeeded or not. */
export async function buildSite(options: BuildOptions): Promise<BuiltSite> {
  const work = await mkdtemp(path.join(tmpdir(), 'fulltime-build-'));
  const outDir = options.outDir ?? path.join(work, 'dist');
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    FULLTIME_CONTENT_DIR: path.resolve(options.contentDir),
    FULLTIME_CACHE_DIR: path.join(work, 'cache'),
    FULLTIME_QUIET: '1',
    NO_COLOR: '1',
    ...options.env,
  };
  const node = path.join(ROOT, 'node_modules', '.bin', 'node');
  let stdout = '';
  let stderr = '';
  let code = 0;
  try {
    ({ stdout, stderr } = await run(node, ['scripts/build.ts', '--out', outDir, ...(options.force ? ['--force'] : [])], {
      cwd: ROOT,
      env,
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; code?: number };
    stdout = e.stdout ?? '';
    stderr = e.stderr ?? '';
    code = typeof e.code === 'number' ? e.code : 1;
  }
  return { outDir, stdout, stderr, code, read: (file) => readFile(path.join(outDir, file), 'utf8') };
}
