/** The text `npm run import` prints: the progress line, then what was written, skipped and not carried. */
import type { Styles } from '../recap/diagnostics.ts';
import type { ImportReport } from './run.ts';

const PLAIN: Styles = { error: (s) => s, warning: (s) => s, dim: (s) => s, bold: (s) => s };

/** How many written files are listed by name before the rest are counted. */
const LISTED = 10;

function count(n: number, one: string, many = `${one}es`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The progress line after `done` of `total` matches, or undefined when none is due: on a terminal every match
 * (the line is rewritten in place), otherwise a plain line every tenth of a file of ten matches or more.
 */
export function progressLine(done: number, total: number, label: string, tty: boolean, lastShown: number): string | undefined {
  if (tty) return `Importing ${done}/${total}: ${label}`;
  if (total < 10) return undefined;
  const step = Math.ceil(total / 10);
  if (done !== total && Math.floor(done / step) === Math.floor(lastShown / step)) return undefined;
  return `Imported ${done}/${total} matches`;
}

/** The report of an import, for a terminal or a log. */
export function formatReport(report: ImportReport, file: string, styles: Styles = PLAIN, draft = true): string {
  const lines: string[] = [];
  const filtered = report.selected === report.total ? '' : `, ${report.selected} of them picked by --match/--since`;
  lines.push(`${styles.bold(file)} (${report.format}): ${count(report.total, 'match')}${filtered}`);
  if (report.selected === 0) lines.push(styles.error('No match to import: nothing written.'));
  if (report.written.length > 0) {
    const kind = draft ? ' as drafts (`npm run dev` shows them; set `draft: false` to publish)' : '';
    lines.push(`Wrote ${count(report.written.length, 'recap', 'recaps')} to ${report.recapsDir}/${kind}:`);
    const shown = report.written.length > LISTED ? report.written.slice(0, LISTED - 1) : report.written;
    for (const w of shown) lines.push(`  ${w.file}`);
    if (shown.length < report.written.length) lines.push(styles.dim(`  … and ${report.written.length - shown.length} more`));
  } else if (report.selected > 0) lines.push('Wrote no recap.');
  if (report.skipped.length > 0) {
    lines.push(`Skipped ${count(report.skipped.length, 'match')} (nothing overwritten):`);
    for (const s of report.skipped) lines.push(`  ${s.label}: ${s.reason}`);
  }
  if (report.passedOver.length > 0) {
    lines.push(`Passed over ${count(report.passedOver.length, 'match')} that cannot be recaps yet:`);
    for (const p of report.passedOver) lines.push(`  ${p.label} (${p.at}): ${p.reason}`);
  }
  const notCarried = notCarriedLines(report);
  if (notCarried.length > 0) {
    lines.push('Not carried (the data holds them; the recap format has no field for them):');
    lines.push(...notCarried.map((l) => `  ${l}`));
  }
  if (report.warnings.length > 0) {
    lines.push(styles.warning(`Warnings about the data (${report.warnings.length}):`));
    for (const w of report.warnings) lines.push(`  ${w.label} (${w.at}): ${w.message}`);
  }
  if (report.unreadable.length > 0)
    lines.push(
      styles.warning(
        `Could not read ${count(report.unreadable.length, 'recap', 'recaps')} already there (\`npm run check\` says why), so a match they report may have been imported again: ${report.unreadable.join(', ')}`,
      ),
    );
  if (report.unknownTeams.length > 0)
    lines.push(
      `Teams without a file in content/teams/ (one gives a team its short name, colour and other names): ${report.unknownTeams.join(', ')}`,
    );
  if (report.failed.length > 0)
    lines.push(
      styles.error(
        `Not written: ${count(report.failed.length, 'match')} whose recap would not pass the check (${report.failed.map((f) => f.label).join('; ')}); the check's messages follow, placed in each recap as it would have been written.`,
      ),
    );
  return lines.join('\n');
}

/** One line per reason; fields without a reason and held by the same matches share a line. */
function notCarriedLines(report: ImportReport): string[] {
  const written = report.written.length;
  const of = (n: number) => (written === 1 ? '' : ` (${n} of ${written} recaps)`);
  const plain = new Map<number, string[]>();
  const lines: string[] = [];
  for (const item of report.notCarried) {
    if (item.why) lines.push(`${item.field}${of(item.matches)}: ${item.why}`);
    else plain.set(item.matches, [...(plain.get(item.matches) ?? []), item.field]);
  }
  const grouped = [...plain.entries()].sort((a, b) => b[0] - a[0]).map(([n, fields]) => `${fields.join(', ')}${of(n)}`);
  const file = report.fileNotCarried.length > 0 ? [`${report.fileNotCarried.map((f) => f.field).join(', ')} (the file)`] : [];
  return [...grouped, ...lines, ...file];
}
