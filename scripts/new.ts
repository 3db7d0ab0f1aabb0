/**
 * `npm run new`: writes a new recap with valid frontmatter and prints its path and preview URL.
 * Asks for missing answers on a terminal; never overwrites a file.
 *
 * Usage: npm run new -- --home "FC Dallas" --away "Inter Miami CF" --competition "Leagues Cup" --date 2023-08-06
 *        [--title T] [--score 4-4] [--round R] [--season S] [--venue V] [--author A] [--published YYYY-MM-DD]
 *        [--slug NAME] [--lang TAG] [--half-length MINUTES] [--cover PHOTO --cover-alt TEXT] [--no-draft]
 *
 * `--cover` takes a photo anywhere on disk: it is checked (it must decode), copied into the recaps' photos/ folder
 * unless it is already beside the recaps, and written as the recap's `cover` with `--cover-alt` as its alt text.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
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
import { checkImage, pathProblem } from '../src/recap/body/media.ts';

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
  'cover',
  'cover-alt',
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
    '            --half-length MINUTES --cover PHOTO --cover-alt "what it shows" --no-draft',
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
  const { 'half-length': halfLength, 'cover-alt': coverAlt, ...rest } = values as Record<string, string | boolean | undefined>;
  return {
    ...rest,
    ...(halfLength === undefined ? {} : { halfLength }),
    ...(coverAlt === undefined ? {} : { coverAlt }),
  } as ScaffoldAnswers & {
    help?: boolean;
  };
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

/**
 * Puts the cover photo beside the recaps and returns its path as the recap writes it (`./photos/name.jpg`), or why
 * it cannot be used. A file already under the recaps folder stays where it is; no file is ever overwritten.
 */
async function placeCover(given: string, recapsDir: string): Promise<{ src: string } | { error: string }> {
  const source = path.resolve(given);
  const shown = path.relative(process.cwd(), source) || source;
  const early = pathProblem(given);
  if (early && early.rule !== 'image-path') return { error: early.message };
  const checked = await checkImage(source, path.basename(source), shown);
  if (!checked.ok) {
    if (checked.problem.rule === 'image-missing') return { error: `found no file at ${shown}, expected a photo to use as the cover` };
    return { error: checked.problem.message.replace(/^found "[^"]*"/, `found ${shown}`) };
  }
  const inside = path.relative(path.resolve(recapsDir), source);
  if (!inside.startsWith('..') && !path.isAbsolute(inside)) return { src: `./${inside.split(path.sep).join('/')}` };
  const name = path
    .basename(source)
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-');
  const target = path.join(recapsDir, 'photos', name);
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await copyFile(source, target, constants.COPYFILE_EXCL);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const same = Buffer.compare(await readFile(source), await readFile(target)) === 0;
    if (!same) return { error: `${path.relative(process.cwd(), target)} already exists and is another picture; rename the photo` };
  }
  console.log(`Copied the cover to ${out.bold(path.relative(process.cwd(), target))}`);
  return { src: `./photos/${name}` };
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
  // Every answer is checked before the cover is copied, so a refused command leaves nothing behind.
  const provisional = answers.cover === undefined ? answers : { ...answers, cover: `./photos/${path.basename(answers.cover)}` };
  const refused = scaffoldRecap(provisional, { teams: teams.lookup, today });
  const cover = answers.cover === undefined || !refused.ok ? undefined : await placeCover(answers.cover, dirs.recaps);
  if (cover && 'error' in cover) {
    console.error(`${err.error('error')}: --cover: ${cover.error}\n\n${usage()}`);
    return 1;
  }
  const result = cover ? scaffoldRecap({ ...answers, cover: cover.src }, { teams: teams.lookup, today }) : refused;
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
