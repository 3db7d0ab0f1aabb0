/**
 * Hub pages generated from the recaps: one per team (its reports and results), competition (by season
 * and round) and tag. Pure functions of the recap list; pages only render what they return.
 */
import { newestFirst } from '../recap/collection.ts';
import type { Match, Recap, Score, Side, Team } from '../recap/model.ts';
import { opponent } from '../recap/model.ts';
import { resultFor } from '../recap/present.ts';
import { slugFor } from '../recap/slug.ts';

/** A recap as pages hold it (the body is rendered separately). */
export type RecapEntry = Omit<Recap, 'body'>;

/** A team's result in one match, from its own side. */
export interface TeamResult {
  /** Identity of the match (several recaps may report it). */
  readonly key: string;
  readonly side: Side;
  readonly opponent: Team;
  /** W, D or L; a shootout decides W or L. */
  readonly result: 'W' | 'D' | 'L';
  /** Goals for and against, this team first. */
  readonly score: ScoreFor;
  readonly penalties?: ScoreFor;
  readonly extraTime: boolean;
  readonly match: Match;
  /** Every recap of the match, newest first. */
  readonly reports: readonly RecapEntry[];
}

/** A score from one team's side. */
export interface ScoreFor {
  readonly for: number;
  readonly against: number;
}

/** Totals over a team's matches (each match once, however many recaps report it). */
export interface TeamRecord {
  readonly played: number;
  readonly won: number;
  readonly drawn: number;
  readonly lost: number;
  readonly goalsFor: number;
  readonly goalsAgainst: number;
}

/** The hub of one team. */
export interface TeamHub {
  readonly slug: string;
  /** The team as its latest recap shows it (canonical name when a team file exists). */
  readonly team: Team;
  /** Every recap involving the team, newest first. */
  readonly recaps: readonly RecapEntry[];
  /** One entry per match, latest kick-off first. */
  readonly results: readonly TeamResult[];
  readonly record: TeamRecord;
}

/** Recaps of one round of a season. */
export interface RoundGroup {
  readonly round?: string;
  readonly recaps: readonly RecapEntry[];
}

/** Recaps of one season of a competition, by round. */
export interface SeasonGroup {
  readonly season?: string;
  readonly rounds: readonly RoundGroup[];
}

/** The hub of one competition. */
export interface CompetitionHub {
  readonly slug: string;
  readonly name: string;
  readonly recaps: readonly RecapEntry[];
  /** Latest season first; rounds latest first; recaps by kick-off, latest first. */
  readonly seasons: readonly SeasonGroup[];
}

/** The hub of one tag. */
export interface TagHub {
  readonly slug: string;
  readonly name: string;
  readonly recaps: readonly RecapEntry[];
}

const kickoffTimes = new Map<string, number>();

/** Kick-off as a timestamp; a date alone counts as midnight UTC. */
export function kickoffTime(match: Pick<Match, 'kickoff'>): number {
  // Sorting calls this for every comparison; parsing once per distinct kick-off keeps 10,000 recaps fast.
  let time = kickoffTimes.get(match.kickoff);
  if (time === undefined) {
    time = Date.parse(match.kickoff.length === 10 ? `${match.kickoff}T00:00:00Z` : match.kickoff);
    kickoffTimes.set(match.kickoff, time);
  }
  return time;
}

const tagSlugs = new Map<string, string>();

/** The hub slug of a tag (slugify is slow enough to matter at thousands of recaps, so each tag is slugged once). */
export function tagSlug(tag: string): string {
  let slug = tagSlugs.get(tag);
  if (slug === undefined) {
    slug = slugFor(tag);
    tagSlugs.set(tag, slug);
  }
  return slug;
}

/** Latest kick-off first, then newest publication. */
export function byKickoff(a: RecapEntry, b: RecapEntry): number {
  return kickoffTime(b.match) - kickoffTime(a.match) || newestFirst(a, b);
}

/** The name written most often (ties: the one seen first, i.e. in the newest recap). */
export function commonName(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best = names[0] ?? '';
  for (const [name, count] of counts) if (count > (counts.get(best) ?? 0)) best = name;
  return best;
}

