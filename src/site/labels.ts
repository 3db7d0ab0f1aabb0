/** Words for hub pages: competition labels, season and round headings, results from one team's side. */
import type { Match } from '../recap/model.ts';
import type { TeamRecord, TeamResult } from './hubs.ts';

/** `Leagues Cup 2023, Round of 16`. */
export function competitionLabel(match: Pick<Match, 'competition' | 'season' | 'round'>): string {
  const season = match.season ? ` ${match.season}` : '';
  return `${match.competition}${season}${match.round ? `, ${match.round}` : ''}`;
}

/** Heading of a season group: the season as written, or `Other matches` for recaps that give none. */
export function seasonHeading(season: string | undefined): string {
  return season ?? 'Other matches';
}

/** Heading of a round group: the round as written, or `Other matches`. */
export function roundHeading(round: string | undefined): string {
  return round ?? 'Other matches';
}

/** Full word for a result letter. */
export const RESULT_WORDS: Readonly<Record<TeamResult['result'], string>> = { W: 'Win', D: 'Draw', L: 'Loss' };

/** The score from the team's side: `4-4 (5-3 pens)`, `2-1 aet`, `0-1`. */
export function teamScoreText(result: Pick<TeamResult, 'score' | 'penalties' | 'extraTime'>): string {
  const score = `${result.score.for}-${result.score.against}`;
  if (result.penalties) return `${score} (${result.penalties.for}-${result.penalties.against} pens)`;
  return result.extraTime ? `${score} aet` : score;
}

/** `3 played: 2 won, 0 drawn, 1 lost`. */
export function recordText(record: TeamRecord): string {
  return `${record.played} played: ${record.won} won, ${record.drawn} drawn, ${record.lost} lost`;
}

/** `1 recap`, `2 recaps`. */
export function recapCount(n: number): string {
  return `${n} ${n === 1 ? 'recap' : 'recaps'}`;
}
