/**
 * `npm run check`: validates a content folder with the build's own reader (so the messages are the build's,
 * word for word), adds warnings for likely mistakes, and renders the result for people or for tools.
 */
import { formatDiagnostic, sortDiagnostics, type Diagnostic, type Styles } from '../recap/diagnostics.ts';
import { recapWarnings } from '../recap/warnings.ts';
import { contentDirs, loadContent } from '../site/load.ts';
import { listTeamFiles } from '../site/teams.ts';

/** What a check found. */
export interface CheckResult {
  /** Recap files read, drafts included. */
  readonly recaps: number;
  /** Valid recaps marked `draft: true`. */
  readonly drafts: number;
  /** Team files read. */
  readonly teams: number;
  /** Errors and warnings, sorted by file and position. */
  readonly diagnostics: readonly Diagnostic[];
  readonly errors: number;
  readonly warnings: number;
}

/** Options of a check. */
export interface CheckOptions {
  /** Base of the file paths shown in messages (default: the working directory). */
  readonly displayRoot?: string;
  /** Folder of the build's read cache (src/recap/read-cache.ts): unchanged recaps are not parsed and validated again. */
  readonly readCacheDir?: string;
}

/** Checks every recap (drafts included) and team file under a content folder. */
export async function checkContent(contentDir: string, options: CheckOptions = {}): Promise<CheckResult> {
  const displayRoot = options.displayRoot ?? process.cwd();
  const dirs = contentDirs(contentDir);
  const [content, teamFiles] = await Promise.all([
    loadContent(dirs, { includeDrafts: true, displayRoot, keepSources: true, readCacheDir: options.readCacheDir }),
    listTeamFiles(dirs.teams),
  ]);
  // Warnings are positioned in each recap's source as the reader parsed it: no file is read twice.
  const warnings = content.recaps.map((recap) => {
    const source = content.sources.get(recap.file);
    return source ? recapWarnings(recap, source) : [];
  });
  const diagnostics = sortDiagnostics([...content.diagnostics, ...warnings.flat()]);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return {
    recaps: content.files.length,
    drafts: content.recaps.filter((r) => r.draft).length,
    teams: teamFiles.length,
    diagnostics,
    errors,
    warnings: diagnostics.length - errors,
  };
}

const PLAIN: Styles = { error: (s) => s, warning: (s) => s, dim: (s) => s, bold: (s) => s };

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The closing line: what was read and what was found. */
export function summaryLine(result: CheckResult, milliseconds?: number): string {
  const read = `${count(result.recaps, 'recap')}${result.drafts > 0 ? ` (${count(result.drafts, 'draft')})` : ''}, ${count(result.teams, 'team file')}`;
  const found = `${count(result.errors, 'error')}, ${count(result.warnings, 'warning')}`;
  return `${read}: ${found}${milliseconds === undefined ? '' : ` (${Math.round(milliseconds)} ms)`}`;
}

/** Text for a terminal: each message exactly as the build prints it, then the summary. */
export function formatCheckText(result: CheckResult, styles: Styles = PLAIN, milliseconds?: number): string {
  const body = result.diagnostics.map((d) => formatDiagnostic(d, styles)).join('\n\n');
  const summary = summaryLine(result, milliseconds);
  const styled = result.errors > 0 ? styles.error(summary) : result.warnings > 0 ? styles.warning(summary) : styles.bold(summary);
  return body === '' ? styled : `${body}\n\n${styled}`;
}

/** Machine-readable output (`--json`): counts and every diagnostic with its position. */
export function formatCheckJson(result: CheckResult, milliseconds?: number): string {
  const diagnostics = result.diagnostics.map((d) => ({
    file: d.file,
    line: d.line,
    column: d.column,
    length: d.length,
    severity: d.severity,
    rule: d.rule,
    path: d.path,
    message: d.message,
    ...(d.hint === undefined ? {} : { hint: d.hint }),
    sourceLine: d.sourceLine,
  }));
  const { recaps, drafts, teams, errors, warnings } = result;
  return JSON.stringify(
    {
      ok: errors === 0,
      recaps,
      drafts,
      teams,
      errors,
      warnings,
      ...(milliseconds === undefined ? {} : { milliseconds: Math.round(milliseconds) }),
      diagnostics,
    },
    null,
    2,
  );
}
