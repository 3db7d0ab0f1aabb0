/**
 * One benchmark size: generate N recaps, build the real site cold, again with nothing changed, again after
 * editing one recap; then the baselines (bare Astro, raw cards, serial card endpoint) on the same content.
 * Every output goes to its own folder under the repository's .cache/bench/, so imports in Astro's scratch
 * files resolve to the repository's node_modules; the baselines build from their own project folders there.
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runLighthouse, type PageResult } from '../lib/lighthouse-run.ts';
import { encodedBytes } from '../lib/static-host.ts';
import { bareMarkdown, writeBaselineProject, type BaselineKind } from './baseline-projects.ts';
import { editRecap, generateRecaps } from './generate.ts';
import { measureDev, type DevFigures } from './dev.ts';
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
  /** Nothing changed, built with `--force`: every step runs on its caches (the up-to-date check would stop the build). */
  readonly noChangeForced?: BuildFigures;
  readonly editOne?: BuildFigures;
  readonly bare?: BuildFigures;
  readonly raw?: RawCardTimes;
  readonly serial?: BuildFigures;
  /** `astro dev` on the same content: ready, an edit visible, a new recap visible. */
  readonly dev?: DevFigures;
  /** Bytes a reader fetches before the first paint of the largest recap page (HTML + render-blocking CSS, gzip). */
  readonly criticalPath?: CriticalPath;
  /** Lighthouse (mobile) on the recap, index and team pages of the cold build. */
  readonly lighthouse?: readonly PageResult[];
}

/** The critical path of a page: its HTML and the stylesheets it blocks on, compressed. */
export interface CriticalPath {
  readonly page: string;
  readonly htmlBytes: number;
  readonly cssBytes: number;
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
  /** Time the dev server too. */
  readonly dev: boolean;
  /** Run Lighthouse on the cold build's pages. */
  readonly lighthouse: boolean;
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
  // One more than N: the last is held back for the dev phase to add as a new file.
  const generated = generateRecaps(n + 1, options.seed);
  const held = generated.pop();
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
  const build = async (label: string, extra: readonly string[] = []) => {
    log(`${label}: building the site`);
    // From the project root, as `npm run build` runs (the output folder is inside it, so Astro's scratch files stay private).
    const run = await measure(node, [path.join(repoRoot, 'scripts', 'build.ts'), '--out', path.join(ours, 'dist'), ...extra], {
      cwd: repoRoot,
      env,
    });
    if (run.code !== 0) throw failed(label, run);
    return figures(run);
  };

  try {
    const cold = await build('cold build');
    let noChange: BuildFigures | undefined;
    let noChangeForced: BuildFigures | undefined;
    let editOne: BuildFigures | undefined;
    if (options.rebuilds) {
      noChange = await build('no-change rebuild');
      noChangeForced = await build('no-change rebuild, forced', ['--force']);
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
    const criticalPath = await largestRecapCriticalPath(path.join(ours, 'dist'));
    if (options.lighthouse) log('lighthouse: recap, index and team pages');
    const lighthouse = options.lighthouse ? await runLighthouse(path.join(ours, 'dist'), { types: ['recap', 'index', 'team'] }) : undefined;
    const editedInDev = generated[1];
    const dev = options.dev && held && editedInDev ? await measureDev(repoRoot, content, editedInDev, held, log) : undefined;
    return {
      recaps: n,
      cold,
      ...(noChange ? { noChange } : {}),
      ...(noChangeForced ? { noChangeForced } : {}),
      ...(editOne ? { editOne } : {}),
      ...(bare ? { bare } : {}),
      ...(raw ? { raw } : {}),
      ...(serial ? { serial } : {}),
      ...(dev ? { dev } : {}),
      ...(criticalPath ? { criticalPath } : {}),
      ...(lighthouse ? { lighthouse } : {}),
    };
  } finally {
    if (!options.keep) await rm(work, { recursive: true, force: true });
  }
}

/** The critical path of the largest recap page of a built site (the worst case a reader meets). */
export async function largestRecapCriticalPath(dist: string): Promise<CriticalPath | undefined> {
  const dir = path.join(dist, 'recaps');
  const pages = await readdir(dir).catch(() => [] as string[]);
  let best: { page: string; size: number } | undefined;
  for (const name of pages) {
    const size = await stat(path.join(dir, name, 'index.html')).then(
      (s) => s.size,
      () => -1,
    );
    if (size > (best?.size ?? -1)) best = { page: `recaps/${name}/`, size };
  }
  if (!best) return undefined;
  const html = await readFile(path.join(dist, best.page, 'index.html'), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const sheets = [...head.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1] ?? '');
  let cssBytes = 0;
  for (const href of sheets) cssBytes += encodedBytes(await readFile(path.join(dist, href.replace(/^\//, ''))), 'gzip').length;
  return { page: best.page, htmlBytes: encodedBytes(Buffer.from(html), 'gzip').length, cssBytes };
}
