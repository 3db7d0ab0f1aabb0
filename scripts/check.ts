/**
 * `npm run check`: validates every recap (drafts included) and team file without building the site.
 * Prints the build's positioned messages, warnings for likely mistakes, and a summary; exits 1 on errors.
 *
 * Usage: npm run check [-- --json] [-- --strict]   (--strict: warnings fail too)
 */
import { parseArgs } from 'node:util';
import { cacheFolder, site } from '../src/config.ts';
import { checkContent, formatCheckJson, formatCheckText } from '../src/authoring/check.ts';
import { terminalStyles } from './lib/terminal.ts';

async function main(): Promise<number> {
  const started = performance.now();
  let values: { json?: boolean; strict?: boolean };
  try {
    ({ values } = parseArgs({ options: { json: { type: 'boolean' }, strict: { type: 'boolean' } }, strict: true }));
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: npm run check [-- --json] [-- --strict]`);
    return 2;
  }
  // The build's read cache: a recap unchanged since the last build, dev start or check is not parsed and validated again.
  const result = await checkContent(site.contentDir, { displayRoot: process.cwd(), readCacheDir: cacheFolder('reads') });
  const elapsed = performance.now() - started;
  console.log(values.json ? formatCheckJson(result, elapsed) : formatCheckText(result, terminalStyles(process.stdout), elapsed));
  return result.errors > 0 || (values.strict && result.warnings > 0) ? 1 : 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  return 1;
});
