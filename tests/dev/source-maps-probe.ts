/**
 * Run by source-maps.test.ts in a process of its own (vitest's own runner may turn Node's source maps on): starts a
 * bare Vite dev server on a folder with one TypeScript module, its `ssr` environment created by Vite's default or by
 * lazySourceMaps (argv[2]: `default` | `lazy`), runs the module, which throws, and prints whether Node's source maps
 * were turned on and the error's stack as JSON.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, isRunnableDevEnvironment } from 'vite';
import { lazySourceMaps } from '../../src/dev/source-maps.ts';

const root = await mkdtemp(path.join(tmpdir(), 'fulltime-source-maps-'));
// The throw is on line 4 of the TypeScript source; Vite's output moves it (types stripped, imports rewritten).
await writeFile(
  path.join(root, 'boom.ts'),
  [
    'type Score = { home: number };',
    'export function boom(score: Score): never {',
    '  const goals: number = score.home;',
    "  throw new Error('boom ' + goals);",
    '}',
    '',
  ].join('\n'),
);
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'silent',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  environments: process.argv[2] === 'lazy' ? { ssr: { dev: { createEnvironment: lazySourceMaps } } } : {},
});
const ssr = server.environments.ssr;
if (!ssr || !isRunnableDevEnvironment(ssr)) throw new Error('no runnable ssr environment');
const { boom } = (await ssr.runner.import('/boom.ts')) as { boom: (score: { home: number }) => never };
let stack = '';
try {
  boom({ home: 4 });
} catch (error) {
  stack = (error as Error).stack ?? '';
}
console.log(JSON.stringify({ sourceMapsEnabled: process.sourceMapsEnabled, stack }));
await server.close();
