/**
 * Turns benchmark results into text: a table per size with each figure's ratio to its baseline, the phase
 * breakdown, the dev server's times, the recap page's critical path and Lighthouse scores, the targets of the
 * performance issue with pass/miss, and Markdown tables for the README.
 */
import type { BuildFigures, SizeResult } from './suite.ts';
import type { Phases } from './phases.ts';

/** The machine the figures came from. */
export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly ramGb: number;
  readonly node: string;
  readonly load: string;
}

const s = (ms: number | undefined) => (ms === undefined ? '-' : `${(ms / 1000).toFixed(1)} s`);
const mb = (bytes: number | undefined) => (bytes === undefined ? '-' : `${Math.round(bytes / 2 ** 20)} MB`);
const x = (ratio: number | undefined) => (ratio === undefined || !Number.isFinite(ratio) ? '-' : `${ratio.toFixed(2)}×`);
const pad = (text: string, width: number) => text.padEnd(width);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const cards = (b: BuildFigures | undefined) => (b?.cards ? `${b.cards.rendered} rendered / ${b.cards.cached} cached` : '-');

/** The bare build plus the raw card time spread over all cores: the ideal our cold build is measured against. */
export function idealMs(r: SizeResult, cores: number): number | undefined {
  if (!r.bare || !r.raw) return undefined;
  return r.bare.wallMs + (r.raw.meanMs * r.recaps) / cores;
}

const PHASE_NAMES: readonly [keyof Phases, string][] = [
  ['startup', 'start+check'],
  ['contentSync', 'content sync'],
  ['bundle', 'vite bundle'],
  ['pages', 'pages'],
  ['buildDone', 'card wait'],
  ['finish', 'search+finish'],
  ['cards', 'OG cards*'],
];

/** A plain-text report of one size. */
export function formatSize(r: SizeResult, cores: number): string {
  const ideal = idealMs(r, cores);
  const rows: [string, BuildFigures | undefined, string][] = [
    [
      'cold build',
      r.cold,
      `${x(ideal && r.cold.wallMs / ideal)} of bare + raw cards ÷ ${cores} cores; ${x(r.serial && r.cold.wallMs / r.serial.wallMs)} of serial`,
    ],
    ['no-change rebuild', r.noChange, `${x(r.noChange && r.noChange.wallMs / r.cold.wallMs)} of cold (up-to-date check)`],
    [
      'no-change, --force',
      r.noChangeForced,
      `${x(r.noChangeForced && r.noChangeForced.wallMs / r.cold.wallMs)} of cold (every step, on its caches)`,
    ],
    ['edit-one rebuild', r.editOne, `${x(r.editOne && r.editOne.wallMs / r.cold.wallMs)} of cold`],
    ['bare Astro build', r.bare, 'baseline: same bodies, glob loader, one template'],
    ['serial card endpoint', r.serial, 'baseline: bare + one uncached endpoint rendering every card'],
  ];
  const lines = [
    `N = ${r.recaps} recaps`,
    `  ${pad('', 22)}${pad('wall', 10)}${pad('CPU', 10)}${pad('peak RSS', 10)}${pad('cards', 30)}ratio`,
  ];
  for (const [name, b, note] of rows) {
    if (!b) continue;
    lines.push(`  ${pad(name, 22)}${pad(s(b.wallMs), 10)}${pad(s(b.cpuMs), 10)}${pad(mb(b.peakRss), 10)}${pad(cards(b), 30)}${note}`);
  }
  if (r.raw) {
    lines.push(
      `  ${pad('raw cards', 22)}${r.raw.meanMs.toFixed(1)} ms per card (first ${r.raw.firstMs.toFixed(0)} ms, ${Math.round(r.raw.meanBytes / 1024)} KB): ` +
        `${s((r.raw.meanMs * r.recaps) / cores)} for ${r.recaps} cards on ${cores} cores`,
    );
  }
  lines.push(`  phases            ${PHASE_NAMES.map(([, name]) => pad(name, 14)).join('')}`);
  for (const [name, b] of [
    ['cold', r.cold],
    ['no-change', r.noChange],
    ['no-change -f', r.noChangeForced],
    ['edit-one', r.editOne],
    ['bare', r.bare],
  ] as const) {
    if (!b) continue;
    lines.push(`    ${pad(name, 16)}${PHASE_NAMES.map(([key]) => pad(s(b.phases[key]), 14)).join('')}`);
  }
  lines.push(`    ${pad('peak RSS (cold)', 16)}${PHASE_NAMES.map(([key]) => pad(mb(r.cold.phaseRss[key]), 14)).join('')}`);
  lines.push('    * "card wait": from the pages written to the cards done; `npm run build` renders the cards once Astro has exited');
  if (r.dev) {
    lines.push(
      `  astro dev          ready ${s(r.dev.readyMs)} (Astro's own start-up ${s(r.dev.serverReadyMs)}; again on its cache: ${s(r.dev.restartMs)}), a saved edit visible after ${s(r.dev.editMs)}, a new recap after ${s(r.dev.addMs)} (peak RSS ${mb(r.dev.peakRss)})`,
    );
  }
  if (r.criticalPath) {
    const c = r.criticalPath;
    lines.push(`  critical path      /${c.page}: ${kb(c.htmlBytes)} HTML + ${kb(c.cssBytes)} CSS = ${kb(c.htmlBytes + c.cssBytes)} (gzip)`);
  }
  for (const page of r.lighthouse ?? []) {
    const m = page.metrics;
    lines.push(
      `  lighthouse ${pad(page.type, 8)}performance ${page.scores.performance}, accessibility ${page.scores.accessibility}, best practices ${page.scores['best-practices']}, SEO ${page.scores.seo}; FCP ${s(m.FCP)}, LCP ${s(m.LCP)}, TBT ${Math.round(m.TBT)} ms, CLS ${m.CLS.toFixed(3)}`,
    );
  }
  return lines.join('\n');
}

