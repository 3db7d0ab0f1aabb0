/**
 * What each player did in each match, and the totals built from it: player pages, top scorers and assists per
 * competition and season, and team squads. A side with a line-up gives appearances, starts and minutes
 * (`appearances()`, which counts extra time, half length, substitutions and sendings-off); a side without one
 * gives an appearance to everyone its events and shootout name, and no starts or minutes.
 */
import { appearances } from '../recap/appearances.ts';
import type { Match, Side, Team } from '../recap/model.ts';
import { opponent } from '../recap/model.ts';
import { nameKey } from './data-file.ts';
import { commonName } from './hubs.ts';
import type { MatchRecord } from './match-records.ts';
import { assignPlayerSlugs, type PlayerDirectory } from './players.ts';
import { leagueResult, type LeagueResult } from './table.ts';

/** Counts over any number of matches. */
export interface PlayerTotals {
  /** Matches played (came on, or named in play without a line-up). */
  readonly apps: number;
  /** Of those, matches with a line-up: starts and minutes come only from these. */
  readonly lineupApps: number;
  readonly starts: number;
  readonly minutes: number;
  readonly goals: number;
  readonly penaltyGoals: number;
  readonly penaltiesMissed: number;
  readonly ownGoals: number;
  readonly assists: number;
  readonly yellow: number;
  readonly red: number;
  readonly kicksScored: number;
  readonly kicksMissed: number;
  readonly playerOfTheMatch: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** One player's part in one match. */
export interface PlayerLine extends PlayerTotals {
  /** Identity across matches (see `PlayerDirectory.identify`). */
  readonly id: string;
  /** The name as this match's report writes it. */
  readonly written: string;
  readonly side: Side;
}

const ZERO: PlayerTotals = {
  apps: 0,
  lineupApps: 0,
  starts: 0,
  minutes: 0,
  goals: 0,
  penaltyGoals: 0,
  penaltiesMissed: 0,
  ownGoals: 0,
  assists: 0,
  yellow: 0,
  red: 0,
  kicksScored: 0,
  kicksMissed: 0,
  playerOfTheMatch: 0,
};

const TOTAL_KEYS = Object.keys(ZERO) as (keyof PlayerTotals)[];

/** Adds `line` into `into`. */
function add(into: Mutable<PlayerTotals>, line: PlayerTotals): void {
  for (const key of TOTAL_KEYS) into[key] += line[key];
}

/** Every player's line in one match: line-up players who played or were booked, and everyone events name. */
export function matchLines(match: Match, directory: Pick<PlayerDirectory, 'identify'>): PlayerLine[] {
  const lines = new Map<string, Mutable<PlayerLine>>();
  const lineOf = (name: string, side: Side): Mutable<PlayerLine> => {
    const { id } = directory.identify(name, match[side].slug);
    const key = `${side}|${id}`;
    let line = lines.get(key);
    if (!line) lines.set(key, (line = { ...ZERO, id, written: name.trim(), side }));
    return line;
  };
  const played = appearances(match);
  for (const side of ['home', 'away'] as const) {
    if (!match.lineups?.[side]) continue;
    for (const a of played[side]) {
      if (!a.started && a.minutes === 0 && !a.on) continue;
      const line = lineOf(a.name, side);
      line.apps = 1;
      line.lineupApps = 1;
      line.starts = a.started ? 1 : 0;
      line.minutes = a.minutes;
    }
  }
  const named = (name: string | undefined, side: Side): Mutable<PlayerLine> | undefined => {
    if (!name) return undefined;
    const line = lineOf(name, side);
    if (!match.lineups?.[side]) line.apps = 1;
    return line;
  };
  for (const event of match.events) {
    const { team: side } = event;
    switch (event.type) {
      case 'goal': {
        const scorer = named(event.player, side);
        if (scorer) {
          scorer.goals += 1;
          if (event.how === 'penalty') scorer.penaltyGoals += 1;
        }
        const assist = named(event.assist, side);
        if (assist) assist.assists += 1;
        break;
      }
      case 'own-goal': {
        const player = named(event.player, side);
        if (player) player.ownGoals += 1;
        break;
      }
      case 'penalty-miss': {
        const player = named(event.player, side);
        if (player) player.penaltiesMissed += 1;
        break;
      }
      case 'yellow':
      case 'second-yellow':
      case 'red': {
        // A booked substitute who never came on is booked, not capped: only a side without a line-up counts it as played.
        const player = match.lineups?.[side] ? (event.player ? lineOf(event.player, side) : undefined) : named(event.player, side);
        if (!player) break;
        if (event.type !== 'red') player.yellow += 1;
        if (event.type !== 'yellow') player.red += 1;
        break;
      }
      case 'sub':
        named(event.in, side);
        named(event.out, side);
        break;
      default:
        break;
    }
  }
  for (const kick of match.shootout?.kicks ?? []) {
    const player = named(kick.player, kick.team);
    if (!player) continue;
    if (kick.result === 'scored') player.kicksScored += 1;
    else player.kicksMissed += 1;
  }
  if (match.playerOfTheMatch) {
    // The side whose line-up lists the player, else the side whose events name them.
    const wanted = nameKey(match.playerOfTheMatch);
    const side =
      (['home', 'away'] as const).find((s) => played[s].some((a) => nameKey(a.name) === wanted)) ??
      [...lines.values()].find((l) => nameKey(l.written) === wanted)?.side;
    const player = side && named(match.playerOfTheMatch, side);
    if (player) player.playerOfTheMatch += 1;
  }
  return [...lines.values()].filter((line) => line.apps > 0 || TOTAL_KEYS.some((k) => line[k] > 0));
}

/** A player's match, from their side. */
export interface PlayerMatch {
  readonly record: MatchRecord;
  readonly line: PlayerLine;
  readonly team: Team;
  readonly opponent: Team;
  readonly result: LeagueResult;
}

/** Totals for one competition and season. */
export interface PlayerSeason {
  readonly competitionSlug: string;
  readonly competition: string;
  readonly season?: string;
  readonly totals: PlayerTotals;
}

/** Everything the site knows about one player. */
export interface PlayerHub {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  /** Teams played for, latest first. */
  readonly teams: readonly Team[];
  readonly totals: PlayerTotals;
  /** Latest season first. */
  readonly seasons: readonly PlayerSeason[];
  /** Latest match first. */
  readonly matches: readonly PlayerMatch[];
}

/** One line of a scorers or assists list. */
export interface LeaderRow {
  readonly position: number;
  readonly slug: string;
  readonly name: string;
  readonly team: Team;
  readonly count: number;
  /** Of the goals, penalties. */
  readonly penalties?: number;
}

/** A squad as the recaps know it. */
export interface SquadRow {
  readonly slug: string;
  readonly name: string;
  readonly totals: PlayerTotals;
}

/** Player hubs and the per-competition and per-team views of the same lines, built in one pass. */
export interface PlayerIndex {
  readonly players: readonly PlayerHub[];
  /** Page slug by player id. */
  readonly slugs: ReadonlyMap<string, string>;
  /** Lines of every match, by match key (for round-ups and recap pages). */
  readonly linesByMatch: ReadonlyMap<string, readonly PlayerLine[]>;
  /** Top scorers by `competitionSlug|seasonSlug`. */
  readonly scorers: ReadonlyMap<string, readonly LeaderRow[]>;
  readonly assists: ReadonlyMap<string, readonly LeaderRow[]>;
  /** Squads by team slug. */
  readonly squads: ReadonlyMap<string, readonly SquadRow[]>;
}

const byName = (a: { name: string; slug: string }, b: { name: string; slug: string }) =>
  a.name.localeCompare(b.name) || (a.slug < b.slug ? -1 : 1);

/** Ranks a list by count, best first; equal counts share a place. */
function leaders(rows: { slug: string; name: string; team: Team; count: number; penalties?: number }[]): LeaderRow[] {
  const sorted = rows.filter((r) => r.count > 0).sort((a, b) => b.count - a.count || byName(a, b));
  let position = 0;
  return sorted.map((row, i) => {
    if (i === 0 || sorted[i - 1]?.count !== row.count) position = i + 1;
    return { ...row, position };
  });
}

/** Builds every player view from the match records (earliest first). */
export function playerIndex(records: readonly MatchRecord[], directory: Pick<PlayerDirectory, 'identify'>): PlayerIndex {
  const linesByMatch = new Map<string, PlayerLine[]>();
  const perPlayer = new Map<string, PlayerMatch[]>();
  const fileNames = new Map<string, { name: string; slug: string }>();
  for (const record of records) {
    const lines = matchLines(record.match, directory);
    linesByMatch.set(record.key, lines);
    for (const line of lines) {
      const identity = directory.identify(line.written, record.match[line.side].slug);
      if (identity.name && identity.slug) fileNames.set(line.id, { name: identity.name, slug: identity.slug });
      const team = record.match[line.side];
      const entry: PlayerMatch = {
        record,
        line,
        team,
        opponent: record.match[opponent(line.side)],
        result: leagueResult(record.match.score, line.side),
      };
      const list = perPlayer.get(line.id);
      if (list) list.push(entry);
      else perPlayer.set(line.id, [entry]);
    }
  }
  const names = new Map(
    [...perPlayer].map(([id, list]) => [id, fileNames.get(id)?.name ?? commonName([...list].reverse().map((m) => m.line.written))]),
  );
  const slugs = assignPlayerSlugs(
    [...perPlayer.keys()].map((id) => {
      const file = fileNames.get(id);
      return { id, name: names.get(id) ?? id, ...(file ? { slug: file.slug } : {}) };
    }),
  );
  const scorerCounts = new Map<string, Map<string, { slug: string; name: string; team: Team; count: number; penalties: number }>>();
  const assistCounts = new Map<string, Map<string, { slug: string; name: string; team: Team; count: number }>>();
  const squadTotals = new Map<string, Map<string, { slug: string; name: string; totals: Mutable<PlayerTotals> }>>();
  const players = [...perPlayer].map(([id, list]): PlayerHub => {
    const slug = slugs.get(id) as string;
    const name = names.get(id) as string;
    const totals: Mutable<PlayerTotals> = { ...ZERO };
    const seasons = new Map<string, { competitionSlug: string; competition: string; season?: string; totals: Mutable<PlayerTotals> }>();
    for (const m of list) {
      add(totals, m.line);
      const key = `${m.record.competitionSlug}|${m.record.seasonSlug}`;
      let season = seasons.get(key);
      if (!season)
        seasons.set(
          key,
          (season = {
            competitionSlug: m.record.competitionSlug,
            competition: m.record.competition,
            ...(m.record.season ? { season: m.record.season } : {}),
            totals: { ...ZERO },
          }),
        );
      add(season.totals, m.line);
      let scorers = scorerCounts.get(key);
      if (!scorers) scorerCounts.set(key, (scorers = new Map()));
      const s = scorers.get(id) ?? { slug, name, team: m.team, count: 0, penalties: 0 };
      s.count += m.line.goals;
      s.penalties += m.line.penaltyGoals;
      s.team = m.team;
      scorers.set(id, s);
      let assists = assistCounts.get(key);
      if (!assists) assistCounts.set(key, (assists = new Map()));
      const a = assists.get(id) ?? { slug, name, team: m.team, count: 0 };
      a.count += m.line.assists;
      a.team = m.team;
      assists.set(id, a);
      let squad = squadTotals.get(m.team.slug);
      if (!squad) squadTotals.set(m.team.slug, (squad = new Map()));
      const row = squad.get(id) ?? { slug, name, totals: { ...ZERO } };
      add(row.totals, m.line);
      squad.set(id, row);
    }
    const latestFirst = [...list].reverse();
    const teams = [...new Map(latestFirst.map((m) => [m.team.slug, m.team])).values()];
    return { id, slug, name, teams, totals, seasons: [...seasons.values()].reverse(), matches: latestFirst };
  });
  players.sort(byName);
  const rank = <T extends { count: number; slug: string; name: string; team: Team }>(groups: Map<string, Map<string, T>>) =>
    new Map([...groups].map(([key, rows]) => [key, leaders([...rows.values()])]));
  return {
    players,
    slugs,
    linesByMatch,
    scorers: rank(scorerCounts),
    assists: rank(assistCounts),
    squads: new Map(
      [...squadTotals].map(([team, rows]) => [
        team,
        [...rows.values()].sort((a, b) => b.totals.apps - a.totals.apps || b.totals.goals - a.totals.goals || byName(a, b)),
      ]),
    ),
  };
}
