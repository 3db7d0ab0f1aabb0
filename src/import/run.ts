/**
 * `npm run import` without the terminal: reads a data file, picks its format, converts every match, and
 * writes one recap per match into the recaps folder, never over an existing file and never for a match that
 * already has a recap (the build's match key: kick-off date, canonical home and away names). Each recap is
 * read back with the build's reader first, so every file written passes `npm run check`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listRecapFiles, loadCollection } from '../recap/collection.ts';
import type { Diagnostic } from '../recap/diagnostics.ts';
import type { Recap, TeamLookup } from '../recap/model.ts';
import { matchKey } from '../recap/normalise.ts';
import { decodeUtf8, splitRecap } from '../recap/source.ts';
import { contentDirs } from '../site/load.ts';
import { loadTeams } from '../site/teams.ts';
import { looksLikeApiFootball, readApiFootball } from './api-football.ts';
import { parseDataFile, type DataFile, type ImportError } from './data-file.ts';
import type { Zone } from './kickoff.ts';
import type { ImportedFile, ImportedMatch, ImportFormat, NotCarried, PassedOver } from './model.ts';
import { countNotCarried, type NotCarriedCount } from './not-carried.ts';
import { looksLikeOpenfootball, readOpenfootball } from './openfootball.ts';
import { checkRecapFile, recapFile } from './recap-file.ts';
import { describeJson } from './shape.ts';
import { isSecondLeg, secondLegTie, type LegCandidate, type Tie } from './ties.ts';

/** What to import and how. */
export interface ImportOptions {
  /** Force a format instead of recognising it. */
  readonly format?: ImportFormat | undefined;
  /** Only matches whose "Home v Away" (or API-Football fixture id) contains this text, ignoring case and accents. */
  readonly match?: string | undefined;
  /** Only matches on or after this date, YYYY-MM-DD. */
  readonly since?: string | undefined;
  /** The competition and season to write instead of the data's (so imports match the site's own names). */
  readonly competition?: string | undefined;
  readonly season?: string | undefined;
  /** Write drafts (default of the command) or published recaps. */
  readonly draft: boolean;
  /** Zone of openfootball's local times; zone to show API-Football's UTC kick-offs in. */
  readonly timezone?: Zone | undefined;
  /** Folder holding recaps/ and teams/. */
  readonly contentDir: string;
  /** Base of the paths shown in messages. */
  readonly displayRoot: string;
  /** Called after each match. */
  readonly onProgress?: ((done: number, total: number, label: string) => void) | undefined;
}

/** One match, as the report names it. */
export interface MatchOutcome {
  /** `Home v Away, YYYY-MM-DD`. */
  readonly label: string;
  readonly at: string;
}

/** What an import did. */
export interface ImportReport {
  readonly format: ImportFormat;
  /** Matches in the file, and how many the filters kept. */
  readonly total: number;
  readonly selected: number;
  /** Recap files written, as shown (relative to the display root). */
  readonly written: readonly (MatchOutcome & { readonly file: string })[];
  /** Matches that already had a recap, or whose file name was taken. */
  readonly skipped: readonly (MatchOutcome & { readonly reason: string })[];
  /** Matches the data lists that cannot be recaps (not played). */
  readonly passedOver: readonly PassedOver[];
  /** Matches whose recap would not pass the check: nothing written. */
  readonly failed: readonly (MatchOutcome & { readonly diagnostics: readonly Diagnostic[] })[];
  /** Doubts about the data. */
  readonly warnings: readonly (MatchOutcome & { readonly message: string })[];
  /** Fields the data held that the written recaps do not carry, with the number of recaps each is missing from. */
  readonly notCarried: readonly NotCarriedCount[];
  /** File-level fields no recap carries. */
  readonly fileNotCarried: readonly NotCarried[];
  /** Team names in the written recaps that no file in content/teams/ knows. */
  readonly unknownTeams: readonly string[];
  /** Where the recaps went, as shown. */
  readonly recapsDir: string;
  /** Existing recaps that could not be read: a match they report may be imported again. */
  readonly unreadable: readonly string[];
}

/** Imports a data file; errors in the file itself stop it before anything is written. */
export async function importFile(
  file: string,
  options: ImportOptions,
): Promise<{ ok: true; report: ImportReport } | { ok: false; errors: ImportError[] }> {
  const shown = path.relative(options.displayRoot, path.resolve(options.displayRoot, file)) || file;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? 'found no such file, expected a data file'
        : code === 'EISDIR'
          ? 'found a folder, expected a data file'
          : `could not read the file (${code ?? String(error)})`;
    return { ok: false, errors: [{ file: shown, path: '', message }] };
  }
  const decoded = decodeUtf8(shown, bytes);
  if (!decoded.ok) {
    const [d] = decoded.diagnostics;
    return {
      ok: false,
      errors: [
        {
          file: shown,
          path: '',
          message: d?.message ?? 'not UTF-8',
          ...(d?.hint ? { hint: d.hint } : {}),
          ...(d ? { line: d.line, column: d.column, length: d.length, sourceLine: d.sourceLine } : {}),
        },
      ],
    };
  }
  const parsed = parseDataFile(shown, decoded.text);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const read = readData(parsed.data, options);
  if (!read.ok) return read;
  return { ok: true, report: await writeRecaps(read.file, shown, options) };
}

