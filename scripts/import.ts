/**
 * `npm run import`: turns a data file (openfootball JSON, an API-Football /fixtures response) into one recap
 * draft per match in content/recaps/, never overwriting, and reports what the recaps cannot carry.
 *
 * Usage: npm run import -- FILE [--format openfootball|api-football] [--match TEXT] [--since YYYY-MM-DD]
 *        [--timezone ZONE] [--competition NAME] [--season TEXT] [--draft|--no-draft]
 */
import { parseArgs } from 'node:util';
import { site } from '../src/config.ts';
import { formatDiagnostic } from '../src/recap/diagnostics.ts';
import { formatImportError } from '../src/import/data-file.ts';
import { parseZone, type Zone } from '../src/import/kickoff.ts';
import { IMPORT_FORMATS, type ImportFormat } from '../src/import/model.ts';
import { formatReport, progressLine } from '../src/import/report.ts';
import { importFile } from '../src/import/run.ts';
import { terminalStyles } from './lib/terminal.ts';

const out = terminalStyles(process.stdout);
const err = terminalStyles(process.stderr);

function usage(): string {
  return [
    'Usage: npm run import -- FILE [--format openfootball|api-football] [--match TEXT] [--since YYYY-MM-DD]',
    '                          [--timezone ZONE] [--competition NAME] [--season TEXT] [--draft|--no-draft]',
    '  --match     only matches whose "Home v Away" (or API-Football fixture id) contains TEXT',
    '  --since     only matches played on or after the date',
    "  --timezone  the zone of openfootball's local kick-off times (Europe/London, Asia/Qatar, +03:00);",
    '              for API-Football, the zone to write its UTC kick-offs in',
    '  --competition, --season  write these instead of the names the data gives',
    '  --no-draft  publish the recaps at once (default: drafts, which `npm run dev` shows and builds leave out)',
  ].join('\n');
}

async function main(): Promise<number> {
  let values: {
    format?: string;
    match?: string;
    since?: string;
    competition?: string;
    season?: string;
    timezone?: string;
    draft?: boolean;
    help?: boolean;
  };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      options: {
        format: { type: 'string' },
        match: { type: 'string' },
        since: { type: 'string' },
        competition: { type: 'string' },
        season: { type: 'string' },
        timezone: { type: 'string' },
        draft: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      allowNegative: true,
      strict: true,
    }));
  } catch (error) {
    console.error(`${err.error('error')}: ${(error as Error).message}\n\n${usage()}`);
    return 2;
  }
  if (values.help) {
    console.log(usage());
    return 0;
  }
  const problems: string[] = [];
  if (positionals.length !== 1)
    problems.push(positionals.length === 0 ? 'found no data file, expected one FILE' : `found ${positionals.length} files, expected one`);
  if (values.format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(values.format))
    problems.push(`--format: found ${JSON.stringify(values.format)}, expected ${IMPORT_FORMATS.join(' or ')}`);
  if (values.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.since))
    problems.push(`--since: found ${JSON.stringify(values.since)}, expected a date written YYYY-MM-DD`);
  let timezone: Zone | undefined;
  if (values.timezone !== undefined) {
    const zone = parseZone(values.timezone);
    if ('problem' in zone) problems.push(`--timezone: ${zone.problem}`);
    else timezone = zone;
  }
  if (problems.length > 0) {
    for (const problem of problems) console.error(`${err.error('error')}: ${problem}`);
    console.error(`\n${usage()}`);
    return 2;
  }
  const tty = Boolean(process.stdout.isTTY);
  let lastShown = -1;
  const result = await importFile(positionals[0] as string, {
    format: values.format as ImportFormat | undefined,
    match: values.match,
    since: values.since,
    competition: values.competition?.trim() || undefined,
    season: values.season?.trim() || undefined,
    draft: values.draft ?? true,
    timezone,
    contentDir: site.contentDir,
    displayRoot: process.cwd(),
    onProgress: (done, total, label) => {
      const line = progressLine(done, total, label, tty, lastShown);
      if (line === undefined) return;
      lastShown = done;
      if (tty) process.stdout.write(`\r\x1b[K${line}${done === total ? '\r\x1b[K' : ''}`);
      else console.log(line);
    },
  });
  if (!result.ok) {
    console.error(result.errors.map((e) => formatImportError(e, err)).join('\n\n'));
    return 1;
  }
  const { report } = result;
  const text = formatReport(report, positionals[0] as string, out, values.draft ?? true);
  console.log(text);
  for (const failed of report.failed) for (const d of failed.diagnostics) console.error(`\n${formatDiagnostic(d, err)}`);
  return report.failed.length > 0 || report.selected === 0 ? 1 : 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  return 1;
});
