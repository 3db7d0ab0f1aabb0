/**
 * Reads every recap in a folder: per-file validation, then the rules across files (unique slugs,
 * reports of the same match agreeing), drafts, and links between reports of one match.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from './diagnostics.ts';
import { sortDiagnostics } from './diagnostics.ts';
import { playerKey } from './appearances.ts';
import { formatScore, type MatchEvent, type Recap, type Side, type TeamLookup } from './model.ts';
import { readRecap, positionProblems, type ReadResult } from './read.ts';
import type { ReadCache } from './read-cache.ts';
import { diagnosticAt, lazySource, positionAt, type RecapSource } from './source.ts';
import { RECAP_SLUG, slugFor } from './slug.ts';

/** Options for loading a collection. */
export interface CollectionOptions {
  /** Keep drafts (dev server, check); production builds leave them out. */
  readonly includeDrafts: boolean;
  /** Base for the file paths shown in messages (default: the working directory). */
  readonly displayRoot?: string;
  /** Resolves team names to canonical teams (content/teams/), so aliases of one team are one team in `Match.key`. */
  readonly teams?: TeamLookup;
  /**
   * Results of an earlier read of the same files (the dev loader keeps one): a file whose content is the same is not
   * parsed and validated again, and the map is brought up to date. Clear it when `teams` or the settings change.
   */
  readonly reuse?: ReadReuse;
  /** The site's language (BCP 47, from the site settings), for recaps without `lang`; default `en`. */
  readonly defaultLang?: string;
  /**
   * Valid reads kept from earlier runs (src/recap/read-cache.ts), opened for the same `teams` and `defaultLang`: a file
   * found there is neither parsed nor validated; its source is parsed only if a finding in it must be positioned.
   */
  readonly cache?: ReadCache | undefined;
}

/** Per-file read results by path, with the content they were read from. */
export type ReadReuse = Map<string, { readonly content: Uint8Array | string; readonly result: ReadResult }>;

/** Every recap that passed, and every problem found. */
export interface Collection {
  /** Valid recaps, newest first (by date, then slug). */
  readonly recaps: readonly Recap[];
  readonly diagnostics: readonly Diagnostic[];
  /** Files read, drafts included. */
  readonly files: readonly string[];
  /**
   * Each valid file's parsed source (the YAML document with positions), by the path shown in messages, so checks
   * that run after reading (team identity, warnings) position their findings without reading the file again.
   */
  readonly sources: ReadonlyMap<string, RecapSource>;
}

/** One file's contents, for callers that already hold them (tests, the dev loader). */
export interface RecapFile {
  /** Absolute or relative path; its base name gives the slug. */
  readonly path: string;
  readonly content: Uint8Array | string;
}

/** Lists `.md` files under a folder, recursively, sorted. A missing folder has none. */
export async function listRecapFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && !e.name.startsWith('_') && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Reads and validates every recap in `dir`. */
export async function loadCollection(dir: string, options: CollectionOptions): Promise<Collection> {
  const paths = await listRecapFiles(dir);
  const files = await Promise.all(paths.map(async (p) => ({ path: p, content: await readFile(p) })));
  return checkCollection(files, options);
}

