/**
 * Scaffolding a new recap (`npm run new`): checks the writer's answers with the recap schema's own field
 * rules, picks the file name from the kick-off date and the teams, and writes frontmatter that passes
 * `npm run check` as it stands. Plain functions, so the CLI stays a thin shell and tests need no files.
 */
import { Document, isMap, isPair, isScalar } from 'yaml';
import { describeValue } from '../recap/diagnostics.ts';
import type { TeamLookup } from '../recap/model.ts';
import { resolveLanguage } from '../i18n/index.ts';
import { languageExpected } from '../recap/lineup-rules.ts';
import { frontmatterSchema, HALF_LENGTH, matchSchema, teamSchema } from '../recap/schema.ts';
import { RECAP_SLUG, slugFor } from '../recap/slug.ts';
import { pathProblem } from '../recap/body/media.ts';

/** What the writer gives, as typed (flags or prompts); every value is still unchecked text. */
export interface ScaffoldAnswers {
  readonly home?: string | undefined;
  readonly away?: string | undefined;
  readonly competition?: string | undefined;
  /** Match date `YYYY-MM-DD`, or a kick-off date-time with an offset. */
  readonly date?: string | undefined;
  readonly title?: string | undefined;
  readonly score?: string | undefined;
  readonly round?: string | undefined;
  readonly season?: string | undefined;
  readonly venue?: string | undefined;
  readonly author?: string | undefined;
  /** Publication date; default: today, or the match date when that is later. */
  readonly published?: string | undefined;
  /** File name without `.md`; default: date, home and away slugs. */
  readonly slug?: string | undefined;
  /** Whether the recap starts as a draft (shown by `npm run dev`, never built). Default: true. */
  readonly draft?: boolean | undefined;
  /** The recap's language, a BCP 47 tag the site has a translation for; default: the site's (left out). */
  readonly lang?: string | undefined;
  /** Minutes in each half, 20-45 (`--half-length`); default 45 (left out). */
  readonly halfLength?: string | undefined;
  /** The cover photo's path as the recap writes it, relative to the recap (`./photos/x.jpg`); `new` copies the file there. */
  readonly cover?: string | undefined;
  /** What the cover shows (`--cover-alt`); required with a cover. */
  readonly coverAlt?: string | undefined;
}

/** A checked team: the name to write and, when a team file knows it, where the defaults come from. */
export interface ScaffoldTeam {
  readonly name: string;
  /** Slug of the team file that knows the team (its short name and colour come from there). */
  readonly knownAs?: string;
}

/** A recap ready to write. */
export interface Scaffold {
  readonly slug: string;
  readonly text: string;
  readonly home: ScaffoldTeam;
  readonly away: ScaffoldTeam;
  readonly draft: boolean;
}

/** One refused answer: which flag, what was found, what was expected. */
export interface AnswerProblem {
  /** The flag name without dashes, e.g. `date`. */
  readonly field: keyof ScaffoldAnswers;
  readonly message: string;
}

/** The answers a recap cannot do without. */
export const REQUIRED_ANSWERS = ['home', 'away', 'competition', 'date'] as const;

type Check = { readonly safeParse: (value: unknown) => { success: boolean; error?: { issues: readonly { message: string }[] } } };

/** Field rules by answer: the same zod fields the build validates with, so the messages agree. */
const CHECKS: Partial<Record<keyof ScaffoldAnswers, Check>> = {
  home: teamSchema.shape.name,
  away: teamSchema.shape.name,
  competition: matchSchema.shape.competition,
  date: matchSchema.shape.kickoff,
  title: frontmatterSchema.shape.title,
  score: matchSchema.shape.score,
  published: frontmatterSchema.shape.date,
  lang: frontmatterSchema.shape.lang,
};

