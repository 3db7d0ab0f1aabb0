/**
 * Starters into formation lines (README "Recap format" "Line-ups"): the goalkeeper first, then each outfield line from
 * defence to attack, each listed from the team's right to its left.
 */

/**
 * The starters split into lines: `[[goalkeeper], [right-back … left-back], …, [forwards]]`; undefined without a
 * formation, or when the starters do not number one more than the formation's sum (the pitch needs both).
 */
export function formationLines<T>(starting: readonly T[], formation: readonly number[] | undefined): T[][] | undefined {
  if (!formation || formation.length === 0) return undefined;
  const outfield = formation.reduce((sum, n) => sum + n, 0);
  if (starting.length !== outfield + 1) return undefined;
  const lines: T[][] = [starting.slice(0, 1)];
  let at = 1;
  for (const count of formation) {
    lines.push(starting.slice(at, at + count));
    at += count;
  }
  return lines;
}

/** `4-2-3-1`. */
export function formationText(formation: readonly number[]): string {
  return formation.join('-');
}