/** Validates recaps already in memory: per file, then across files. */
export function checkCollection(files: readonly RecapFile[], options: CollectionOptions): Collection {
  const root = options.displayRoot ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  const read: { recap: Recap; source: RecapSource }[] = [];
  const reuse = options.reuse;
  if (reuse) {
    const present = new Set(files.map((f) => f.path));
    for (const key of [...reuse.keys()]) if (!present.has(key)) reuse.delete(key);
  }
  for (const file of files) {
    const shown = path.relative(root, path.resolve(root, file.path)).split(path.sep).join('/');
    const slug = path.basename(file.path, '.md');
    const earlier = reuse?.get(file.path);
    const result = earlier && sameContent(earlier.content, file.content) ? earlier.result : readOrReuse(shown, slug, file.content, options);
    reuse?.set(file.path, { content: file.content, result });
    if (!result.ok) {
      if (!result.draft || options.includeDrafts) diagnostics.push(...result.diagnostics);
      continue;
    }
    if (result.recap.draft && !options.includeDrafts) continue;
    if (!RECAP_SLUG.test(slug)) {
      const suggestion = slugFor(slug);
      diagnostics.push(
        diagnosticAt(positionAt(shown, result.source.text, result.source.lineStarts, 0), {
          path: '',
          rule: 'slug-format',
          message: `found the file name "${slug}.md", expected lowercase letters, digits and hyphens (the name is the URL)`,
          hint: suggestion === '' ? 'rename the file with Latin letters and digits' : `rename it to ${suggestion}.md`,
        }),
      );
      continue;
    }
    read.push(result);
  }
  diagnostics.push(...duplicateSlugs(read), ...disagreements(read));
  const failed = new Set(diagnostics.map((d) => d.file));
  const groups = new Map<string, Recap[]>();
  for (const { recap } of read) groups.set(recap.match.key, [...(groups.get(recap.match.key) ?? []), recap]);
  const recaps = read
    .filter(({ recap }) => !failed.has(recap.file))
    .map(({ recap }) => ({
      ...recap,
      otherReports: (groups.get(recap.match.key) ?? [])
        .filter((other) => other.slug !== recap.slug)
        .map((other) => ({ slug: other.slug, title: other.title, lang: other.lang, ...(other.author ? { author: other.author } : {}) })),
    }))
    .sort(newestFirst);
  const sources = new Map(read.map(({ recap, source }) => [recap.file, source] as const));
  return { recaps, diagnostics: sortDiagnostics(diagnostics), files: files.map((f) => f.path), sources };
}

/** A file's read: from the read cache when it holds this input, else read now (and kept if valid). */
function readOrReuse(shown: string, slug: string, content: Uint8Array | string, options: CollectionOptions): ReadResult {
  const cache = options.cache;
  const key = cache?.keyOf(shown, slug, content);
  const cached = key === undefined ? undefined : cache?.get(key);
  if (cached) return { ok: true, recap: cached, source: lazySource(shown, content) };
  const result = readRecap(shown, slug, content, { teams: options.teams, defaultLang: options.defaultLang });
  if (result.ok && key !== undefined) cache?.set(key, result.recap);
  return result;
}

function sameContent(a: Uint8Array | string, b: Uint8Array | string): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

/** Newest publication date first; slug breaks ties so the order is stable. */
export function newestFirst(a: Pick<Recap, 'date' | 'slug' | 'match'>, b: Pick<Recap, 'date' | 'slug' | 'match'>): number {
  return b.date.localeCompare(a.date) || b.match.kickoff.localeCompare(a.match.kickoff) || a.slug.localeCompare(b.slug);
}

function duplicateSlugs(read: readonly { recap: Recap; source: RecapSource }[]): Diagnostic[] {
  const bySlug = new Map<string, { recap: Recap; source: RecapSource }[]>();
  for (const entry of read) bySlug.set(entry.recap.slug, [...(bySlug.get(entry.recap.slug) ?? []), entry]);
  const out: Diagnostic[] = [];
  for (const [slug, entries] of bySlug) {
    if (entries.length < 2) continue;
    for (const { recap, source } of entries) {
      const others = entries.filter((e) => e.recap.file !== recap.file).map((e) => e.recap.file);
      out.push(
        diagnosticAt(positionAt(recap.file, source.text, source.lineStarts, 0), {
          path: '',
          rule: 'duplicate-slug',
          message: `found the slug "${slug}" here and in ${others.join(', ')}, expected each recap file name to be unique (it is the URL /recaps/${slug}/)`,
          hint: 'rename one of the files',
        }),
      );
    }
  }
  return out;
}

function goalKey(goal: MatchEvent): string {
  return `${goal.minute.label}|${goal.team}|${goal.type}|${(goal.player ?? '').trim().toLowerCase()}`;
}

/** `88' own goal by Kofi Mensah (Eastport United)`: the words an author searches their file for. */
function goalText(goal: MatchEvent, match: Recap['match']): string {
  const kind = goal.type === 'own-goal' ? 'own goal' : 'goal';
  return `${goal.minute.label}' ${kind}${goal.player ? ` by ${goal.player}` : ''} (${match[goal.team].name})`;
}

