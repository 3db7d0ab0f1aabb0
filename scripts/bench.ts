/**
 * `npm run bench`: builds synthetic sites of N recaps and prints cold and incremental build times, peak
 * memory and OG card counts, next to the baselines that judge them (a bare Astro build of the same bodies,
 * the raw satori + resvg cost per card, and a build whose cards come from one serial uncached endpoint).
 * Figures, not a test: nothing here fails on a slow machine.
 *
 * Usage: node scripts/bench.ts [--sizes 200,1000] [--huge] [--seed 1] [--quick] [--cold-only] [--no-dev] [--no-lighthouse]
 *                             [--keep] [--json FILE] [--markdown]
 *   --sizes     recap counts to measure (default 200,1000; 2000 checks the memory target)
 *   --huge      also measure 10,000 recaps (cold and rebuilds only; takes several minutes)
 *   --quick     our builds only: no baselines
 *   --cold-only no rebuilds (with --quick: one cold build per size, e.g. to study memory)
 *   --serial-max N  largest size that gets the serial-endpoint baseline (default 1000; it is slow)
 *   --no-dev    skip timing `astro dev` (ready, an edit visible, a new recap visible; run for sizes up to 2,000)
 *   --no-lighthouse  skip Lighthouse on the first size's cold build (recap, index and team pages)
 *   --keep      keep the generated content and outputs under .cache/bench/
 *   --json      also write the results as JSON; --markdown prints the README table
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkTargets, formatSize, formatTargets, markdownTable, markdownTargets, type Machine } from './bench/report.ts';
import { runSize, type SizeResult } from './bench/suite.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '200,1000' },
    huge: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    quick: { type: 'boolean', default: false },
    'cold-only': { type: 'boolean', default: false },
    'serial-max': { type: 'string', default: '1000' },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
    markdown: { type: 'boolean', default: false },
    'no-dev': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});

function machine(): Machine {
  let cpu = 'unknown CPU';
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    cpu = os.cpus()[0]?.model ?? cpu;
  }
  return {
    cores: os.availableParallelism(),
    cpu,
    ramGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.versions.node,
    load: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
  };
}

const sizes = values.sizes
  .split(',')
  .map((t) => Number(t.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
if (values.huge && !sizes.includes(10_000)) sizes.push(10_000);
const serialMax = Number(values['serial-max']);
const info = machine();
const started = Date.now();
const log = (message: string) => console.error(`  [${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
console.log(`Fulltime benchmark on ${info.cores} cores (${info.cpu}), ${info.ramGb} GB RAM, Node ${info.node}; load average ${info.load}`);

const results: SizeResult[] = [];
for (const n of sizes) {
  const baselines = !values.quick && n <= 2000;
  const result = await runSize({
    repoRoot: root,
    recaps: n,
    seed: Number(values.seed),
    rebuilds: !values['cold-only'],
    bare: baselines,
    raw: baselines,
    serial: baselines && n <= serialMax,
    dev: !values['no-dev'] && !values.quick && n <= 2000,
    lighthouse: !values['no-lighthouse'] && !values.quick && n === sizes[0],
    keep: values.keep,
    log,
  });
  results.push(result);
  console.log(`\n${formatSize(result, info.cores)}`);
}

const targets = checkTargets(results, info.cores);
console.log(`\nTargets\n${formatTargets(targets)}`);
console.log(`\nLoad average at the end: ${machine().load} (other work on the machine makes figures noisy).`);
if (values.markdown) console.log(`\n${markdownTable(results, info)}\n\n${markdownTargets(targets)}`);
if (values.json) await writeFile(values.json, JSON.stringify({ machine: info, results }, null, 2));
