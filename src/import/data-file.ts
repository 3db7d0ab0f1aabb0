/**
 * Reading a data file for `npm run import`: strict JSON with the position of the first syntax error, the
 * parse tree (jsonc-parser keeps node offsets) so any path inside the file can be shown at its line and
 * column, and the one text form of import errors.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { formatPath, type FieldPath, type Styles } from '../recap/diagnostics.ts';
import { lineStartsOf, positionAt } from '../recap/source.ts';

/** A problem with the data file as a whole: broken JSON, or a shape no importer reads. */
export interface ImportError {
  readonly file: string;
  /** Path inside the file, like `response[0].fixture.date`; empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
  readonly hint?: string;
  readonly line?: number;
  readonly column?: number;
  readonly length?: number;
  readonly sourceLine?: string;
}

/** A parsed data file: its values, and where each of them is. */
export interface DataFile {
  readonly file: string;
  readonly text: string;
  readonly data: unknown;
  readonly tree: Node;
  readonly lineStarts: readonly number[];
}

/** What each jsonc-parser error code found, in words (codes by name: the enum is a const enum). */
const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'a character that cannot start a JSON value',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'something other than a quoted property name',
  ValueExpected: 'no value',
  ColonExpected: 'no colon after a property name',
  CommaExpected: 'two values without a comma between them',
  CloseBraceExpected: 'an object that is never closed',
  CloseBracketExpected: 'an array that is never closed',
  EndOfFileExpected: 'more text after the end of the JSON value',
  InvalidCommentToken: 'a comment',
  UnexpectedEndOfComment: 'an unfinished comment',
  UnexpectedEndOfString: 'a string that is never closed',
  UnexpectedEndOfNumber: 'an unfinished number',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'an escape that JSON does not have',
  InvalidCharacter: 'a control character inside a string',
};

/** Parses a data file's text as strict JSON (no comments, no trailing commas). */
export function parseDataFile(file: string, rawText: string): { ok: true; data: DataFile } | { ok: false; error: ImportError } {
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  const lineStarts = lineStartsOf(text);
  const start = text.search(/\S/);
  if (start === -1) return { ok: false, error: { file, path: '', message: 'found an empty file, expected JSON data' } };
  if (text[start] !== '{' && text[start] !== '[') {
    const pos = positionAt(file, text, lineStarts, start, 1);
    return {
      ok: false,
      error: {
        path: '',
        message: `found text that is not JSON (it starts with ${JSON.stringify(pos.sourceLine.trim().slice(0, 20))}), expected a JSON data file`,
        hint: 'give an openfootball .json file or a saved API-Football /fixtures response',
        ...pos,
      },
    };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const [first] = errors;
  if (first || !tree) {
    const offset = Math.min(first?.offset ?? 0, Math.max(0, text.length - 1));
    const pos = positionAt(file, text, lineStarts, offset, first?.length ?? 1);
    const code = first ? printParseErrorCode(first.error) : 'ValueExpected';
    const found = SYNTAX[code] ?? 'a syntax error';
    const hint =
      code === 'PropertyNameExpected' || code === 'ValueExpected'
        ? 'a comma before a closing } or ] is not allowed in JSON; nor is an empty value'
        : code === 'CommaExpected'
          ? 'a comma is missing before this value (at the end of the line above, when the value starts a line)'
          : undefined;
    return {
      ok: false,
      error: {
        path: '',
        message: `broken JSON: found ${found}, expected valid JSON`,
        ...(hint ? { hint } : {}),
        ...pos,
      },
    };
  }
  // JSON.parse gives the values (jsonc-parser's tree is only for positions); both accept exactly strict JSON here.
  return { ok: true, data: { file, text, data: JSON.parse(text) as unknown, tree, lineStarts } };
}

/** An error about the value at `path` (or the nearest enclosing value that exists), with its position. */
export function errorAt(data: DataFile, path: FieldPath, message: string, hint?: string): ImportError {
  let node: Node | undefined;
  for (let n = path.length; n >= 0 && !node; n--) node = findNodeAtLocation(data.tree, path.slice(0, n) as (string | number)[]);
  const offset = node?.offset ?? 0;
  // Point at the first line of a multi-line value: the opening brace or bracket is enough.
  const length = node && (node.type === 'object' || node.type === 'array') ? 1 : (node?.length ?? 1);
  const pos = positionAt(data.file, data.text, data.lineStarts, offset, length);
  return { path: formatPath(path), message, ...(hint === undefined ? {} : { hint }), ...pos };
}

/** How much of a long line (API-Football responses are one line) is shown around the column. */
const WINDOW = 72;

const PLAIN: Styles = { error: (s) => s, warning: (s) => s, dim: (s) => s, bold: (s) => s };

/**
 * Formats an import error like a recap diagnostic (`file:line:col  path  error: message`, the line, a caret,
 * a hint), showing only a window of very long lines.
 */
export function formatImportError(error: ImportError, styles: Styles = PLAIN): string {
  const where = error.line === undefined ? error.file : `${error.file}:${error.line}:${error.column ?? 1}`;
  const head = `${styles.bold(where)}  ${error.path === '' ? '(file)' : error.path}  ${styles.error('error')}: ${error.message}`;
  const lines = [head];
  if (error.line !== undefined && error.sourceLine !== undefined) {
    const chars = [...error.sourceLine.replace(/\t/g, ' ')];
    const column = Math.max(0, (error.column ?? 1) - 1);
    let from = 0;
    let to = chars.length;
    if (chars.length > WINDOW) {
      from = Math.max(0, Math.min(column - 24, chars.length - WINDOW));
      to = Math.min(chars.length, from + WINDOW);
    }
    const prefix = from > 0 ? '…' : '';
    const shown = prefix + chars.slice(from, to).join('') + (to < chars.length ? '…' : '');
    const caretAt = prefix.length + column - from;
    const caret = Math.max(1, Math.min(error.length ?? 1, to - column));
    const gutter = ' '.repeat(String(error.line).length);
    lines.push(
      styles.dim(` ${error.line} | `) + shown,
      styles.dim(` ${gutter} | `) + ' '.repeat(caretAt) + styles.error('^'.repeat(caret)),
    );
    if (error.hint) lines.push(` ${gutter} = hint: ${error.hint}`);
  } else if (error.hint) lines.push(`  = hint: ${error.hint}`);
  return lines.join('\n');
}
