/**
 * Builds the normalised match and recap from frontmatter that passed the schema and the rules.
 */
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from './body/parse.ts';
import { resolveLanguage } from '../i18n/index.ts';
import { parseFormation } from './lineup-rules.ts';
import { compareMinutes, periodOf, type Minute } from './minute.ts';
import {
  STAT_KEYS,
  type Lineup,
  type LineupPlayer,
  type Lineups,
  type Match,
  type MatchEvent,
  type MatchStats,
  type Recap,
  type Score,
  type Shootout,
  type ShootoutKick,
  type ShootoutRound,
  type Side,
  type StatPair,
  type StatKey,
  type Team,
  type TeamLookup,
} from './model.ts';
import { parseScore, replayShootout, scoringSide } from './rules.ts';
import type { Frontmatter, LineupInput } from './schema.ts';
import { slugFor } from './slug.ts';

const DEFAULT_COLORS: Record<Side, string> = { home: '#1d4ed8', away: '#b91c1c' };
const NAME_AFFIXES = new Set([
  'fc',
  'cf',
  'sc',
  'afc',
  'ac',
  'cd',
  'club',
  'de',
  'the',
  'fk',
  'sk',
  'if',
  'bk',
  'ca',
  'sv',
  'vfb',
  'vfl',
  'rc',
  'us',
  'as',
]);

/** Short name from a full name: "FC Dallas" → DAL, "Manchester United" → MUN, "Paris Saint-Germain" → PSG. */
export function shortName(name: string): string {
  const words = name
    // Accents come off Latin letters only: in other scripts a combining mark is part of the letter (ヴ is not ウ).
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .split(/[\s-]+/)
    .filter((w) => w !== '' && !NAME_AFFIXES.has(w.toLowerCase()));
  const letters = (w: string) => w.replace(/[^\p{L}\p{N}]/gu, '');
  const picked = words.length > 0 ? words : [name];
  const [first = '', second = ''] = picked.map(letters);
  let short: string;
  if (picked.length >= 3)
    short = picked
      .map((w) => [...letters(w)][0] ?? '')
      .join('')
      .slice(0, 3);
  else if (picked.length === 2) short = [...first].slice(0, 1).join('') + [...second].slice(0, 2).join('');
  else short = [...first].slice(0, 3).join('');
  return short.toUpperCase();
}

/** Expands `#abc` to `#aabbcc`, lowercased. */
export function normaliseColor(color: string): string {
  const hex = color.slice(1).toLowerCase();
  return hex.length === 3 ? `#${[...hex].map((c) => c + c).join('')}` : `#${hex}`;
}

/** The team as shown; a team data file (via `teams`) gives the canonical name and defaults, the recap's own values win. */
function team(input: Frontmatter['match']['home'], side: Side, teams?: TeamLookup): Team {
  const known = teams?.(input.name);
  const name = known?.name ?? input.name.trim();
  return {
    name,
    short: (input.short ?? known?.short ?? shortName(name)).toUpperCase(),
    color: normaliseColor(input.color ?? known?.color ?? DEFAULT_COLORS[side]),
    slug: known?.slug ?? slugFor(name),
  };
}

/** Identity of a match across reports. */
export function matchKey(kickoffDate: string, home: string, away: string): string {
  return [kickoffDate, home.trim().toLowerCase(), away.trim().toLowerCase()].join('|');
}

function buildEvents(fm: Frontmatter, minutes: readonly Minute[]): MatchEvent[] {
  const order = fm.events.map((_, i) => i).sort((a, b) => compareMinutes(minutes[a] as Minute, minutes[b] as Minute) || a - b);
  const running = { home: 0, away: 0 };
  return order.map((index) => {
    const input = fm.events[index] as Frontmatter['events'][number];
    const m = minutes[index] as Minute;
    const side = scoringSide(input);
    const base = { index, minute: m, period: periodOf(m, fm.match.halfLength), type: input.type, team: input.team };
    const { minute: _minute, type: _type, team: _team, ...fields } = input;
    const event: MatchEvent = { ...base, ...stripUndefined(fields) };
    if (!side) return event;
    running[side]++;
    return { ...event, scoredFor: side, score: { ...running } };
  });
}

