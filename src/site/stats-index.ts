/**
 * The statistics of the whole site, computed once per build in one pass over the recaps: matches (each once),
 * player pages, league tables, top scorers and assists, squads, round-ups and head-to-heads. Pages read this
 * object; none of them walks the collection again. Drafts count nowhere.
 */
import type { Match, Side } from '../recap/model.ts';
import { nameKey } from './data-file.ts';
import type { CompetitionFile } from './competitions.ts';
import { kickoffTime, type RecapEntry } from './hubs.ts';
import { matchRecords, type MatchRecord } from './match-records.ts';
import { playerIndex, type LeaderRow, type PlayerHub, type PlayerIndex, type SquadRow } from './player-stats.ts';
import { NO_PLAYER_FILES, type PlayerDirectory } from './players.ts';
import { roundUps, type RoundUp } from './roundups.ts';
import { leagueTable, type LeagueTable } from './table.ts';

/** One season of one competition. */
export interface CompetitionSeason {
  readonly season?: string;
  readonly seasonSlug: string;
  /** Earliest first. */
  readonly matches: readonly MatchRecord[];
  /** For competitions whose file says `format: league`. */
  readonly table?: LeagueTable;
  readonly scorers: readonly LeaderRow[];
  readonly assists: readonly LeaderRow[];
  /** In the order the rounds were played. */
  readonly roundups: readonly RoundUp[];
}

/** A competition's statistics. */
export interface CompetitionStats {
  readonly slug: string;
  readonly name: string;
  /** The competition file, when there is one. */
  readonly file?: CompetitionFile;
  /** Latest season first. */
  readonly seasons: readonly CompetitionSeason[];
}

/** Earlier meetings of two teams. */
export interface HeadToHead {
  /** Latest first. */
  readonly meetings: readonly MatchRecord[];
  /** Wins of the match's home and away team (a shootout decides), and draws. */
  readonly home: number;
  readonly away: number;
  readonly draws: number;
}

/** Everything the statistics pages read. */
export interface StatsIndex {
  readonly records: readonly MatchRecord[];
  readonly players: readonly PlayerHub[];
  readonly playerBySlug: ReadonlyMap<string, PlayerHub>;
  /** By competition slug. */
  readonly competitions: ReadonlyMap<string, CompetitionStats>;
  /** Every round-up, latest first. */
  readonly roundups: readonly RoundUp[];
  /** Squads by team slug. */
  readonly squads: ReadonlyMap<string, readonly SquadRow[]>;
  /** Earlier meetings of a match's two teams on the site. */
  headToHead(match: Match): HeadToHead;
  /** The page slug of a player named in a match (for `side`, or whichever side names them). */
  playerSlug(match: Match, name: string, side?: Side): string | undefined;
  /** What a recap page shows from other recaps (head-to-head, player links), for its incremental-build cache key. */
  recapPageKey(match: Match): string;
}

/** What the index is built from. */
export interface StatsInput {
  readonly recaps: readonly RecapEntry[];
  readonly competitions?: readonly CompetitionFile[];
  readonly players?: Pick<PlayerDirectory, 'identify'>;
}

const pairKey = (match: Pick<Match, 'home' | 'away'>) => [match.home.slug, match.away.slug].sort().join('|');

/** Builds the index. */
export function buildStatsIndex(input: StatsInput): StatsIndex {
  const directory = input.players ?? NO_PLAYER_FILES;
  const records = matchRecords(input.recaps);
  const players: PlayerIndex = playerIndex(records, directory);
  const roundups = roundUps(records, players.slugs, directory);
  const files = new Map((input.competitions ?? []).map((c) => [c.slug, c]));
  const bySeason = new Map<string, { slug: string; names: string[]; season?: string; seasonSlug: string; matches: MatchRecord[] }>();
  const pairs = new Map<string, MatchRecord[]>();
  for (const record of records) {
    const key = `${record.competitionSlug}|${record.seasonSlug}`;
    let group = bySeason.get(key);
    if (!group)
      bySeason.set(
        key,
        (group = {
          slug: record.competitionSlug,
          names: [],
          ...(record.season ? { season: record.season } : {}),
          seasonSlug: record.seasonSlug,
          matches: [],
        }),
      );
    group.matches.push(record);
    group.names.push(record.competition);
    const pair = pairs.get(pairKey(record.match));
    if (pair) pair.push(record);
    else pairs.set(pairKey(record.match), [record]);
  }
  const competitions = new Map<string, { slug: string; name: string; file?: CompetitionFile; seasons: CompetitionSeason[] }>();
  for (const [key, group] of bySeason) {
    const file = files.get(group.slug);
    let stats = competitions.get(group.slug);
    if (!stats)
      competitions.set(
        group.slug,
        (stats = { slug: group.slug, name: file?.name ?? group.names[0] ?? group.slug, ...(file ? { file } : {}), seasons: [] }),
      );
    stats.seasons.push({
      ...(group.season ? { season: group.season } : {}),
      seasonSlug: group.seasonSlug,
      matches: group.matches,
      ...(file?.format === 'league' ? { table: leagueTable(group.matches, file, group.season) } : {}),
      scorers: players.scorers.get(key) ?? [],
      assists: players.assists.get(key) ?? [],
      roundups: roundups.filter((r) => r.competitionSlug === group.slug && r.seasonSlug === group.seasonSlug),
    });
  }
  const latest = (s: CompetitionSeason) => Math.max(...s.matches.map((m) => kickoffTime(m.match)));
  for (const stats of competitions.values()) stats.seasons.sort((a, b) => latest(b) - latest(a));
  const linesByMatch = players.linesByMatch;
  return {
    records,
    players: players.players,
    playerBySlug: new Map(players.players.map((p) => [p.slug, p])),
    competitions,
    roundups: [...roundups].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.roundSlug < b.roundSlug ? 1 : -1)),
    squads: players.squads,
    headToHead(match) {
      const time = kickoffTime(match);
      const meetings = (pairs.get(pairKey(match)) ?? []).filter((r) => r.key !== match.key && kickoffTime(r.match) < time).reverse();
      const wins = (slug: string) => meetings.filter((r) => r.match.winner && r.match[r.match.winner].slug === slug).length;
      const [home, away] = [wins(match.home.slug), wins(match.away.slug)];
      return { meetings, home, away, draws: meetings.length - home - away };
    },
    recapPageKey(match) {
      const meetings = this.headToHead(match).meetings.map((m) => [
        m.key,
        m.competitionSlug,
        m.season,
        m.reports.map((r) => [r.slug, r.title, r.lang]),
      ]);
      const links = (linesByMatch.get(match.key) ?? []).map((l) => [l.side, l.written, players.slugs.get(l.id)]);
      return JSON.stringify([meetings, links]);
    },
    playerSlug(match, name, side) {
      const sides: Side[] = side ? [side] : ['home', 'away'];
      const lines = linesByMatch.get(match.key) ?? [];
      for (const s of sides) {
        const { id } = directory.identify(name, match[s].slug);
        if (side || lines.some((l) => l.side === s && l.id === id)) {
          const slug = players.slugs.get(id);
          if (slug) return slug;
        }
      }
      // A name no line of this match holds (e.g. a line-up player who never came on) has a page only if it played elsewhere.
      return (
        sides.map((s) => players.slugs.get(directory.identify(name, match[s].slug).id)).find(Boolean) ?? players.slugs.get(nameKey(name))
      );
    },
  };
}
