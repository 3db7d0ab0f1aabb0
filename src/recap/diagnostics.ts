/**
 * Positioned problems in content files, and their one true text form:
 * `file:line:col  field.path  message`, the source line, a caret, and a hint.
 */

/** How bad a problem is: errors stop the build, warnings only inform. */
export type Severity = 'error' | 'warning';

/** A place in a content file. Lines and columns start at 1. */
export interface Position {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** How many characters the caret underlines (at least 1). */
  readonly length: number;
  /** The text of the line, without its line break. */
  readonly sourceLine: string;
}

/** One problem found in content. */
export interface Diagnostic extends Position {
  readonly severity: Severity;
  /** Field path in the frontmatter, like `events[3].minute`; empty for the file as a whole. */
  readonly path: string;
  /** What was found and what was expected. */
  readonly message: string;
  /** How to fix it, when a hint helps. */
  readonly hint?: string;
  /** A stable identifier of the rule, for tooling (`--json`). */
  readonly rule: string;
}

/** Path segments as zod and the YAML document give them. */
export type FieldPath = readonly (string | number)[];

/** Turns `['events', 3, 'minute']` into `events[3].minute`. */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** Renders a value the author wrote, for "found …" messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Uint8Array) return 'binary data';
  if (value instanceof Date) return 'a date-time';
  if (value instanceof Map || value instanceof Set) return 'a YAML collection';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** Text styling for terminal output; identity functions when colour is off. */
export interface Styles {
  readonly error: (s: string) => string;
  readonly warning: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

const plain: Styles = { error: (s) => s, warning: (s) => s, dim: (s) => s, bold: (s) => s };

/** Formats one diagnostic as the lines a person reads. */
export function formatDiagnostic(d: Diagnostic, styles: Styles = plain): string {
  const label = d.severity === 'error' ? styles.error('error') : styles.warning('warning');
  const head = `${styles.bold(`${d.file}:${d.line}:${d.column}`)}  ${d.path === '' ? '(file)' : d.path}  ${label}: ${d.message}`;
  const gutter = String(d.line).length;
  const pad = ' '.repeat(gutter);
  // Control characters (a NUL in a UTF-16 file, an escape code) would garble the terminal: show their pictures.
  const shown = d.sourceLine
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, (c) => String.fromCharCode(c === '\u007f' ? 0x2421 : 0x2400 + c.charCodeAt(0)));
  const caretAt = Math.max(0, Math.min(d.column - 1, shown.length));
  const caretLength = Math.max(1, Math.min(d.length, Math.max(1, shown.length - caretAt)));
  const lines = [
    head,
    styles.dim(` ${d.line} | `) + shown,
    styles.dim(` ${pad} | `) + ' '.repeat(caretAt) + (d.severity === 'error' ? styles.error : styles.warning)('^'.repeat(caretLength)),
  ];
  if (d.hint) lines.push(` ${pad} = hint: ${d.hint}`);
  return lines.join('\n');
}

/** Formats a list of diagnostics with a closing count. */
export function formatReport(diagnostics: readonly Diagnostic[], styles: Styles = plain): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const body = diagnostics.map((d) => formatDiagnostic(d, styles)).join('\n\n');
  const summary = `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
  return body === '' ? summary : `${body}\n\n${summary}`;
}

/** Orders diagnostics by file, then line, then column. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** Thrown where content is invalid; carries every diagnostic and prints them without a stack trace. */
export class ContentError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    super(`Invalid recap content\n\n${formatReport(diagnostics)}`);
    this.name = 'ContentError';
    this.diagnostics = diagnostics;
    this.stack = this.message;
  }
}
