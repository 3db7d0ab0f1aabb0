/** Starts `astro dev` on a free port of 127.0.0.1 for one content folder, and stops it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/site.ts';

/** A running dev server. */
export interface DevServer {
  readonly origin: string;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
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

/** Variables vitest sets for its own Vite (`import.meta.env`), which Astro's dev server would take as its own. */
const VITEST_ENV = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

/** The environment without vitest's own variables (NODE_ENV=test, MODE=test, VITEST=…), which change how Vite serves. */
function outsideVitest(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !VITEST_ENV.has(key)));
}

/** Starts the server and waits until `readyPath` answers 200, for at most `timeoutMs`. */
export async function startDevServer(contentDir: string, readyPath = '/', timeoutMs = 120_000): Promise<DevServer> {
  const port = await freePort();
  const cache = await mkdtemp(path.join(tmpdir(), 'fulltime-dev-cache-'));
  const child: ChildProcess = spawn(
    path.join(ROOT, 'node_modules', '.bin', 'node'),
    // --ignore-lock: another dev server of the project (another test, an author) must neither stop this one nor block it.
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--ignore-lock'],
    {
      cwd: ROOT,
      env: {
        ...outsideVitest(),
        FULLTIME_CONTENT_DIR: contentDir,
        FULLTIME_CACHE_DIR: cache,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: DevServer = {
    origin: `http://127.0.0.1:${port}`,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro dev exited with ${child.exitCode}:\n${log}`);
    const up = await fetch(`${server.origin}${readyPath}`, { signal: AbortSignal.timeout(60_000) }).then(
      (response) => response.status === 200,
      () => false,
    );
    if (up) return server;
    await new Promise((r) => setTimeout(r, 250));
  }
  await server.stop();
  throw new Error(`astro dev did not answer within ${timeoutMs} ms:\n${log}`);
}
