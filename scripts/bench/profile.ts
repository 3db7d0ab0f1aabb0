/**
 * Summarises V8 CPU profiles (`node --cpu-prof`): self time grouped by where the code lives (an npm
 * package, a file of ours, or Node/V8 internals), so a build's hot spots read as one short table.
 *
 * Usage: node scripts/bench/profile.ts <folder of .cpuprofile files> [top]
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** The group a script URL belongs to: `pkg:name`, a project-relative file, or `(node)` / `(v8)`. */
export function groupOf(url: string, functionName: string): string {
  if (url === '') return functionName === '(garbage collector)' ? '(gc)' : functionName.startsWith('(') ? functionName : '(v8)';
  if (url.startsWith('node:')) return '(node internals)';
  const clean = url.replace(/^file:\/\//, '').replace(/\?.*$/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  if (pkg) return `pkg:${pkg[1]}`;
  const src = /\/(src|scripts)\/(.*)$/.exec(clean);
  return src ? `${src[1]}/${src[2]}` : path.basename(clean);
}

/** Self time per group, in ms, largest first. */
export function selfTimeByGroup(profile: CpuProfile): [string, number][] {
  const group = new Map(profile.nodes.map((n) => [n.id, groupOf(n.callFrame.url, n.callFrame.functionName)]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const g = group.get(id) ?? '(unknown)';
    totals.set(g, (totals.get(g) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

async function main(): Promise<void> {
  const [dir, topText] = process.argv.slice(2);
  if (!dir) throw new Error('usage: profile.ts <folder of .cpuprofile files> [top]');
  const top = Number(topText ?? 25);
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile')).sort()) {
    const profile = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as CpuProfile;
    const rows = selfTimeByGroup(profile);
    const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
    console.log(`\n${file}: ${(total / 1000).toFixed(1)} s sampled`);
    for (const [name, ms] of rows.slice(0, top))
      console.log(`  ${(ms / 1000).toFixed(2).padStart(7)} s  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