/** One target: what it says, the figure, and whether it was met (undefined when not measured in this run). */
export interface TargetCheck {
  readonly target: string;
  readonly figure: string;
  readonly met: boolean | undefined;
}

/** The performance issue's targets, checked against whatever this run measured. */
export function checkTargets(results: readonly SizeResult[], cores: number): TargetCheck[] {
  const at = (n: number) => results.find((r) => r.recaps === n);
  const r1000 = at(1000);
  const ideal = r1000 && idealMs(r1000, cores);
  const checks: TargetCheck[] = [];
  const add = (target: string, value: number | undefined, limit: number, figure: (v: number) => string) =>
    checks.push({
      target,
      figure: value === undefined ? 'not measured' : figure(value),
      met: value === undefined ? undefined : value <= limit,
    });
  const critical = results.find((r) => r.criticalPath)?.criticalPath;
  add('recap page critical path ≤ 50 KB', critical && critical.htmlBytes + critical.cssBytes, 50_000, (v) => `${kb(v)} (HTML + CSS, gzip)`);
  const lighthouse = results.find((r) => r.lighthouse)?.lighthouse;
  const recap = lighthouse?.find((p) => p.type === 'recap');
  add('Lighthouse performance 100 on a recap page', recap && 100 - recap.scores.performance, 0, () => String(recap?.scores.performance));
  const worst = lighthouse && Math.min(...lighthouse.map((p) => p.scores.performance));
  add('Lighthouse performance ≥ 98 on every page type', worst === undefined ? undefined : 100 - worst, 2, () =>
    (lighthouse ?? []).map((p) => `${p.type} ${p.scores.performance}`).join(', '),
  );
  const others = lighthouse && Math.min(...lighthouse.flatMap((p) => [p.scores.accessibility, p.scores['best-practices'], p.scores.seo]));
  add('accessibility, best practices, SEO 100', others === undefined ? undefined : 100 - others, 0, (v) => `lowest ${100 - v}`);
  // A cold build's time against a target's: what the target allows, and the least the build's CPU could take with every
  // core busy throughout. A target below that cannot be met by running the steps beside each other, only with less work.
  const against = (b: BuildFigures | undefined, limitMs: number | undefined) =>
    b && limitMs !== undefined
      ? `${s(b.wallMs)}; ${s(limitMs)} allowed, its ${s(b.cpuMs)} of CPU ÷ ${cores} cores ${s(b.cpuMs / cores)}`
      : '';
  add(
    'cold 1,000 ≤ 1.15 × (bare + raw cards ÷ cores)',
    ideal && r1000 && r1000.cold.wallMs / ideal,
    1.15,
    (v) => `${x(v)} (${against(r1000?.cold, ideal && 1.15 * ideal)})`,
  );
  add(
    'cold 1,000 ≤ 0.6 × serial endpoint',
    r1000?.serial && r1000.cold.wallMs / r1000.serial.wallMs,
    0.6,
    (v) => `${x(v)} (${against(r1000?.cold, r1000?.serial && 0.6 * r1000.serial.wallMs)})`,
  );
  const forced = (r: SizeResult | undefined, of: number | undefined) =>
    r?.noChangeForced && of ? `; with --force ${s(r.noChangeForced.wallMs)}, ${x(r.noChangeForced.wallMs / of)}` : '';
  add(
    'no-change rebuild ≤ 0.2 × cold (1,000)',
    r1000?.noChange && r1000.noChange.wallMs / r1000.cold.wallMs,
    0.2,
    (v) => `${x(v)}${forced(r1000, r1000?.cold.wallMs)}`,
  );
  add(
    'no-change rebuild ≤ 0.5 × bare cold (1,000)',
    r1000?.noChange && r1000.bare && r1000.noChange.wallMs / r1000.bare.wallMs,
    0.5,
    (v) => `${x(v)}${forced(r1000, r1000?.bare?.wallMs)}`,
  );
  add('edit-one rebuild ≤ 0.25 × cold (1,000)', r1000?.editOne && r1000.editOne.wallMs / r1000.cold.wallMs, 0.25, (v) => x(v));
  add('peak RSS of the cold 1,000 build ≤ 1,000 MB', r1000?.cold.peakRss, 1000 * 2 ** 20, (v) => mb(v));
  add(
    'dev 1,000: ready ≤ 5 s (first start, empty cache)',
    r1000?.dev?.readyMs,
    5000,
    (v) => `${s(v)} (again on its cache: ${s(r1000?.dev?.restartMs)})`,
  );
  add('dev 1,000: a saved edit visible ≤ 1 s', r1000?.dev?.editMs, 1000, (v) => s(v));
  add('dev 1,000: a new recap visible ≤ 1 s', r1000?.dev?.addMs, 1000, (v) => s(v));
  const r10k = at(10_000);
  add('10,000 recaps: cold ≤ 4 min', r10k?.cold.wallMs, 240_000, () => against(r10k?.cold, 240_000));
  add(
    '10,000 recaps: no-change rebuild ≤ 30 s',
    r10k?.noChange?.wallMs,
    30_000,
    (v) => `${s(v)}${r10k?.noChangeForced ? `; with --force ${s(r10k.noChangeForced.wallMs)}` : ''}`,
  );
  add('10,000 recaps: peak RSS ≤ 3 GB', r10k?.cold.peakRss, 3 * 2 ** 30, (v) => mb(v));
  return checks;
}

