/**
 * League tables: played, won, drawn, lost, goals for and against, difference, points and form, one row per
 * team, ordered by the competition's tie-breakers. Each match counts once (match records, not reports); a match
 * decided on penalties is a draw, since a league counts the score on the pitch; deductions come off the points.
 */
import type { Side, Team } from '../recap/model.ts';
import { opponent } from '../recap/model.ts';
import { DEFAULT_TIE_BREAKERS, type CompetitionFile, type Deduction, type TieBreaker } from './competitions.ts';
import type { MatchRecord } from './match-records.ts';

/** A result in a league: the score on the pitch decides. */
export type LeagueResult = 'W' | 'D' | 'L';

/** One team's line in a table. */
export interface TableRow {
  /** 1-based place. */
  readonly position: number;
  readonly slug: string;
  /** The team as its latest match shows it. */
  readonly team: Team;
  readonly played: number;
  readonly won: number;
  readonly drawn: number;
  readonly lost: number;
  readonly goalsFor: number;
  readonly goalsAgainst: number;
  readonly goalDifference: number;
  /** After deductions. */
  readonly points: number;
  /** Points deducted this season (0 when none). */
  readonly deducted: number;
  /** The last five results, oldest first. */
  readonly form: readonly LeagueResult[];
}

/** A season's table with what it was built from. */
export interface LeagueTable {
  readonly rows: readonly TableRow[];
  /** Matches counted (each once). */
  readonly matches: number;
  /** Reports those matches came from. */
  readonly reports: number;
  /** The deductions applied, as the competition file gives them. */
  readonly deductions: readonly Deduction[];
  readonly tieBreakers: readonly TieBreaker[];
}

/** How a table is counted. */
export type TableRules = Pick<CompetitionFile, 'points' | 'tieBreakers' | 'deductions'>;

/** The default rules: 3-1-0, the default tie-breakers, no deductions. */
export const DEFAULT_RULES: TableRules = { points: { win: 3, draw: 1, loss: 0 }, tieBreakers: DEFAULT_TIE_BREAKERS, deductions: [] };

/** The result of a match for one side, by the score alone (penalties make no winner in a league). */
export function leagueResult(score: { home: number; away: number }, side: Side): LeagueResult {
  const [mine, theirs] = [score[side], score[opponent(side)]];
  return mine > theirs ? 'W' : mine < theirs ? 'L' : 'D';
}

interface Tally {
  slug: string;
  team: Team;
  played: number;
  won: number;
  drawn: number;
  lost: number;
  goalsFor: number;
  goalsAgainst: number;
  results: LeagueResult[];
}

const compareBy: Readonly<Record<TieBreaker, (a: TableRow, b: TableRow) => number>> = {
  points: (a, b) => b.points - a.points,
  goalDifference: (a, b) => b.goalDifference - a.goalDifference,
  goalsScored: (a, b) => b.goalsFor - a.goalsFor,
  goalsConceded: (a, b) => a.goalsAgainst - b.goalsAgainst,
  wins: (a, b) => b.won - a.won,
  name: (a, b) => a.team.name.localeCompare(b.team.name),
};

/**
 * The table of one season from its matches (earliest first, as `matchRecords` gives them). `season` picks the
 * deductions that apply; a deducted team with no match yet still gets a row.
 */
export function leagueTable(matches: readonly MatchRecord[], rules: TableRules = DEFAULT_RULES, season?: string): LeagueTable {
  const tallies = new Map<string, Tally>();
  const tally = (team: Team): Tally => {
    let t = tallies.get(team.slug);
    if (!t)
      tallies.set(
        team.slug,
        (t = { slug: team.slug, team, played: 0, won: 0, drawn: 0, lost: 0, goalsFor: 0, goalsAgainst: 0, results: [] }),
      );
    t.team = team;
    return t;
  };
  for (const { match } of matches) {
    for (const side of ['home', 'away'] as const) {
      const t = tally(match[side]);
      const result = leagueResult(match.score, side);
      t.played += 1;
      if (result === 'W') t.won += 1;
      else if (result === 'D') t.drawn += 1;
      else t.lost += 1;
      t.goalsFor += match.score[side];
      t.goalsAgainst += match.score[opponent(side)];
      t.results.push(result);
    }
  }
  const deductions = rules.deductions.filter((d) => season !== undefined && d.season === season);
  const deducted = new Map<string, number>();
  for (const d of deductions) deducted.set(d.team, (deducted.get(d.team) ?? 0) + d.points);
  for (const d of deductions)
    if (!tallies.has(d.team)) tally({ name: d.teamName, slug: d.team, short: d.teamName.slice(0, 3).toUpperCase(), color: '#666666' });
  const rows = [...tallies.values()].map((t) => {
    const off = deducted.get(t.slug) ?? 0;
    const points = t.won * rules.points.win + t.drawn * rules.points.draw + t.lost * rules.points.loss - off;
    return {
      position: 0,
      slug: t.slug,
      team: t.team,
      played: t.played,
      won: t.won,
      drawn: t.drawn,
      lost: t.lost,
      goalsFor: t.goalsFor,
      goalsAgainst: t.goalsAgainst,
      goalDifference: t.goalsFor - t.goalsAgainst,
      points,
      deducted: off,
      form: t.results.slice(-5),
    };
  });
  const order = rules.tieBreakers.includes('name') ? rules.tieBreakers : [...rules.tieBreakers, 'name' as const];
  rows.sort((a, b) => {
    for (const key of order) {
      const d = compareBy[key](a, b);
      if (d !== 0) return d;
    }
    return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
  });
  return {
    rows: rows.map((row, i) => ({ ...row, position: i + 1 })),
    matches: matches.length,
    reports: matches.reduce((n, m) => n + m.reports.length, 0),
    deductions,
    tieBreakers: order,
  };
}
