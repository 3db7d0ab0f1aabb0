/**
 * Reads one recap file: bytes → UTF-8 text → frontmatter and body → schema → rules → normalised recap.
 * Every problem comes back as a positioned diagnostic; nothing here throws for bad input.
 */
import { visit } from 'yaml';
import type { Diagnostic } from './diagnostics.ts';
import { describeValue, formatPath, sortDiagnostics } from './diagnostics.ts';
import { isMinute, parseMinute, type Minute } from './minute.ts';
import type { Recap } from './model.ts';
import { buildRecap, type BuildOptions } from './normalise.ts';
import { checkMatchRules, type Problem } from './rules.ts';
import { frontmatterSchema, type Frontmatter } from './schema.ts';
import { problemsFromIssue, rawHalfLength, valueAtPath } from './schema-issues.ts';
import { decodeUtf8, diagnosticAt, locate, positionAt, splitRecap, splitRecapFast, type RecapSource } from './source.ts';

/** Alias uses allowed when expanding the YAML (guards against "billion laughs" documents). */
const MAX_ALIASES = 50;

/** The outcome of reading one file. */
export type ReadResult =
  | { readonly ok: true; readonly recap: Recap; readonly source: RecapSource }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[]; readonly draft: boolean };

/** Positions problems found by path in the source. */
export function positionProblems(source: RecapSource, problems: readonly Problem[]): Diagnostic[] {
  return problems.map((p) =>
    diagnosticAt(locate(source, p.path, { key: p.key ?? false }), {
      path: formatPath(p.field ?? p.path),
      message: p.message,
      rule: p.rule,
      hint: p.hint,
    }),
  );
}

/** What the reader needs beyond the file itself: team data files and the site's language. */
export type ReadOptions = BuildOptions;

/**
 * Reads a recap from its bytes or text. `file` is the path shown in messages; `slug` the URL segment;
 * `options.teams` resolves team names to their data files, `options.defaultLang` is the site's language.
 */
export function readRecap(file: string, slug: string, content: Uint8Array | string, options: ReadOptions = {}): ReadResult {
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    const decoded = decodeUtf8(file, content);
    if (!decoded.ok) return { ok: false, diagnostics: decoded.diagnostics, draft: false };
    text = decoded.text;
  }
  // The recap of a file whose frontmatter passed the checks, from either parse below.
  const accept = (source: RecapSource, checked: Passed, hasEvents: boolean): ReadResult => ({
    ok: true,
    recap: buildRecap(slug, file, checked.fm, source.body, checked.minutes, hasEvents, options),
    source,
  });
  // Most files are valid and written plainly: their frontmatter is read fast, and positions are parsed only for a
  // finding (src/recap/fast-yaml.ts). Anything else, and any file with an error, is read with `yaml` below, so the
  // author's messages always come from the same parse.
  const fast = splitRecapFast(file, text);
  if (fast) {
    const hasEvents = Object.hasOwn(fast.data, 'events');
    const checked = check(fast.data, hasEvents);
    if (checked.ok) return accept(fast.source, checked, hasEvents);
  }
  const split = splitRecap(file, text);
  if (!split.ok) return { ok: false, diagnostics: split.diagnostics, draft: false };
  const source = split.source;
  const converted = toData(source);
  if (!converted.ok) return { ok: false, diagnostics: converted.diagnostics, draft: false };
  const hasEvents = source.doc.has('events');
  const checked = check(converted.data, hasEvents);
  if (!checked.ok)
    return { ok: false, diagnostics: sortDiagnostics(positionProblems(source, checked.problems)), draft: isDraft(converted.data) };
  return accept(source, checked, hasEvents);
}

/** A recap's frontmatter data checked against the schema and the match rules: the parsed fields, or the problems. */
type Passed = { readonly ok: true; readonly fm: Frontmatter; readonly minutes: Minute[] };
type Checked = Passed | { readonly ok: false; readonly problems: Problem[] };

/** Checks frontmatter data (`hasEvents`: whether it lists `events`, even empty). */
function check(data: unknown, hasEvents: boolean): Checked {
  const parsed = frontmatterSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    // Minutes the schema let through can still be out of range: report them in the same run.
    const problems = [...parsed.error.issues.flatMap((issue) => problemsFromIssue(issue, data)), ...rawMinuteProblems(data)];
    return { ok: false, problems: dedupe(problems) };
  }
  const { minutes, problems } = checkMatchRules(parsed.data, hasEvents);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, fm: parsed.data, minutes: minutes as Minute[] };
}

/** The YAML document as plain data; alias bombs are refused with a position instead of thrown. */
function toData(source: RecapSource): { ok: true; data: unknown } | { ok: false; diagnostics: Diagnostic[] } {
  try {
    return { ok: true, data: source.doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch {
    let offset = 0;
    visit(source.doc, {
      Alias(_, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const pos = positionAt(source.file, source.text, source.lineStarts, source.yamlOffset + offset);
    return {
      ok: false,
      diagnostics: [
        diagnosticAt(pos, {
          path: '',
          rule: 'yaml-aliases',
          message: `found YAML aliases that expand to too many values, expected at most ${MAX_ALIASES} alias uses`,
          hint: 'write the values out instead of repeating them with `*alias`',
        }),
      ],
    };
  }
}

/** Minute problems over the raw events, for files whose schema check failed elsewhere. */
function rawMinuteProblems(data: unknown): Problem[] {
  const events = valueAtPath(data, ['events']);
  if (!Array.isArray(events)) return [];
  const extraTime = valueAtPath(data, ['match', 'extraTime']) === true;
  const halfLength = rawHalfLength(data);
  // A broken half length is its own error; minutes are measured against it only once it is right.
  if (halfLength === undefined) return [];
  return events.flatMap((event: unknown, i): Problem[] => {
    const value = valueAtPath(event, ['minute']);
    if (value === undefined) return [];
    const parsed = parseMinute(value, extraTime, halfLength);
    if (isMinute(parsed)) return [];
    return [
      {
        path: ['events', i, 'minute'],
        rule: 'minute-range',
        message: `found ${describeValue(value)}, expected ${parsed.expected}`,
        ...(parsed.hint === undefined ? {} : { hint: parsed.hint }),
      },
    ];
  });
}

function isDraft(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { draft?: unknown }).draft === true;
}

function dedupe(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${formatPath(p.field ?? p.path)}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
