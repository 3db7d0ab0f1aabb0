/** The goalscorers line under each team in the scoreboard: `Aino Korhonen 22', 113'`, `Peter Aske 84' og`. */
import type { Match, Side } from '../recap/model.ts';
import { minuteText } from '../recap/present.ts';

/** One player's goals for a side, in match order. */
export interface ScorerLine {
  /** The player, or "Own goal" when the author did not name them. */
  readonly player: string;
  /** Each goal's minute with `pen` or `og` where it applies: `45+1' pen`. */
  readonly goals: readonly string[];
}

/** Who scored for `side` (own goals by the other side included), grouped by player in order of their first goal. */
export function scorersFor(match: Pick<Match, 'goals'>, side: Side): ScorerLine[] {
  const lines = new Map<string, string[]>();
  for (const goal of match.goals) {
    if (goal.scoredFor !== side) continue;
    const ownGoal = goal.type === 'own-goal';
    const player = goal.player ?? 'Own goal';
    const mark = `${minuteText(goal)}${ownGoal ? ' og' : goal.how === 'penalty' ? ' pen' : ''}`;
    const key = `${ownGoal ? 'og:' : ''}${player}`;
    lines.set(key, [...(lines.get(key) ?? []), mark]);
  }
  return [...lines].map(([key, goals]) => ({ player: key.replace(/^og:/, ''), goals }));
}
