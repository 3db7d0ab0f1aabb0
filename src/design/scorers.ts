/** The goalscorers line under each team in the scoreboard: `Aino Korhonen 22′, 113′`, `Peter Aske 84′ og`. Written once, in src/recap/present.ts. */
export { scorersFor, scorerLineText, type ScorerLine } from '../recap/present.ts';