/** Recognises the format (or takes the forced one) and converts the file. */
export function readData(
  data: DataFile,
  options: Pick<ImportOptions, 'format' | 'timezone'>,
): { ok: true; file: ImportedFile } | { ok: false; errors: ImportError[] } {
  const format =
    options.format ?? (looksLikeApiFootball(data.data) ? 'api-football' : looksLikeOpenfootball(data.data) ? 'openfootball' : undefined);
  if (format === 'openfootball') return readOpenfootball(data, { timezone: options.timezone });
  if (format === 'api-football') {
    if (!looksLikeApiFootball(data.data))
      return {
        ok: false,
        errors: [
          {
            file: data.file,
            path: '',
            message: `found ${describeJson(data.data)}, expected an API-Football response (an object with \`get\` and \`response\`) or one fixture`,
            line: 1,
            column: 1,
            length: 1,
            sourceLine: data.text.split('\n', 1)[0] ?? '',
          },
        ],
      };
    return readApiFootball(data, { timezone: options.timezone });
  }
  const start = data.text.search(/\S/);
  const firstLine = data.text.slice(0, data.text.indexOf('\n') === -1 ? undefined : data.text.indexOf('\n')).replace(/\r$/, '');
  return {
    ok: false,
    errors: [
      {
        file: data.file,
        path: '',
        message: `found ${describeJson(data.data)}, expected openfootball JSON (\`name\` and a \`matches\` list) or an API-Football /fixtures response (\`get\` and a \`response\` list)`,
        hint: 'give --format openfootball or --format api-football to see what that format is missing',
        line: 1,
        column: Math.max(1, start + 1),
        length: 1,
        sourceLine: firstLine,
      },
    ],
  };
}

/** Lowercase letters and digits without accents, for `--match`. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function labelOf(match: ImportedMatch): string {
  return `${match.home.name} v ${match.away.name}, ${match.kickoff.slice(0, 10)}`;
}

async function writeRecaps(imported: ImportedFile, shownFile: string, options: ImportOptions): Promise<ImportReport> {
  const dirs = contentDirs(options.contentDir);
  const teams = await loadTeams(dirs.teams, { displayRoot: options.displayRoot });
  const needle = options.match === undefined ? undefined : fold(options.match);
  const overrides = {
    ...(options.competition ? { competition: options.competition } : {}),
    ...(options.season ? { season: options.season } : {}),
  };
  const selected = imported.matches
    .map((m) => ({ ...m, ...overrides }))
    .filter((m) => {
      if (options.since !== undefined && m.kickoff.slice(0, 10) < options.since) return false;
      if (needle === undefined) return true;
      const names = [m.home.name, m.away.name].map((n) => teams.lookup(n)?.name ?? n);
      const hay = [`${m.home.name} v ${m.away.name}`, `${names[0]} v ${names[1]}`, m.id ?? ''].map(fold);
      return hay.some((h) => h.includes(needle));
    });
  // What the folder holds: reports by match key, and every slug (invalid files too: a slug is a file name).
  const existing = await loadCollection(dirs.recaps, { includeDrafts: true, teams: teams.lookup, displayRoot: options.displayRoot });
  const byKey = new Map(existing.recaps.map((r) => [r.match.key, r.file]));
  // Recaps the collection refused (a mistake in the file, a disagreement with another report) still report a match.
  const unreadable: string[] = [];
  for (const file of new Set(existing.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file))) {
    if (!file.endsWith('.md')) continue;
    const text = await readFile(path.resolve(options.displayRoot, file), 'utf8').catch(() => '');
    const key = reportedMatch(file, text, teams.lookup);
    if (key === undefined) unreadable.push(file);
    else if (!byKey.has(key)) byKey.set(key, file);
  }
  const bySlug = new Map((await listRecapFiles(dirs.recaps)).map((f) => [path.basename(f, '.md'), path.relative(options.displayRoot, f)]));
  const recapsDir = path.relative(options.displayRoot, dirs.recaps) || dirs.recaps;
  const report = {
    written: [] as (MatchOutcome & { file: string })[],
    skipped: [] as (MatchOutcome & { reason: string })[],
    failed: [] as (MatchOutcome & { diagnostics: readonly Diagnostic[] })[],
    warnings: [] as (MatchOutcome & { message: string })[],
  };
  const ties = findTies(
    imported.matches.map((m) => ({ ...m, ...overrides })),
    existing.recaps,
    teams.lookup,
  );
  for (const [at, { warning }] of ties) {
    const match = selected.find((m) => m.at === at);
    if (match && warning) report.warnings.push({ label: labelOf(match), at, message: warning });
  }
  const unknownTeams = new Set<string>();
  /** What each written recap could not carry. */
  const carried: (readonly NotCarried[])[] = [];
  await mkdir(dirs.recaps, { recursive: true });
  for (const [i, match] of selected.entries()) {
    const outcome = { label: labelOf(match), at: match.at };
    for (const message of match.warnings) report.warnings.push({ ...outcome, message });
    const recap = recapFile(match, {
      teams: teams.lookup,
      draft: options.draft,
      source: path.basename(shownFile),
      tie: ties.get(match.at)?.tie,
    });
    const file = path.join(dirs.recaps, `${recap.slug}.md`);
    const shown = path.relative(options.displayRoot, file);
    const sameMatch = byKey.get(recap.key);
    const sameName = bySlug.get(recap.slug);
    if (sameMatch !== undefined) report.skipped.push({ ...outcome, reason: `already has a recap: ${sameMatch}` });
    else if (sameName !== undefined) report.skipped.push({ ...outcome, reason: `the file name ${recap.slug}.md is taken by ${sameName}` });
    else {
      const diagnostics = checkRecapFile(shown, recap, teams.lookup);
      if (diagnostics.length > 0) report.failed.push({ ...outcome, diagnostics });
      else if (await writeNew(file, recap.text)) {
        report.written.push({ ...outcome, file: shown });
        carried.push([...match.notCarried, ...recap.notCarried]);
        for (const name of recap.unknownTeams) unknownTeams.add(name);
        byKey.set(recap.key, shown);
        bySlug.set(recap.slug, shown);
      } else report.skipped.push({ ...outcome, reason: `${shown} already exists` });
    }
    options.onProgress?.(i + 1, selected.length, `${recap.home} v ${recap.away}`);
  }
  return {
    format: imported.format,
    total: imported.matches.length,
    selected: selected.length,
    ...report,
    passedOver: imported.passedOver,
    notCarried: countNotCarried(carried),
    fileNotCarried: imported.notCarried,
    unknownTeams: [...unknownTeams],
    recapsDir,
    unreadable,
  };
}

