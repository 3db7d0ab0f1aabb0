/**
 * Reads a recap file's text into its parts (frontmatter YAML document and Markdown body) and maps
 * field paths back to line and column in the file the author edits.
 */
import matter from 'gray-matter';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic, FieldPath, Position, Severity } from './diagnostics.ts';
import { formatPath } from './diagnostics.ts';
import { fastFrontmatter } from './fast-yaml.ts';

/** A recap file split into frontmatter and body, with what is needed to position errors. */
export interface RecapSource {
  /** The file path shown in messages. */
  readonly file: string;
  /** The full text (BOM removed). */
  readonly text: string;
  /** The parsed YAML frontmatter. */
  readonly doc: Document.Parsed;
  /** Offset of the first YAML character in `text`. */
  readonly yamlOffset: number;
  /** The Markdown body. */
  readonly body: string;
  /** Line number (1-based) where the body starts. */
  readonly bodyLine: number;
  /** Start offset of each line in `text`. */
  readonly lineStarts: readonly number[];
}

/** The problems that stopped a file being read. */
type Failure = { readonly ok: false; readonly diagnostics: Diagnostic[] };

/** Either the split source, or the problems that stopped it being read. */
export type SourceResult = { readonly ok: true; readonly source: RecapSource } | Failure;

/** Options for gray-matter: a no-op engine, because the `yaml` document API parses (it keeps positions). */
const MATTER_OPTIONS = { engines: { yaml: { parse: () => ({}), stringify: () => '' } } };

/** Decodes bytes as strict UTF-8, or reports where the first invalid byte is. */
export function decodeUtf8(file: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; diagnostics: Diagnostic[] } {
  const bad = firstInvalidUtf8(bytes);
  if (bad === -1) return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
  const lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
  const lineEnd = bytes.indexOf(0x0a, bad);
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  const lossy = new TextDecoder('utf-8');
  const byte = bytes[bad] ?? 0;
  return {
    ok: false,
    diagnostics: [
      {
        file,
        line,
        column: [...lossy.decode(bytes.subarray(lineStart, bad))].length + 1,
        length: 1,
        sourceLine: lossy.decode(bytes.subarray(lineStart, lineEnd === -1 ? bytes.length : lineEnd)).replace(/\r$/, ''),
        severity: 'error',
        path: '',
        rule: 'encoding',
        message:
          bad === 0 && (byte === 0xff || byte === 0xfe) && (bytes[1] ?? 0) === (byte ^ 0x01)
            ? `found a UTF-16 file (it starts with the bytes 0x${byte.toString(16).toUpperCase()} 0x${(byte ^ 1).toString(16).toUpperCase()}); expected a UTF-8 text file`
            : `found the byte 0x${byte.toString(16).padStart(2, '0').toUpperCase()}, which is not UTF-8; expected a UTF-8 text file`,
        hint: 'save the file as UTF-8 (in VS Code: "Save with Encoding", then "UTF-8")',
      },
    ],
  };
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    const second = bytes[i + 1] ?? 0;
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const c = bytes[i + k] ?? 0;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

/** Start offsets of every line of `text`. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Index (0-based) of the line holding a character offset. */
export function lineIndexOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Converts a character offset to a 1-based position with the text of its line. */
export function positionAt(file: string, text: string, lineStarts: readonly number[], offset: number, length = 1): Position {
  const lo = lineIndexOf(lineStarts, offset);
  const start = lineStarts[lo] ?? 0;
  const next = lineStarts[lo + 1];
  const sourceLine = text.slice(start, next === undefined ? text.length : next - 1).replace(/\r$/, '');
  const column = [...text.slice(start, offset)].length + 1;
  return { file, line: lo + 1, column, length: Math.max(1, Math.min(length, sourceLine.length - column + 1)), sourceLine };
}

/** A problem at a position, as a diagnostic. */
export function diagnosticAt(
  pos: Position,
  fields: { path: string; message: string; rule: string; hint?: string | undefined; severity?: Severity },
): Diagnostic {
  const { hint, severity = 'error', ...rest } = fields;
  return { ...pos, ...rest, severity, ...(hint === undefined ? {} : { hint }) };
}

/** A failure with one problem of the whole file at an offset of its text. */
function failAt(file: string, text: string, lineStarts: readonly number[]) {
  return (offset: number, rule: string, message: string, hint?: string): Failure => ({
    ok: false,
    diagnostics: [diagnosticAt(positionAt(file, text, lineStarts, offset), { path: '', message, rule, hint })],
  });
}

/** A recap file cut into its frontmatter and body, before the frontmatter is parsed. */
interface RecapParts {
  readonly text: string;
  readonly lineStarts: readonly number[];
  /** Offset of the first YAML character in `text`. */
  readonly yamlOffset: number;
  /** The frontmatter's YAML text. */
  readonly yamlText: string;
  /** Offset of the line break before the closing `---`. */
  readonly closeBreak: number;
  readonly body: string;
  readonly bodyLine: number;
}

/** Cuts a recap file into frontmatter and body, reporting problems with the `---` lines. */
function cutRecap(file: string, rawText: string): { ok: true; parts: RecapParts } | Failure {
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  const lineStarts = lineStartsOf(text);
  const fail = failAt(file, text, lineStarts);

  if (text.trim() === '') {
    return fail(
      0,
      'empty-file',
      'found an empty file, expected frontmatter between `---` lines followed by the recap',
      'start from `npm run new`, or copy a recap from content/recaps/',
    );
  }
  const firstBreak = text.search(/\r?\n|$/);
  const firstLine = text.slice(0, firstBreak);
  if (firstLine.trimEnd() !== '---') {
    return fail(
      0,
      'no-frontmatter',
      `found ${JSON.stringify(firstLine.slice(0, 40))} on the first line, expected \`---\` opening the frontmatter`,
      firstLine.trim() === '---'
        ? 'remove the spaces before `---`: the line must start with it'
        : 'a recap starts with a `---` line, the match fields, and another `---` line before the text',
    );
  }
  // The frontmatter ends at the first line starting with `---`, the same line gray-matter stops at.
  const closeBreak = text.indexOf('\n---', firstBreak);
  if (closeBreak === -1) {
    return fail(
      0,
      'unclosed-frontmatter',
      'found no closing `---` line, expected the frontmatter to end with `---`',
      'add a line with just `---` after the last frontmatter field',
    );
  }
  const closeEnd = text.indexOf('\n', closeBreak + 1);
  const closingLine = text.slice(closeBreak + 1, closeEnd === -1 ? text.length : closeEnd).replace(/\r$/, '');
  if (closingLine.trimEnd() !== '---') {
    return fail(
      closeBreak + 1,
      'unclosed-frontmatter',
      `found ${JSON.stringify(closingLine.slice(0, 40))} where the frontmatter ends, expected a line with just \`---\``,
      'a line starting with `---` closes the frontmatter; write exactly `---` there',
    );
  }
  const yamlOffset = Math.min(firstBreak + (text.startsWith('\r\n', firstBreak) ? 2 : 1), closeBreak);
  // A lone \r before the closing line (CRLF files) is not a YAML line break.
  const yamlText = text.slice(yamlOffset, closeBreak).replace(/\r$/, '');
  const parsed = matter(text, MATTER_OPTIONS);
  const body = parsed.content.replace(/^[ \t]+(?:\r?\n|$)/, '');
  const bodyStart = text.length - body.length;
  const bodyLine = lineStarts.findIndex((s) => s >= bodyStart) + 1 || lineStarts.length;
  return { ok: true, parts: { text, lineStarts, yamlOffset, yamlText, closeBreak, body, bodyLine } };
}

/** Parses frontmatter with `yaml`, which keeps each node's position. */
function parseFrontmatter(yamlText: string): Document.Parsed {
  return parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true, strict: true });
}

