/**
 * Reads one recap file: bytes → UTF-8 text → frontmatter and body → schema → rules → normalised recap.
 * Every problem comes back as a positioned diagnostic; nothing here throws for bad input.
 */
import type { Diagnostic } from './diagnostics.ts';
import { formatPath } from './diagnostics.ts';
import type { Minute } from './minute.ts';
import type { Recap, TeamLookup } from './model.ts';
import { buildRecap } from './normalise.ts';
import { checkMatchRules, type Problem } from './rules.ts';
import { frontmatterSchema } from './schema.ts';
import { problemsFromIssue } from './schema-issues.ts';
import { decodeUtf8, diagnosticAt, locate, splitRecap, type RecapSource } from './source.ts';

/** The outcome of reading one file. */
export type ReadResult =
  | { readonly ok: true; readonly recap: Recap; readonly source: RecapSource }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[]; readonly draft: boolean };

/** Positions problems found by path in the source. */
export function positionProblems(source: RecapSource, problems: readonly Problem[]): Diagnostic[] {
  return problems.map((p) =>
    diagnosticAt(locate(source, p.path, { key: p.key ?? false }), {
      path: formatPath(p.path),
      message: p.message,
      rule: p.rule,
      hint: p.hint,
    }),
  );
}

/**
 * Reads a recap from its bytes or text. `file` is the path shown in messages; `slug` the URL segment;
 * `teams` resolves team names to their data files (canonical name, defaults).
 */
export function readRecap(file: string, slug: string, content: Uint8Array | string, teams?: TeamLookup): ReadResult {
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    const decoded = decodeUtf8(file, content);
    if (!decoded.ok) return { ok: false, diagnostics: decoded.diagnostics, draft: false };
    text = decoded.text;
  }
  const split = splitRecap(file, text);
  if (!split.ok) return { ok: false, diagnostics: split.diagnostics, draft: false };
  const source = split.source;
  const data: unknown = source.doc.toJS({ maxAliasCount: 50 });
  const draft = isDraft(data);
  const parsed = frontmatterSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => problemsFromIssue(issue, data));
    return { ok: false, diagnostics: positionProblems(source, dedupe(problems)), draft };
  }
  const fm = parsed.data;
  const hasEvents = source.doc.has('events');
  const { minutes, problems } = checkMatchRules(fm, hasEvents);
  if (problems.length > 0) return { ok: false, diagnostics: positionProblems(source, problems), draft };
  return { ok: true, recap: buildRecap(slug, file, fm, source.body, minutes as Minute[], hasEvents, teams), source };
}

function isDraft(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { draft?: unknown }).draft === true;
}

function dedupe(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${formatPath(p.path)}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
