/**
 * `npm run dev`: Astro's dev server (`astro dev` with the arguments given, `npm run dev -- --port 4000`), with the
 * content folder's read ahead (src/dev/read-ahead.ts) started before Astro loads. Astro's integration starts it once
 * Astro has loaded itself and the config (~0.9 s on 2 cores), as Vite's compiling begins; on a busy machine the recap
 * loader then waited for the worker. Started here, the worker loads the reader and reads while Astro's thread is
 * still loading. 1,000 recaps, first start, CPU pressure 30-70 %, 3 alternating runs each: the loader waited 0.5-1.3
 * s for the worker -> 0-0.7 s, ready after 9.0-10.4 -> 6.5-9.3 s; on a quiet machine no difference beyond the runs'
 * spread (4.9-6.1 s either way). Run as `astro dev`, the integration starts it as before; with `--root` or
 * `--config`, whose folders only Astro knows, too.
 */
import module, { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// As Astro's command line does (node_modules/astro/bin/astro.mjs), but before this file's own imports.
if (!process.env['CI']) module.enableCompileCache();

const args = process.argv.slice(2);
const { earlyReadAheadJob, startReadAheadOnce } = await import('../src/dev/read-ahead.ts');
const job = earlyReadAheadJob(args);
if (job) void startReadAheadOnce(job);

// Astro's command line reads its command from process.argv, after the executable and the script.
process.argv.splice(2, 0, 'dev');
const astro = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
await import(pathToFileURL(astro).href);
