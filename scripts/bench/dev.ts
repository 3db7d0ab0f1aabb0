/**
 * The writing loop, timed: `astro dev` on a generated content folder, as an author uses it. Three figures, each
 * measured by polling the dev server over HTTP the way a browser reload would see it:
 * - ready: from starting the server to the first answer of a recap page (content read, validated and rendered);
 * - edit visible: from saving an edited recap to its page showing the edit;
 * - new recap visible: from saving a new recap file to its page answering with it.
 * The server gets its own empty cache folder, so "ready" is a first start, the slowest one; then it is stopped and
 * started again on that cache, as an author does the next day ("ready again": Astro keeps the checked recaps).
 *
 * On its own: `node scripts/bench/dev.ts [--recaps 1000] [--profile DIR]` generates the recaps into a temporary
 * folder and prints the figures; `--profile` runs each server under `node --cpu-prof` and writes its profiles to
 * DIR (summarise them with `node scripts/bench/profile.ts DIR`).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { editRecap, generateRecaps, type GeneratedRecap } from './generate.ts';
import { treeRss } from './measure.ts';

/** What the dev phase measured, in ms (and bytes for memory). */
export interface DevFigures {
  readonly readyMs: number;
  readonly editMs: number;
  readonly addMs: number;
  /** A second start on the cache the first one left. */
  readonly restartMs: number;
  /** What Astro itself reports as its start-up ("ready in … ms"), before the first page is asked for. */
  readonly serverReadyMs?: number;
  /** CPU time (user + system) the server had used when it answered its first page: steadier than wall time on a busy machine. */
  readonly readyCpuMs?: number;
  readonly restartCpuMs?: number;
  /** Peak RSS of the dev server's process tree over the whole phase. */
  readonly peakRss: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** CPU time of one process so far, in ms (utime + stime of /proc/<pid>/stat, at 100 ticks a second), if readable. */
function cpuMsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** Polls `url` every 25 ms until `ok(status, body)`; returns the ms it took, or throws after `timeoutMs`. */
async function until(url: string, ok: (status: number, body: string) => boolean, timeoutMs: number, since = performance.now()) {
  const deadline = since + timeoutMs;
  while (performance.now() < deadline) {
    const seen = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) }).then(
      async (r) => ok(r.status, await r.text()),
      () => false,
    );
    if (seen) return performance.now() - since;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${url} did not show what was expected within ${timeoutMs} ms`);
}

/** Runs the dev phase on `contentDir` (holding `recaps/`), editing `edited` and adding `added`. */
export async function measureDev(
  repoRoot: string,
  contentDir: string,
  edited: GeneratedRecap,
  added: GeneratedRecap,
  log: (message: string) => void,
  profileDir?: string,
): Promise<DevFigures> {
  const cache = await mkdtemp(path.join(tmpdir(), 'fulltime-bench-dev-'));
  let peakRss = 0;
  let output = '';
  const startServer = async () => {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      [
        // A profiled server must exit on SIGTERM for Node to write its profile.
        ...(profileDir
          ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--import', `data:text/javascript,process.on('SIGTERM',()=>process.exit(0))`]
          : []),
        path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'),
        'dev',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
        '--strictPort',
        // Another server of the project (a test, an author) must neither stop this one nor be stopped by it.
        '--ignore-lock',
      ],
      {
        cwd: repoRoot,
        env: { ...process.env, FULLTIME_CONTENT_DIR: contentDir, FULLTIME_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setInterval(() => {
      if (child.pid !== undefined) peakRss = Math.max(peakRss, treeRss(child.pid));
    }, 100);
    const stop = async () => {
      clearInterval(timer);
      child.kill('SIGTERM');
      const exited = new Promise((r) => child.once('exit', r));
      await Promise.race([exited, new Promise((r) => setTimeout(r, profileDir ? 10_000 : 500))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    };
    return { origin: `http://127.0.0.1:${port}`, stop, cpuMs: () => cpuMsOf(child.pid) };
  };
  const started = performance.now();
  let server = await startServer();
  try {
    log('dev: starting astro dev');
    const readyMs = await until(`${server.origin}/recaps/${edited.slug}/`, (status) => status === 200, 180_000, started);
    const readyCpuMs = server.cpuMs();
    const file = path.join(contentDir, 'recaps', `${edited.slug}.md`);
    const text = editRecap(await readFile(file, 'utf8'));
    // editRecap adds this to the title; the page shows it once the edit is through.
    const marker = '(updated)';
    log('dev: saving an edit');
    const saved = performance.now();
    await writeFile(file, text);
    const serverReady = /ready in\s+(\d+)\s*ms/.exec(output)?.[1];
    const editMs = await until(
      `${server.origin}/recaps/${edited.slug}/`,
      (status, body) => status === 200 && body.includes(marker),
      60_000,
      saved,
    );
    log('dev: adding a recap');
    const addedAt = performance.now();
    await writeFile(path.join(contentDir, 'recaps', `${added.slug}.md`), added.text);
    const addMs = await until(`${server.origin}/recaps/${added.slug}/`, (status) => status === 200, 60_000, addedAt);
    log('dev: starting again on the same cache');
    await server.stop();
    const restarted = performance.now();
    server = await startServer();
    const restartMs = await until(`${server.origin}/recaps/${edited.slug}/`, (status) => status === 200, 180_000, restarted);
    const restartCpuMs = server.cpuMs();
    return {
      readyMs,
      editMs,
      addMs,
      restartMs,
      peakRss,
      ...(serverReady ? { serverReadyMs: Number(serverReady) } : {}),
      ...(readyCpuMs === undefined ? {} : { readyCpuMs }),
      ...(restartCpuMs === undefined ? {} : { restartCpuMs }),
    };
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output.split('\n').slice(-30).join('\n')}`);
  } finally {
    await server.stop();
    await rm(cache, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at === -1 ? undefined : args[at + 1];
  };
  const count = Number(option('--recaps') ?? 1000);
  const profile = option('--profile');
  const repoRoot = path.resolve(import.meta.dirname, '..', '..');
  const work = await mkdtemp(path.join(tmpdir(), 'fulltime-bench-dev-content-'));
  try {
    await mkdir(path.join(work, 'recaps'));
    // As the benchmark suite does: one more than N, the last held back to be added as a new file.
    const generated = generateRecaps(count + 1, 1);
    const added = generated.pop();
    const edited = generated[1];
    if (!added || !edited) throw new Error('--recaps must be at least 2');
    for (const recap of generated) await writeFile(path.join(work, 'recaps', `${recap.slug}.md`), recap.text);
    if (profile) await mkdir(path.resolve(profile), { recursive: true });
    const log = (message: string) => console.error(`${(performance.now() / 1000).toFixed(1)}s ${message}`);
    const figures = await measureDev(repoRoot, work, edited, added, log, profile && path.resolve(profile));
    const s = (ms: number | undefined) => (ms === undefined ? '-' : `${(ms / 1000).toFixed(2)} s`);
    console.log(`astro dev, ${count} recaps`);
    console.log(
      `  ready (first start):   ${s(figures.readyMs)} (Astro says ready in ${s(figures.serverReadyMs)}; ${s(figures.readyCpuMs)} of CPU)`,
    );
    console.log(`  ready (second start):  ${s(figures.restartMs)} (${s(figures.restartCpuMs)} of CPU)`);
    console.log(`  edit visible:          ${s(figures.editMs)}`);
    console.log(`  new recap visible:     ${s(figures.addMs)}`);
    console.log(`  peak RSS:              ${(figures.peakRss / 1024 / 1024).toFixed(0)} MB`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