function groupBy<K, V>(items: readonly V[], keyOf: (item: V) => K | readonly K[]): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const keys = keyOf(item);
    for (const key of Array.isArray(keys) ? (keys as readonly K[]) : [keys as K]) {
      const list = groups.get(key);
      if (list) {
        if (list[list.length - 1] !== item) list.push(item);
      } else groups.set(key, [item]);
    }
  }
  return groups;
}

const forSide = (score: Score, side: Side): ScoreFor => ({ for: score[side], against: score[opponent(side)] });

/** A team's results, one per match, latest first. */
export function teamResults(slug: string, recaps: readonly RecapEntry[]): TeamResult[] {
  const mine = recaps.filter((r) => r.match.home.slug === slug || r.match.away.slug === slug);
  return [...groupBy(mine, (r) => r.match.key).values()]
    .map((reports) => {
      const sorted = [...reports].sort(newestFirst);
      const { match } = sorted[0] as RecapEntry;
      const side: Side = match.home.slug === slug ? 'home' : 'away';
      return {
        key: match.key,
        side,
        opponent: match[opponent(side)],
        result: resultFor(match, side),
        score: forSide(match.score, side),
        ...(match.penalties ? { penalties: forSide(match.penalties, side) } : {}),
        extraTime: match.extraTime,
        match,
        reports: sorted,
      };
    })
    .sort((a, b) => kickoffTime(b.match) - kickoffTime(a.match) || a.key.localeCompare(b.key));
}

/** Played, won, drawn, lost and goals over a list of results. */
export function teamRecord(results: readonly TeamResult[]): TeamRecord {
  const count = (r: TeamResult['result']) => results.filter((x) => x.result === r).length;
  return {
    played: results.length,
    won: count('W'),
    drawn: count('D'),
    lost: count('L'),
    goalsFor: results.reduce((n, x) => n + x.score.for, 0),
    goalsAgainst: results.reduce((n, x) => n + x.score.against, 0),
  };
}

/** Every team hub, by team name. */
export function teamHubs(recaps: readonly RecapEntry[]): TeamHub[] {
  const sorted = [...recaps].sort(newestFirst);
  const groups = groupBy(sorted, (r) => [r.match.home.slug, r.match.away.slug]);
  return [...groups]
    .map(([slug, list]) => {
      const appearances = list.map((r) => (r.match.home.slug === slug ? r.match.home : r.match.away));
      const latest = appearances[0] as Team;
      const results = teamResults(slug, list);
      return {
        slug,
        team: { ...latest, name: commonName(appearances.map((t) => t.name)) },
        recaps: list,
        results,
        record: teamRecord(results),
      };
    })
    .sort((a, b) => a.team.name.localeCompare(b.team.name) || a.slug.localeCompare(b.slug));
}

/** Every competition hub, the one with the latest match first. */
export function competitionHubs(recaps: readonly RecapEntry[]): CompetitionHub[] {
  const sorted = [...recaps].sort(byKickoff);
  return [...groupBy(sorted, (r) => r.match.competitionSlug)].map(([slug, list]) => ({
    slug,
    name: commonName(list.map((r) => r.match.competition)),
    recaps: list,
    seasons: [...groupBy(list, (r) => r.match.season ?? '')].map(([season, inSeason]) => ({
      ...(season === '' ? {} : { season }),
      rounds: [...groupBy(inSeason, (r) => r.match.round?.trim() ?? '')].map(([round, inRound]) => ({
        ...(round === '' ? {} : { round }),
        recaps: inRound,
      })),
    })),
  }));
}

/** Every tag hub, alphabetically; tags that slugify alike ("Messi", "messi") are one tag. */
export function tagHubs(recaps: readonly RecapEntry[]): TagHub[] {
  const sorted = [...recaps].sort(newestFirst);
  const groups = groupBy(sorted, (r) => r.tags.map(tagSlug).filter((s) => s !== ''));
  return [...groups]
    .map(([slug, list]) => ({
      slug,
      name: commonName(list.flatMap((r) => r.tags.filter((t) => tagSlug(t) === slug))),
      recaps: list,
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));
}

/** The tags of a recap as hub links: unique by slug, in the order written. */
export function recapTags(recap: Pick<RecapEntry, 'tags'>): { slug: string; name: string }[] {
  const seen = new Set<string>();
  return recap.tags.flatMap((name) => {
    const slug = tagSlug(name);
    if (slug === '' || seen.has(slug)) return [];
    seen.add(slug);
    return [{ slug, name }];
  });
}
