/**
 * OG card benchmark: the raw satori + resvg cost per card in this process, then the worker pool's
 * throughput and the peak RSS of the whole process tree (worker threads included) for 200 and 2,000
 * generated recaps, rendered into temporary folders with a cold cache, then again fully cached.
 *
 * Usage: node scripts/bench-og.ts [--sizes 200,2000] [--concurrency N]
 * FULLTIME_OG_GC_EVERY=0 turns the workers' periodic GC off, to see the memory it saves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Resvg } from '@resvg/resvg-js';
import { generateRecaps } from './bench/generate.ts';
import { checkCollection } from '../src/recap/collection.ts';
import { recapCardJob } from '../src/graphics/og/cards.ts';
import { RESVG_OPTIONS } from '../src/graphics/og/engine.ts';
import { exposedGc } from '../src/graphics/og/gc.ts';
import { renderCards } from '../src/graphics/og/pool.ts';
import { renderSvg } from '../src/graphics/og/render.ts';
import type { CardJob } from '../src/graphics/og/key.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '200,2000' }, concurrency: { type: 'string' } } });
const sizes = values.sizes.split(',').map(Number);
const concurrency = values.concurrency ? Number(values.concurrency) : availableParallelism();

/** Summed RSS (bytes) of this process and every descendant, read from /proc. */
function treeRss(): number {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Gone between listing and reading.
    }
  }
  const tree = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parents) if (!tree.has(pid) && tree.has(ppid)) grew = tree.add(pid).size > 0;
  }
  let total = 0;
  for (const pid of tree) {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // Gone.
    }
  }
  return total;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function jobsFor(count: number): CardJob[] {
  const files = generateRecaps(count, 7).map((r) => ({ path: `${r.slug}.md`, content: r.text }));
  const { recaps } = checkCollection(files, { includeDrafts: false });
  return recaps.map(recapCardJob);
}

async function raw(jobs: readonly CardJob[]): Promise<void> {
  const cpu0 = process.cpuUsage();
  let satoriMs = 0;
  let resvgMs = 0;
  let first = 0;
  for (const [i, job] of jobs.entries()) {
    const t0 = performance.now();
    const svg = await renderSvg(job.tree);
    const t1 = performance.now();
    new Resvg(svg, RESVG_OPTIONS).render().asPng();
    const t2 = performance.now();
    if (i === 0) first = t2 - t0;
    else {
      satoriMs += t1 - t0;
      resvgMs += t2 - t1;
    }
  }
  const n = jobs.length - 1;
  const cpu = process.cpuUsage(cpu0);
  console.log(
    `raw, one thread, ${jobs.length} cards: first ${first.toFixed(0)} ms (fonts parsed), then ${((satoriMs + resvgMs) / n).toFixed(1)} ms/card ` +
      `(satori ${(satoriMs / n).toFixed(1)} + resvg ${(resvgMs / n).toFixed(1)}); ${((cpu.user + cpu.system) / 1000 / jobs.length).toFixed(1)} ms CPU/card`,
  );
}

// The generated recaps are garbage by the time the pool starts; collect them so the baseline is honest.
const gc = exposedGc();

async function pooled(jobs: readonly CardJob[]): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'bench-og-'));
  const cacheDir = path.join(work, 'cache');
  gc();
  const base = treeRss();
  let peak = base;
  let done = 0;
  // Peak RSS in each quarter of the run: flat quarters mean memory does not grow with the card count.
  const quarters = [0, 0, 0, 0];
  const sampler = setInterval(() => {
    const rss = treeRss();
    peak = Math.max(peak, rss);
    const q = Math.min(3, Math.floor((4 * done) / jobs.length));
    quarters[q] = Math.max(quarters[q] as number, rss);
  }, 50);
  try {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const cold = await renderCards(jobs, {
      outDir: path.join(work, 'out-1'),
      cacheDir,
      concurrency,
      onProgress: (p) => (done = p.rendered + p.cached),
    });
    const coldS = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000 / cold.rendered;
    const coldPeak = peak;
    const t1 = performance.now();
    const warm = await renderCards(jobs, { outDir: path.join(work, 'out-2'), cacheDir, concurrency });
    const warmS = (performance.now() - t1) / 1000;
    const out = path.join(work, 'out-1');
    const bytes = await Promise.all((await readdir(out)).map(async (f) => (await stat(path.join(out, f))).size));
    const maxKb = Math.max(...bytes) / 1024;
    console.log(
      `pool, ${concurrency} threads, ${jobs.length} cards: cold ${coldS.toFixed(1)} s (${(cold.rendered / coldS).toFixed(1)} cards/s, ` +
        `${((coldS * 1000 * concurrency) / cold.rendered).toFixed(1)} ms wall/card/thread, ${cpuMs.toFixed(1)} ms CPU/card), rendered ${cold.rendered}; ` +
        `cached rerun ${warmS.toFixed(2)} s, rendered ${warm.rendered}, cached ${warm.cached}; ` +
        `peak RSS ${mb(coldPeak)} (start ${mb(base)}; by quarter ${quarters.map(mb).join(' / ')}); largest PNG ${maxKb.toFixed(0)} KB`,
    );
  } finally {
    clearInterval(sampler);
    await rm(work, { recursive: true, force: true });
  }
}

console.log(`bench-og: ${availableParallelism()} cores, GC every ${process.env['FULLTIME_OG_GC_EVERY'] ?? 1} cards per worker`);
const largest = Math.max(...sizes);
const all = jobsFor(largest);
await raw(all.slice(0, 40));
for (const size of sizes) await pooled(all.slice(0, size));