/** The source of parts whose frontmatter is parsed with positions only when something asks for its document. */
function sourceOf(file: string, parts: RecapParts, parse: () => Document.Parsed): RecapSource {
  let doc: Document.Parsed | undefined;
  const { text, yamlOffset, body, bodyLine, lineStarts } = parts;
  return {
    file,
    text,
    yamlOffset,
    body,
    bodyLine,
    lineStarts,
    get doc() {
      return (doc ??= parse());
    },
  };
}

/**
 * The recap's source and its frontmatter's data when the fast parse takes it (src/recap/fast-yaml.ts), else undefined:
 * the caller then reads the file with splitRecap, whose messages are positioned. The YAML document is parsed with
 * positions only if something asks for it (a finding to position).
 */
export function splitRecapFast(file: string, rawText: string): { source: RecapSource; data: Record<string, unknown> } | undefined {
  const cut = cutRecap(file, rawText);
  if (!cut.ok) return undefined;
  const data = fastFrontmatter(cut.parts.yamlText);
  return data && { source: sourceOf(file, cut.parts, () => parseFrontmatter(cut.parts.yamlText)), data };
}

/** Splits a recap file into YAML frontmatter and Markdown body, reporting structural problems. */
export function splitRecap(file: string, rawText: string): SourceResult {
  const cut = cutRecap(file, rawText);
  if (!cut.ok) return cut;
  const { text, lineStarts, yamlOffset, yamlText, closeBreak } = cut.parts;
  const at = (offset: number, length = 1) => positionAt(file, text, lineStarts, offset, length);
  const fail = failAt(file, text, lineStarts);
  const doc = parseFrontmatter(yamlText);
  // Only the first syntax error: the ones after it are usually echoes of the same mistake.
  const [error] = doc.errors;
  if (error) {
    const [start, end] = error.pos;
    const errorOffset = yamlOffset + Math.min(start, Math.max(0, yamlText.length - 1));
    // An unquoted colour on the error line or the one before turns the rest of a flow mapping into a comment.
    const errorLine = lineIndexOf(lineStarts, errorOffset);
    const from = Math.max(yamlOffset, lineStarts[Math.max(0, errorLine - 1)] ?? 0);
    const to = lineStarts[errorLine + 1] ?? text.length;
    const colour = /:[ \t]+(#[0-9A-Fa-f]{3,6})\b/.exec(text.slice(from, to));
    if (colour) {
      const offset = from + colour.index + colour[0].length - (colour[1] ?? '').length;
      return {
        ok: false,
        diagnostics: [
          diagnosticAt(at(offset, (colour[1] ?? '').length), {
            path: '',
            rule: 'yaml-syntax',
            message: `found an unquoted colour ${colour[1] ?? ''}, which YAML reads as a comment; expected a quoted value`,
            hint: `write it in quotes: "${colour[1] ?? ''}"`,
          }),
        ],
      };
    }
    const pos = at(errorOffset, end - start);
    return {
      ok: false,
      diagnostics: [
        diagnosticAt(pos, {
          path: '',
          rule: 'yaml-syntax',
          message: `invalid YAML: ${yamlMessage(error.message)}`,
          hint: yamlHint(error.code, error.message, pos.sourceLine),
        }),
      ],
    };
  }
  if (yamlText.trim() === '' || !isMap(doc.contents)) {
    return fail(
      yamlText.trim() === '' ? closeBreak + 1 : yamlOffset,
      'frontmatter-not-mapping',
      `found ${yamlText.trim() === '' ? 'empty frontmatter' : 'frontmatter that is not a list of fields'}, expected fields like \`title:\`, \`date:\` and \`match:\``,
    );
  }
  return { ok: true, source: sourceOf(file, cut.parts, () => doc) };
}

function yamlMessage(message: string): string {
  return message
    .replace(/ at line \d+, column \d+:?[\s\S]*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function yamlHint(code: string, message: string, line: string): string | undefined {
  if (/:\s*#/.test(line)) return 'quote values that start with #, like `color: "#D11241"`: an unquoted # starts a YAML comment';
  const bracket = /end with a ([\]}])/.exec(message)?.[1];
  if (bracket) return `a ${bracket === ']' ? '`[` list' : '`{` mapping'} opened on an earlier line is not closed: add the \`${bracket}\``;
  if (/closing "?quote/i.test(message)) return 'close the quoted text with the same quote mark it opens with';
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each field may appear once; remove or rename the repeated one';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation: nested fields are indented by the same number of spaces';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a value containing `: ` or `#` must be quoted';
    case 'TAB_AS_INDENT':
      return 'YAML indents with spaces, not tabs';
    default:
      return undefined;
  }
}

/** Where a field path points in the source: the value node, or its key when `key` is true. */
export function locate(source: RecapSource, path: FieldPath, options: { key?: boolean } = {}): Position {
  let node: unknown = source.doc.contents;
  let keyNode: Node | undefined;
  let lastFound: Node | undefined = node as Node;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (isMap(node) && typeof segment === 'string') {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value;
      lastFound = (pair.value as Node | null) ?? keyNode;
      if (i === path.length - 1 && options.key) lastFound = keyNode;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      keyNode = undefined;
      node = item;
      lastFound = item as Node;
    } else {
      break;
    }
  }
  const range = lastFound?.range;
  const start = range ? range[0] : 0;
  const end = range ? range[1] : start + 1;
  return positionAt(source.file, source.text, source.lineStarts, source.yamlOffset + start, Math.max(1, end - start));
}

/** The value in the document at a path, as plain data (for messages). */
export function valueAt(source: RecapSource, path: FieldPath): unknown {
  const node = source.doc.getIn(path as (string | number)[], true);
  return isScalar(node) ? node.value : (node as { toJSON?: () => unknown } | undefined)?.toJSON?.();
}

/** The path formatted for messages (re-exported for callers that only import this module). */
export { formatPath };

/**
 * The source of a file already known to be valid (its read came from the read cache, src/recap/read-cache.ts): the
 * text is decoded when something asks for it, and the YAML parsed with positions only when something asks for its
 * document (a finding to position).
 */
export function lazySource(file: string, content: Uint8Array | string): RecapSource {
  let split: RecapSource | undefined;
  const get = (): RecapSource => {
    if (split) return split;
    const decoded = typeof content === 'string' ? { ok: true as const, text: content } : decodeUtf8(file, content);
    const cut = decoded.ok ? cutRecap(file, decoded.text) : undefined;
    if (!cut?.ok) throw new Error(`${file} changed since it was read`);
    split = sourceOf(file, cut.parts, () => parseFrontmatter(cut.parts.yamlText));
    return split;
  };
  return {
    file,
    get text() {
      return get().text;
    },
    get doc() {
      return get().doc;
    },
    get yamlOffset() {
      return get().yamlOffset;
    },
    get body() {
      return get().body;
    },
    get bodyLine() {
      return get().bodyLine;
    },
    get lineStarts() {
      return get().lineStarts;
    },
  };
}
