/**
 * `npm run new`: writes a new recap with valid frontmatter and prints its path and preview URL.
 * Asks for missing answers on a terminal; never overwrites a file.
 *
 * Usage: npm run new -- --home "FC Dallas" --away "Inter Miami CF" --competition "Leagues Cup" --date 2023-08-06
 *        [--title T] [--score 4-4] [--round R] [--season S] [--venue V] [--author A] [--published YYYY-MM-DD]
 *        [--slug NAME] [--lang TAG] [--half-length MINUTES] [--no-draft]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { site } from '../src/config.ts';
import {
  checkAnswer,
  flagName,
  localDate,
  previewUrl,
  REQUIRED_ANSWERS,
  scaffoldRecap,
  type ScaffoldAnswers,
} from '../src/authoring/scaffold.ts';
import { registerForIntellisense } from '../src/authoring/intellisense.ts';
import { contentDirs } from '../src/site/load.ts';
import { loadTeams } from '../src/site/teams.ts';
import { terminalStyles } from './lib/terminal.ts';

const TEXT_FLAGS = [
  'home',
  'away',
  'competition',
  'date',
  'title',
  'score',
  'round',
  'season',
  'venue',
  'author',
  'published',
  'slug',
  'lang',
  'half-length',
] as const;
const PROMPTS: Record<(typeof REQUIRED_ANSWERS)[number], string> = {
  home: 'Home team',
  away: 'Away team',
  competition: 'Competition',
  date: 'Match date (YYYY-MM-DD)',
};
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = terminalStyles(process.stdout);
const err = terminalStyles(process.stderr);

function usage(): string {
  return [
    'Usage: npm run new -- --home "FC Dallas" --away "Inter Miami CF" --competition "Leagues Cup" --date 2023-08-06',
    '  optional: --title --score --round --season --venue --author --published YYYY-MM-DD --slug NAME --lang TAG',
    '            --half-length MINUTES --no-draft',
    '  without flags on a terminal, it asks for the match',
  ].join('\n');
}

function readFlags(): ScaffoldAnswers & { help?: boolean } {
  const options = Object.fromEntries(TEXT_FLAGS.map((name) => [name, { type: 'string' as const }]));
  const { values } = parseArgs({
    options: { ...options, draft: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowNegative: true,
    strict: true,
  });
  const { 'half-length': halfLength, ...rest } = values as Record<string, string | boolean | undefined>;
  return { ...rest, ...(halfLength === undefined ? {} : { halfLength }) } as ScaffoldAnswers & { help?: boolean };
}

/** Asks for each missing required answer until it passes the same check the flags get. */
async function ask(answers: ScaffoldAnswers, today: string): Promise<ScaffoldAnswers> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const filled: Record<string, string | boolean | undefined> = { ...answers };
  try {
    for (const field of REQUIRED_ANSWERS) {
      while (filled[field] === undefined || filled[field] === '') {
        const fallback = field === 'date' ? today : undefined;
        const typed = (await rl.question(`${out.bold(PROMPTS[field])}${fallback ? out.dim(` (${fallback})`) : ''}: `)).trim();
        const value = typed === '' ? fallback : typed;
        const problem = checkAnswer(field, value);
        if (problem) console.log(`  ${out.error('✗')} ${problem}`);
        else filled[field] = value;
      }
    }
  } finally {
    rl.close();
  }
  return filled as ScaffoldAnswers;
}

async function main(): Promise<number> {
  let flags: ReturnType<typeof readFlags>;
  try {
    flags = readFlags();
  } catch (error) {
    console.error(`${err.error('error')}: ${(error as Error).message}\n\n${usage()}`);
    return 1;
  }
  if (flags.help) {
    console.log(usage());
    return 0;
  }
  const { help: _help, ...given } = flags;
  const today = localDate();
  const missing = REQUIRED_ANSWERS.filter((field) => given[field] === undefined);
  const interactive = missing.length > 0 && Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const answers = interactive ? await ask(given, today) : given;

  const dirs = contentDirs(site.contentDir);
  const teams = await loadTeams(dirs.teams);
  const result = scaffoldRecap(answers, { teams: teams.lookup, today });
  if (!result.ok) {
    for (const problem of result.problems) console.error(`${err.error('error')}: --${flagName(problem.field)}: ${problem.message}`);
    console.error(`\n${usage()}`);
    return 1;
  }
  const { scaffold } = result;
  const file = path.join(dirs.recaps, `${scaffold.slug}.md`);
  const shown = path.relative(process.cwd(), file) || file;
  await mkdir(dirs.recaps, { recursive: true });
  try {
    // `wx` fails if the file exists, even if it appeared after any check we could make first.
    await writeFile(file, scaffold.text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    console.error(`${err.error('error')}: ${shown} already exists; it was not changed.`);
    console.error('  edit that file, or give the new recap another name with --slug');
    return 1;
  }
  await registerForIntellisense(root, file).catch(() => false);
  console.log(`Created ${out.bold(shown)}${scaffold.draft ? ' (a draft: `npm run dev` shows it, builds leave it out)' : ''}`);
  for (const team of [scaffold.home, scaffold.away]) {
    const note = team.knownAs
      ? `known team (${teams.teams.find((t) => t.slug === team.knownAs)?.file ?? team.knownAs})`
      : `not in ${path.relative(process.cwd(), dirs.teams) || dirs.teams}/; add a team file there to give it a short name and colour`;
    console.log(`  ${team.name}: ${out.dim(note)}`);
  }
  console.log(`Preview: ${previewUrl(scaffold.slug, site.base)}  ${out.dim('(with `npm run dev` running)')}`);
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  return 1;
});