/** Where both reports give a side's line-up, the starters they name (case and spacing aside) differ: the words saying how. */
function startersDiffer(a: Recap, b: Recap, side: Side): string | undefined {
  const ours = b.match.lineups?.[side]?.starting;
  const theirs = a.match.lineups?.[side]?.starting;
  if (!ours || !theirs) return undefined;
  const keys = (list: typeof ours) => new Set(list.map((p) => playerKey(p.name)));
  const [mine, other] = [keys(ours), keys(theirs)];
  const onlyHere = ours.filter((p) => !other.has(playerKey(p.name))).map((p) => p.name);
  const onlyThere = theirs.filter((p) => !mine.has(playerKey(p.name))).map((p) => p.name);
  if (onlyHere.length === 0 && onlyThere.length === 0) return undefined;
  const parts = [
    ...(onlyHere.length > 0 ? [`${onlyHere.join(', ')} here but not there`] : []),
    ...(onlyThere.length > 0 ? [`${onlyThere.join(', ')} there but not here`] : []),
  ];
  return `found ${b.match[side].name}'s starting players differing from ${a.file} for the same match (${parts.join('; ')})`;
}

/** Reports of one match must agree on score, penalties, goals, starters, and the leg and aggregate where both give them; each difference names both files. */
function disagreements(read: readonly { recap: Recap; source: RecapSource }[]): Diagnostic[] {
  const groups = new Map<string, { recap: Recap; source: RecapSource }[]>();
  for (const entry of read) groups.set(entry.recap.match.key, [...(groups.get(entry.recap.match.key) ?? []), entry]);
  const out: Diagnostic[] = [];
  for (const entries of groups.values()) {
    if (entries.length < 2) continue;
    const [reference, ...rest] = [...entries].sort((a, b) => a.recap.file.localeCompare(b.recap.file));
    if (!reference) continue;
    const a = reference.recap;
    const match = `${a.match.home.name} v ${a.match.away.name}, ${a.match.kickoffDate}`;
    for (const { recap: b, source } of rest) {
      const at = (p: (string | number)[], rule: string, message: string, key = false) =>
        out.push(
          ...positionProblems(source, [
            { path: p, rule, message, key, hint: `reports of the same match (${match}) must agree; correct whichever file is wrong` },
          ]),
        );
      if (formatScore(a.match.score) !== formatScore(b.match.score)) {
        at(
          ['match', 'score'],
          'reports-agree',
          `found "${formatScore(b.match.score)}", but ${a.file} gives "${formatScore(a.match.score)}" for the same match`,
        );
      }
      const pa = a.match.penalties ? formatScore(a.match.penalties) : 'none';
      const pb = b.match.penalties ? formatScore(b.match.penalties) : 'none';
      if (pa !== pb) {
        at(
          b.match.penalties ? ['match', 'penalties'] : ['match'],
          'reports-agree',
          `found ${pb === 'none' ? 'no penalties' : `penalties "${pb}"`}, but ${a.file} gives ${pa === 'none' ? 'none' : `"${pa}"`} for the same match`,
          !b.match.penalties,
        );
      }
      // Where both give the tie's leg or aggregate (README "Recap format", two-legged ties), they must agree.
      if (a.match.leg !== undefined && b.match.leg !== undefined && a.match.leg !== b.match.leg)
        at(['match', 'leg'], 'reports-agree', `found leg ${b.match.leg}, but ${a.file} gives leg ${a.match.leg} for the same match`);
      if (a.match.aggregate && b.match.aggregate && formatScore(a.match.aggregate) !== formatScore(b.match.aggregate))
        at(
          ['match', 'aggregate'],
          'reports-agree',
          `found an aggregate "${formatScore(b.match.aggregate)}", but ${a.file} gives "${formatScore(a.match.aggregate)}" for the same match`,
        );
      for (const side of ['home', 'away'] as const) {
        const difference = startersDiffer(a, b, side);
        if (difference) at(['match', 'lineups', side, 'starting'], 'reports-agree', difference, true);
      }
      // A report that lists no events says nothing about the goals, so only two lists are compared.
      if (!a.match.hasEvents || !b.match.hasEvents) continue;
      const unmatched = [...a.match.goals];
      const extra: MatchEvent[] = [];
      for (const goal of b.match.goals) {
        const i = unmatched.findIndex((other) => goalKey(other) === goalKey(goal));
        if (i === -1) extra.push(goal);
        else unmatched.splice(i, 1);
      }
      for (const goal of extra)
        at(
          ['events', goal.index],
          'reports-agree',
          `found the ${goalText(goal, b.match)}, which ${a.file} does not list for the same match`,
        );
      for (const goal of unmatched)
        at(
          ['events'],
          'reports-agree',
          `found no ${goalText(goal, a.match)}, which ${a.file} lists for the same match (its events[${goal.index}])`,
          true,
        );
    }
  }
  return out;
}
