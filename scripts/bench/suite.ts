/**
 * One benchmark size: generate N recaps, build the real site cold, again with nothing changed, again after
 * editing one recap; then the baselines (bare Astro, raw cards, serial card endpoint) on the same content.
 * Every output goes to its own folder under the repository's .cache/bench/, so imports in Astro's scratch
 * files resolve to the repository's node_modules; the baselines build from their own project folders there.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bareMarkdown, writeBaselineProject, type BaselineKind } from './baseline-projects.ts';
import { editRecap, generateRecaps } from './generate.ts';
import { measure, type Measured } from './measure.ts';
import { buildPhases, cardCounts, phaseWindows, type CardCounts, type Phases } from './phases.ts';
import type { RawCardTimes } from './raw-cards.ts';

/** One measured build. */
export interface BuildFigures {
  readonly wallMs: number;
  /** CPU time of the whole process tree. */
  readonly cpuMs: number;
  readonly peakRss: number;
  /** Peak tree RSS within each phase, bytes. */
  readonly phaseRss: Partial<Record<keyof Phases, number>>;
  readonly phases: Phases;
  readonly cards?: CardCounts;
}

/** Everything measured for one N. */
export interface SizeResult {
  readonly recaps: number;
  readonly cold: BuildFigures;
  readonly noChange?: BuildFigures;
  readonly editOne?: BuildFigures;
  readonly bare?: BuildFigures;
  readonly raw?: RawCardTimes;
  readonly serial?: BuildFigures;
}

/** What to run for one size. */
export interface SizeOptions {
  readonly repoRoot: string;
  readonly recaps: number;
  readonly seed: number;
  readonly rebuilds: boolean;
  readonly bare: boolean;
  readonly raw: boolean;
  readonly serial: boolean;
  readonly keep: boolean;
  /** Progress messages. */
  readonly log: (message: string) => void;
}

function failed(what: string, run: Measured): Error {
  const tail = run.output.split('\n').slice(-40).join('\n');
  return new Error(`${what} failed (exit ${run.code}):\n${tail}`);
}

function figures(run: Measured): BuildFigures {
  const cards = cardCounts(run.lines);
  const phases = buildPhases(run.lines, run.wallMs);
  const phaseRss: Partial<Record<keyof Phases, number>> = {};
  for (const [key, from, to] of phaseWindows(phases)) {
    const inside = run.rssSamples.filter((s) => s.at >= from && s.at <= to).map((s) => s.rss);
    if (inside.length > 0) phaseRss[key] = Math.max(...inside);
  }
  return { wallMs: run.wallMs, cpuMs: run.cpuMs, peakRss: run.peakRss, phaseRss, phases, ...(cards ? { cards } : {}) };
}

/** Runs one size of the benchmark. */
export async function runSize(options: SizeOptions): Promise<SizeResult> {
  const { repoRoot, recaps: n, log } = options;
  const work = path.join(repoRoot, '.cache', 'bench', `n${n}-${process.pid}`);
  await rm(work, { recursive: true, force: true });
  const content = path.join(work, 'content');
  const bodies = path.join(work, 'bare-content');
  await mkdir(path.join(content, 'recaps'), { recursive: true });
  await mkdir(bodies, { recursive: true });
  log(`generating ${n} recaps`);
  const generated = generateRecaps(n, options.seed);
  for (const recap of generated) {
    await writeFile(path.join(content, 'recaps', `${recap.slug}.md`), recap.text);
    await writeFile(path.join(bodies, `${recap.slug}.md`), bareMarkdown(recap.title, recap.body));
  }
  const node = process.execPath;
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    FULLTIME_CONTENT_DIR: content,
    FULLTIME_CACHE_DIR: path.join(work, 'cache'),
  };
  const ours = path.join(work, 'ours');
  await mkdir(ours, { recursive: true });
  const build = async (label: string) => {
    log(`${label}: building the site`);
    // From the project root, as `npm run build` runs (the output folder is inside it, so Astro's scratch files stay private).
    const run = await measure(node, [path.join(repoRoot, 'scripts', 'build.ts'), '--out', path.join(ours, 'dist')], { cwd: repoRoot, env });
    if (run.code !== 0) throw failed(label, run);
    return figures(run);
  };

  try {
    const cold = await build('cold build');
    let noChange: BuildFigures | undefined;
    let editOne: BuildFigures | undefined;
    if (options.rebuilds) {
      noChange = await build('no-change rebuild');
      const target = generated[Math.floor(generated.length / 2)];
      if (!target) throw new Error('no recap to edit');
      const file = path.join(content, 'recaps', `${target.slug}.md`);
      await writeFile(file, editRecap(await readFile(file, 'utf8')));
      editOne = await build('edit-one rebuild');
    }
    const baseline = async (kind: BaselineKind) => {
      const dir = path.join(work, kind);
      await writeBaselineProject(kind, dir, { repoRoot, bodiesDir: bodies, recapsDir: path.join(content, 'recaps') });
      log(`${kind} baseline: astro build`);
      const run = await measure(node, [path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: dir, env });
      if (run.code !== 0) throw failed(`${kind} baseline`, run);
      return figures(run);
    };
    const bare = options.bare ? await baseline('bare') : undefined;
    let raw: RawCardTimes | undefined;
    if (options.raw) {
      log('raw cards: satori + resvg in one process');
      const sample = String(Math.min(n, 200));
      const run = await measure(node, [path.join(repoRoot, 'scripts', 'bench', 'raw-cards.ts'), path.join(content, 'recaps'), sample], {
        cwd: repoRoot,
        env,
      });
      if (run.code !== 0) throw failed('raw cards', run);
      raw = JSON.parse(run.lines.filter((l) => l.text.startsWith('{')).at(-1)?.text ?? '{}') as RawCardTimes;
    }
    const serial = options.serial ? await baseline('serial') : undefined;
    return {
      recaps: n,
      cold,
      ...(noChange ? { noChange } : {}),
      ...(editOne ? { editOne } : {}),
      ...(bare ? { bare } : {}),
      ...(raw ? { raw } : {}),
      ...(serial ? { serial } : {}),
    };
  } finally {
    if (!options.keep) await rm(work, { recursive: true, force: true });
  }
}