function buildShootout(fm: Frontmatter): Shootout | undefined {
  const kicks = fm.shootout ?? [];
  if (kicks.length === 0) return undefined;
  const replay = replayShootout(kicks);
  const built: ShootoutKick[] = kicks.map((kick, index) => ({
    index,
    team: kick.team,
    ...(kick.player === undefined ? {} : { player: kick.player }),
    result: kick.result,
    round: replay.rounds[index] ?? 1,
    score: replay.scores[index] ?? { home: 0, away: 0 },
    decisive: index === replay.decidedAt,
  }));
  const rounds: ShootoutRound[] = [];
  for (const kick of built) {
    const existing = rounds[kick.round - 1];
    rounds[kick.round - 1] = { ...(existing ?? { round: kick.round }), [kick.team]: kick, score: kick.score };
  }
  const score = built[built.length - 1]?.score ?? { home: 0, away: 0 };
  return { kicks: built, rounds, score, winner: score.home > score.away ? 'home' : 'away', first: kicks[0]?.team ?? 'home' };
}

function buildPlayer(input: LineupInput['starting'][number]): LineupPlayer {
  return { name: input.name, ...stripUndefined({ number: input.number, position: input.position }) };
}

function buildLineup(input: LineupInput): Lineup {
  return {
    ...(input.formation === undefined ? {} : { formation: parseFormation(input.formation) }),
    ...(input.coach === undefined ? {} : { coach: input.coach }),
    starting: input.starting.map(buildPlayer),
    bench: input.bench.map(buildPlayer),
  };
}

function buildLineups(input: Frontmatter['match']['lineups']): Lineups | undefined {
  if (!input) return undefined;
  return {
    ...(input.home ? { home: buildLineup(input.home) } : {}),
    ...(input.away ? { away: buildLineup(input.away) } : {}),
  };
}

function buildStats(input: Frontmatter['match']['stats']): MatchStats | undefined {
  if (!input) return undefined;
  const stats: Partial<Record<StatKey, StatPair>> = {};
  for (const key of STAT_KEYS) {
    const text = input[key];
    if (text !== undefined) stats[key] = parseScore(text);
  }
  return stats;
}

/** The normalised match. Call only on frontmatter that passed every rule. */
export function buildMatch(fm: Frontmatter, minutes: readonly Minute[], hasEvents: boolean, teams?: TeamLookup): Match {
  const m = fm.match;
  const events = buildEvents(fm, minutes);
  const goals = events.filter((e) => e.score !== undefined);
  const score = parseScore(m.score);
  const shootout = buildShootout(fm);
  const penalties: Score | undefined = m.penalties !== undefined ? parseScore(m.penalties) : shootout?.score;
  const halftime: Score | undefined =
    m.halftime !== undefined
      ? parseScore(m.halftime)
      : hasEvents
        ? goals
            .filter((g) => g.minute.base <= m.halfLength)
            .reduce((s, g) => ({ ...s, [g.scoredFor as Side]: s[g.scoredFor as Side] + 1 }), { home: 0, away: 0 })
        : undefined;
  // A shootout decides: after a drawn score, or after a second leg won on the night with the tie level on aggregate.
  const winner: Side | undefined = penalties
    ? penalties.home > penalties.away
      ? 'home'
      : 'away'
    : score.home !== score.away
      ? score.home > score.away
        ? 'home'
        : 'away'
      : undefined;
  const home = team(m.home, 'home', teams);
  const away = team(m.away, 'away', teams);
  const kickoffDate = m.kickoff.slice(0, 10);
  return {
    competition: m.competition.trim(),
    competitionSlug: slugFor(m.competition),
    ...stripUndefined({ season: m.season, round: m.round, venue: m.venue, attendance: m.attendance, referee: m.referee }),
    kickoff: m.kickoff,
    kickoffDate,
    kickoffHasTime: m.kickoff.length > 10,
    home,
    away,
    score,
    ...(halftime ? { halftime } : {}),
    extraTime: m.extraTime,
    halfLength: m.halfLength,
    ...stripUndefined({ lineups: buildLineups(m.lineups), stats: buildStats(m.stats), playerOfTheMatch: m.playerOfTheMatch }),
    ...(penalties ? { penalties } : {}),
    ...(m.leg !== undefined ? { leg: m.leg } : {}),
    ...(m.aggregate !== undefined ? { aggregate: parseScore(m.aggregate) } : {}),
    events,
    hasEvents,
    goals,
    ...(shootout ? { shootout } : {}),
    status: penalties ? 'on-penalties' : m.extraTime ? 'after-extra-time' : 'full-time',
    ...(winner ? { winner } : {}),
    key: matchKey(kickoffDate, home.name, away.name),
  };
}