/** Target checks as a Markdown table (the README keeps it with the figures). */
export function markdownTargets(checks: readonly TargetCheck[]): string {
  const mark = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'yes' : 'no');
  return ['| target | figure | met |', '| --- | --- | --- |', ...checks.map((c) => `| ${c.target} | ${c.figure} | ${mark(c.met)} |`)].join(
    '\n',
  );
}

/** Target checks as text lines. */
export function formatTargets(checks: readonly TargetCheck[]): string {
  const mark = (met: boolean | undefined) => (met === undefined ? '·' : met ? '✓' : '✗');
  return checks.map((c) => `  ${mark(c.met)} ${pad(c.target, 48)}${c.figure}`).join('\n');
}

/** The README's figures table (Markdown). */
export function markdownTable(results: readonly SizeResult[], machine: Machine): string {
  const head =
    '| recaps | cold build | peak RSS | no-change rebuild | no-change, --force | edit-one rebuild | cards (cold) | bare Astro | raw card | serial endpoint |';
  const rule = '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |';
  const rows = results.map((r) =>
    [
      r.recaps.toLocaleString('en-GB'),
      s(r.cold.wallMs),
      mb(r.cold.peakRss),
      r.noChange ? `${s(r.noChange.wallMs)} (${x(r.noChange.wallMs / r.cold.wallMs)})` : '-',
      r.noChangeForced ? `${s(r.noChangeForced.wallMs)} (${x(r.noChangeForced.wallMs / r.cold.wallMs)})` : '-',
      r.editOne ? `${s(r.editOne.wallMs)} (${x(r.editOne.wallMs / r.cold.wallMs)})` : '-',
      r.cold.cards ? `${r.cold.cards.rendered} rendered` : '-',
      s(r.bare?.wallMs),
      r.raw ? `${r.raw.meanMs.toFixed(0)} ms` : '-',
      s(r.serial?.wallMs),
    ].join(' | '),
  );
  const where = `${machine.cores} cores (${machine.cpu}), ${machine.ramGb} GB RAM, Node ${machine.node}`;
  return [`Measured on ${where}.`, '', head, rule, ...rows.map((row) => `| ${row} |`)].join('\n');
}