/** The command-line flag of an answer: `halfLength` → `half-length`. */
export function flagName(field: keyof ScaffoldAnswers): string {
  return field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Checks one answer; undefined when it is acceptable (absent optional answers are). */
export function checkAnswer(field: keyof ScaffoldAnswers, value: string | undefined): string | undefined {
  const required = (REQUIRED_ANSWERS as readonly string[]).includes(field);
  if (value === undefined || value.trim() === '') return required ? `found nothing, expected ${EXPECTED[field]}` : undefined;
  if (field === 'slug') {
    return RECAP_SLUG.test(value) ? undefined : `found ${describeValue(value)}, expected lowercase letters, digits and single hyphens`;
  }
  if (field === 'cover') {
    const problem = pathProblem(value);
    return problem ? `${problem.message}${problem.hint ? ` (${problem.hint})` : ''}` : undefined;
  }
  if (field === 'halfLength') {
    const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
    return matchSchema.shape.halfLength.safeParse(n).success ? undefined : `found ${describeValue(value)}, expected ${EXPECTED[field]}`;
  }
  const parsed = CHECKS[field]?.safeParse(value.trim());
  if (parsed && !parsed.success) return `found ${describeValue(value)}, expected ${parsed.error?.issues[0]?.message ?? EXPECTED[field]}`;
  // The same rule as the build: a language the site has a translation for.
  if (field === 'lang' && resolveLanguage(value) === undefined) return `found ${describeValue(value)}, expected ${languageExpected()}`;
  return undefined;
}

const EXPECTED: Partial<Record<keyof ScaffoldAnswers, string>> = {
  home: 'the home team, e.g. --home "FC Dallas"',
  away: 'the away team, e.g. --away "Inter Miami CF"',
  competition: 'the competition, e.g. --competition "Leagues Cup"',
  date: 'the match date, e.g. --date 2023-08-06',
  coverAlt: 'what the cover photo shows, for readers who cannot see it, e.g. --cover-alt "Okafor heads the equaliser"',
  halfLength: `a whole number of minutes from ${HALF_LENGTH.min} to ${HALF_LENGTH.max}, e.g. --half-length 25`,
};

/** Checks every answer at once, so the writer sees all problems in one go. */
export function checkAnswers(answers: ScaffoldAnswers): AnswerProblem[] {
  const fields = new Set<keyof ScaffoldAnswers>([...REQUIRED_ANSWERS, ...(Object.keys(answers) as (keyof ScaffoldAnswers)[])]);
  const problems: AnswerProblem[] = [];
  for (const field of fields) {
    const value = answers[field];
    if (typeof value === 'boolean') continue;
    const message = checkAnswer(field, value);
    if (message) problems.push({ field, message });
  }
  if (answers.cover !== undefined && (answers.coverAlt ?? '').trim() === '') {
    problems.push({ field: 'coverAlt', message: `found nothing, expected ${EXPECTED.coverAlt ?? ''}` });
  }
  return problems;
}

/** The file name of a recap: match date, then home and away, e.g. `2023-08-06-fc-dallas-inter-miami-cf`. */
export function recapSlug(date: string, home: string, away: string): string {
  return [date.slice(0, 10), slugFor(home), slugFor(away)].filter((part) => part !== '').join('-');
}

/** Today's date in the local time zone, YYYY-MM-DD. */
export function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Options for building a recap. */
export interface ScaffoldOptions {
  /** Resolves names and aliases to the teams in content/teams/. */
  readonly teams?: TeamLookup | undefined;
  /** Today's date, YYYY-MM-DD (injected so tests are stable). */
  readonly today: string;
}

/** Builds the recap file for checked answers, or the problems that stop it. */
export function scaffoldRecap(
  answers: ScaffoldAnswers,
  options: ScaffoldOptions,
): { ok: true; scaffold: Scaffold } | { ok: false; problems: AnswerProblem[] } {
  const problems = checkAnswers(answers);
  if (problems.length > 0) return { ok: false, problems };
  const text = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim());
  const home = resolveTeam(text(answers.home) ?? '', options.teams);
  const away = resolveTeam(text(answers.away) ?? '', options.teams);
  const kickoff = text(answers.date) ?? '';
  if (home.name.toLowerCase() === away.name.toLowerCase()) {
    return {
      ok: false,
      problems: [{ field: 'away', message: `found ${describeValue(away.name)} for both teams, expected two different teams` }],
    };
  }
  const slug = text(answers.slug) ?? recapSlug(kickoff, home.name, away.name);
  if (!RECAP_SLUG.test(slug)) {
    return {
      ok: false,
      problems: [
        {
          field: 'slug',
          message: `found the file name ${describeValue(slug)} from the team names, expected lowercase Latin letters, digits and hyphens; give one with --slug`,
        },
      ],
    };
  }
  const matchDate = kickoff.slice(0, 10);
  const published = text(answers.published) ?? (matchDate > options.today ? matchDate : options.today);
  const draft = answers.draft ?? true;
  const fields = {
    title: text(answers.title) ?? `${home.name} v ${away.name}`,
    date: published,
    ...optional('author', text(answers.author)),
    draft,
    ...optional('lang', text(answers.lang)),
    ...(text(answers.cover) === undefined ? {} : { cover: { src: text(answers.cover), alt: text(answers.coverAlt) } }),
    match: {
      competition: text(answers.competition) ?? '',
      ...optional('season', text(answers.season)),
      ...optional('round', text(answers.round)),
      kickoff,
      ...optional('venue', text(answers.venue)),
      home: { name: home.name },
      away: { name: away.name },
      score: (text(answers.score) ?? '0-0').replace(/\s+/g, ''),
      ...(text(answers.halfLength) === undefined ? {} : { halfLength: Number(text(answers.halfLength)) }),
    },
  };
  return { ok: true, scaffold: { slug, text: recapText(fields, home, away, answers.score === undefined), home, away, draft } };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function resolveTeam(name: string, teams: TeamLookup | undefined): ScaffoldTeam {
  const known = teams?.(name);
  return known ? { name: known.name, knownAs: known.slug } : { name };
}

/** The Markdown file: frontmatter written by the YAML library (so any name is quoted correctly), then the body. */
function recapText(fields: object, home: ScaffoldTeam, away: ScaffoldTeam, scorePending: boolean): string {
  const doc = new Document(fields);
  const match = doc.get('match', true);
  if (isMap(match)) {
    for (const pair of match.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (isMap(pair.value)) pair.value.flow = true;
      const team = key === 'home' ? home : key === 'away' ? away : undefined;
      if (team && isMap(pair.value))
        pair.value.comment = team.knownAs ? ' short name and colour come from its team file' : ' add short: ABC, color: "#RRGGBB"';
      if (key === 'score' && scorePending && isScalar(pair.value)) pair.value.comment = ' full-time score, home first: fill in';
    }
  }
  const draftPair = doc.get('draft', true);
  if (isScalar(draftPair) && draftPair.value === true) draftPair.comment = ' `npm run dev` shows drafts; set false to publish';
  doc.comment = [
    ' Goals, cards and substitutions (see "Recap format" in README.md); they check the score and draw the timeline:',
    ' events:',
    '   - { minute: 6, type: goal, team: away, player: Ada Okon, assist: Mei Tanaka }',
    '   - { minute: "45+2", type: yellow, team: home, player: Some Name }',
    ' Line-ups, stats and the player of the match go under `match:` as `lineups`, `stats` and `playerOfTheMatch`.',
  ].join('\n');
  const yaml = doc.toString({ lineWidth: 0 });
  const body = 'Write the story of the match here. The first paragraph is the summary shown in lists, feeds and link previews.';
  return `---\n${yaml}---\n${body}\n`;
}

/** Where `astro dev` serves a recap (its default port), under the site's base path. */
export function previewUrl(slug: string, base: string, origin = 'http://localhost:4321'): string {
  return `${origin}${base}recaps/${slug}/`;
}