/** The first paragraph of the body as plain text, cut at a word boundary near `max` characters. */
export function describeBody(body: string, max = 160): string {
  const paragraph = firstParagraph(body);
  const text = paragraph ? toString(paragraph).replace(/\s+/g, ' ').trim() : '';
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * The body's first top-level paragraph, parsing no more than it needs (every recap without a description comes
 * here, on each start and build): Markdown's blocks up to a blank line do not depend on the lines after it, so the
 * text before the first blank line that follows a paragraph has the same first paragraph as the whole body. A body
 * with a `[` is parsed whole, since a link reference in the paragraph may be defined further down.
 */
function firstParagraph(body: string) {
  const parse = (text: string) => parseMarkdown(text).children.find((node) => node.type === 'paragraph');
  if (!body.includes('[')) {
    for (const blank of body.matchAll(/\n[ \t]*\n/g)) {
      if (blank.index > 4000) break;
      const paragraph = parse(body.slice(0, blank.index));
      if (paragraph) return paragraph;
    }
  }
  return parse(body);
}

/** What the reader knows beyond the file: team data files and the site's language. */
export interface BuildOptions {
  /** Resolves team names to their data files (canonical name, defaults). */
  readonly teams?: TeamLookup | undefined;
  /** The site's language (a BCP 47 tag), used when the recap gives no `lang`; default `en`. */
  readonly defaultLang?: string | undefined;
}

/** The catalogue language of a recap: its `lang`, else the site's, resolved (`pt-BR` → `pt`); English when neither resolves. */
export function recapLanguage(lang: string | undefined, defaultLang = 'en'): string {
  return resolveLanguage(lang ?? defaultLang) ?? resolveLanguage(defaultLang) ?? 'en';
}

/** The normalised recap (other reports are linked later by the collection). */
export function buildRecap(
  slug: string,
  file: string,
  fm: Frontmatter,
  body: string,
  minutes: readonly Minute[],
  hasEvents: boolean,
  options: BuildOptions = {},
): Recap {
  const { teams, defaultLang } = options;
  return {
    slug,
    file,
    title: fm.title.trim(),
    // A body without a paragraph (only headings or a list) still needs a description for meta tags.
    description: fm.description?.trim() || describeBody(body) || fm.title.trim(),
    date: fm.date,
    ...stripUndefined({ updated: fm.updated, author: fm.author }),
    tags: fm.tags.map((t) => t.trim()),
    draft: fm.draft,
    lang: recapLanguage(fm.lang, defaultLang),
    ...(fm.cover ? { cover: stripUndefined(fm.cover) } : {}),
    match: buildMatch(fm, minutes, hasEvents, teams),
    body,
    otherReports: [],
  };
}

/** Drops keys whose value is undefined (the model uses exact optional properties). */
export function stripUndefined<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
