/**
 * Lighthouse (from npm) on each page type of a built site, with its default mobile emulation (a mid-range phone on
 * a throttled 4G connection, simulated), in Debian's headless Chromium; the site served on 127.0.0.1 with its
 * `_headers` and Brotli/gzip compression, as a CDN serves it (static-host.ts). Used by `npm run lighthouse` and
 * `npm run bench`.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveSite } from './static-host.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
} as const;
/** Flags for headless Chromium in containers and CI (the browser tests use the same, tests/browser/harness.ts). */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The largest page in a folder of page folders (`recaps/<slug>/index.html`): the one with the most to load. */
function largestPage(dir: string, folder: string): string | undefined {
  const base = path.join(dir, folder);
  if (!existsSync(base)) return undefined;
  const pages = readdirSync(base)
    .map((name) => path.join(base, name, 'index.html'))
    .filter((file) => existsSync(file))
    .sort((a, b) => statSync(b).size - statSync(a).size || a.localeCompare(b));
  const first = pages[0];
  return first && `${path.relative(dir, path.dirname(first)).split(path.sep).join('/')}/`;
}

/** One page per type present in the build: site-relative paths. */
export function pageTypes(dir: string): [string, string][] {
  const found: [string, string | undefined][] = [
    ['recap', largestPage(dir, 'recaps')],
    ['index', ''],
    ['team', largestPage(dir, 'teams')],
    ['competition', largestPage(dir, 'competitions')],
    ['player', largestPage(dir, 'players')],
    ['search', existsSync(path.join(dir, 'search', 'index.html')) ? 'search/' : undefined],
    ['404', existsSync(path.join(dir, '404.html')) ? '404.html' : undefined],
  ];
  return found.filter((entry): entry is [string, string] => entry[1] !== undefined);
}

export interface PageResult {
  readonly type: string;
  readonly path: string;
  readonly scores: Record<(typeof CATEGORIES)[number], number>;
  readonly metrics: Record<keyof typeof METRICS, number>;
  /** Audits that lost points: id, title, score and what Lighthouse shows as its value. */
  readonly findings: { id: string; title: string; score: number; value: string }[];
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function resultOf(type: string, pagePath: string, lhr: Lhr): PageResult {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const counted = new Set(CATEGORIES.flatMap((c) => (lhr.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id)));
  const findings = Object.values(lhr.audits)
    .filter((a) => counted.has(a.id) && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
    .map((a) => ({ id: a.id, title: a.title, score: a.score ?? 0, value: a.displayValue ?? '' }));
  return {
    type,
    path: pagePath,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    metrics: { FCP: metric(METRICS.FCP), LCP: metric(METRICS.LCP), TBT: metric(METRICS.TBT), CLS: metric(METRICS.CLS) },
    findings,
  };
}

/**
 * Runs Lighthouse on each page type found in `dir` (or only `types`); with `runs` > 1, each page's median run. With
 * `reports`, every run's full report (JSON: network requests with their timings, the metrics Lighthouse observed
 * before simulating) is written there as `<type>-<run>.json`.
 */
export async function runLighthouse(
  dir: string,
  options: { runs?: number; types?: readonly string[]; reports?: string } = {},
): Promise<PageResult[]> {
  const runs = Math.max(1, options.runs ?? 1);
  const host = await serveSite(dir);
  const chrome = await launch({ chromePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium', chromeFlags: CHROMIUM_FLAGS });
  const results: PageResult[] = [];
  try {
    for (const [type, pagePath] of pageTypes(dir)) {
      if (options.types && !options.types.includes(type)) continue;
      const attempts: PageResult[] = [];
      // A run Lighthouse could not complete (NO_NAVSTART, NO_FCP: it happens on a busy machine) has no scores: it is
      // run again, at most `runs` extra times, instead of entering the median as a 0.
      const failures: string[] = [];
      for (let i = 0; attempts.length < runs && i < 2 * runs; i++) {
        const run = await lighthouse(host.url + pagePath, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!run) throw new Error(`Lighthouse returned nothing for /${pagePath}`);
        if (options.reports) {
          mkdirSync(options.reports, { recursive: true });
          writeFileSync(path.join(options.reports, `${type}-${i + 1}.json`), JSON.stringify(run.lhr));
        }
        if (run.lhr.runtimeError) failures.push(run.lhr.runtimeError.code);
        else attempts.push(resultOf(type, pagePath, run.lhr));
      }
      if (attempts.length === 0) throw new Error(`Lighthouse could not measure /${pagePath}: ${failures.join(', ')}`);
      if (failures.length > 0) console.warn(`/${pagePath}: ${failures.length} run(s) failed (${failures.join(', ')}) and ran again`);
      // The median run by performance score (Lighthouse's own advice for noisy machines).
      attempts.sort((a, b) => a.scores.performance - b.scores.performance);
      results.push(attempts[Math.floor(attempts.length / 2)] as PageResult);
    }
  } finally {
    await chrome.kill();
    await host.close();
  }
  return results;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** A Markdown table of the results, then every audit that lost points. */
export function formatLighthouse(results: readonly PageResult[]): string {
  const lines = [
    '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    const s = r.scores;
    const m = r.metrics;
    lines.push(
      `| ${r.type} (/${r.path}) | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${seconds(m.FCP)} | ${seconds(m.LCP)} | ${Math.round(m.TBT)} ms | ${m.CLS.toFixed(3)} |`,
    );
  }
  const findings = results.filter((r) => r.findings.length > 0);
  if (findings.length > 0) lines.push('', 'Audits that lost points:');
  for (const r of findings) {
    for (const f of r.findings)
      lines.push(`  ${r.type}: ${f.id} (${f.title})${f.value ? `: ${f.value}` : ''}, score ${f.score.toFixed(2)}`);
  }
  return lines.join('\n');
}