/**
 * Two-legged ties among the data file's matches: each second leg (a shootout after a score that is not drawn) with
 * its aggregate when its first leg is in the file or among the recaps (ties.ts), and a first leg found in the file.
 * Teams are compared by their canonical names, as the build and the skip check compare them.
 */
function findTies(
  matches: readonly ImportedMatch[],
  recaps: readonly { readonly file: string; readonly match: Recap['match'] }[],
  teams: TeamLookup,
): Map<string, { tie: Tie; warning?: string }> {
  const canonical = (name: string) => teams(name)?.name ?? name.trim();
  const fromFile: LegCandidate[] = matches.map((m) => ({
    competition: m.competition,
    season: m.season,
    date: m.kickoff.slice(0, 10),
    home: canonical(m.home.name),
    away: canonical(m.away.name),
    score: m.score,
    ...(isSecondLeg(m) ? { leg: 2 as const } : {}),
    where: m.at,
  }));
  const fromRecaps: LegCandidate[] = recaps.map(({ file, match }) => ({
    competition: match.competition,
    season: match.season,
    date: match.kickoffDate,
    home: match.home.name,
    away: match.away.name,
    score: match.score,
    leg: match.leg,
    where: file,
  }));
  const ties = new Map<string, { tie: Tie; warning?: string }>();
  for (const second of fromFile) {
    if (second.leg !== 2) continue;
    const found = secondLegTie(second, [...fromFile, ...fromRecaps]);
    ties.set(second.where, { tie: found.tie, ...(found.warning ? { warning: found.warning } : {}) });
    // A first leg in the same file is written as one (a recap already written is never changed).
    if (found.firstLeg && !found.warning && fromFile.includes(found.firstLeg) && !ties.has(found.firstLeg.where))
      ties.set(found.firstLeg.where, { tie: { leg: 1, otherLeg: second.where } });
  }
  return ties;
}

/** The match key of a recap whose frontmatter names its kick-off and teams, even if other fields are wrong. */
function reportedMatch(file: string, text: string, teams: TeamLookup): string | undefined {
  const split = splitRecap(file, text);
  if (!split.ok || split.source.doc.errors.length > 0) return undefined;
  const data = split.source.doc.toJS({ maxAliasCount: 50 }) as {
    match?: { kickoff?: unknown; home?: { name?: unknown }; away?: { name?: unknown } };
  };
  const { kickoff, home, away } = data?.match ?? {};
  if (typeof kickoff !== 'string' || typeof home?.name !== 'string' || typeof away?.name !== 'string') return undefined;
  const canonical = (name: string) => teams(name)?.name ?? name.trim();
  return matchKey(kickoff.slice(0, 10), canonical(home.name), canonical(away.name));
}

/** Writes a file that does not exist yet; false when it does (`wx` fails even if it appeared a moment ago). */
async function writeNew(file: string, text: string): Promise<boolean> {
  try {
    await writeFile(file, text, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}
