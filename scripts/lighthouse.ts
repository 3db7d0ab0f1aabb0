/**
 * `npm run lighthouse`: Lighthouse on each page type of a built site (recap, index, team, competition, player when the
 * site has player pages, search, 404), with mobile emulation, served with compression and its `_headers`
 * (scripts/lib/lighthouse-run.ts). Prints the four category scores and FCP, LCP, TBT and CLS per page type, then every
 * audit that lost points. Scores vary a little from run to run on a busy machine; `--runs 3` takes each page's median.
 *
 * Usage: npm run lighthouse [-- --dir dist] [--runs 3] [--json FILE] [--reports DIR] [--type recap]
 * Without --dir, builds the sample content (content/) into .cache/lighthouse/dist first. --reports DIR keeps each run's
 * full Lighthouse report (JSON); --type (repeatable) runs only those page types.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatLighthouse, runLighthouse } from './lib/lighthouse-run.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    runs: { type: 'string', default: '1' },
    json: { type: 'string' },
    reports: { type: 'string' },
    type: { type: 'string', multiple: true },
  },
});

function buildSample(): string {
  const out = path.join(root, '.cache', 'lighthouse', 'dist');
  console.log('Building the sample site into .cache/lighthouse/dist ...');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.ts'), '--out', out], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, FULLTIME_CACHE_DIR: path.join(root, '.cache', 'lighthouse', 'cache'), FULLTIME_QUIET: '1' },
  });
  return out;
}

const dir = values.dir ? path.resolve(values.dir) : buildSample();
const runs = Math.max(1, Number(values.runs) || 1);
const results = await runLighthouse(dir, {
  runs,
  ...(values.reports ? { reports: path.resolve(values.reports) } : {}),
  ...(values.type ? { types: values.type } : {}),
});
console.log(`\nLighthouse ${runs > 1 ? `(median of ${runs} runs) ` : ''}mobile, ${dir}\n`);
console.log(formatLighthouse(results));
if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2));
