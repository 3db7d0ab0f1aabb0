/**
 * Words for the model, in the reader's language: event labels, minutes, one-line event descriptions (the
 * page list, the timeline's marker titles and the card all use these), scorelines with their penalties /
 * extra-time note, the status and result lines, period marks, the competition line and the scorers. Each
 * of these texts is written here and nowhere else; pages, graphics, cards and feeds call these functions
 * with the Translator of the page's language (src/i18n).
 */
import { formatDate as formatDateIn, type MessageKey, type Translator } from '../i18n/index.ts';
import type { Match, MatchEvent, Score, ShootoutKick, Side } from './model.ts';
import type { EventType, GoalKind, KickResult } from './schema.ts';

/** Label of an event type: `Goal`, `Own goal`, `Second yellow card`… */
export function eventLabel(type: EventType, t: Translator): string {
  return t(`event.${type}` as MessageKey);
}

/** How a goal was scored: `header`, `free kick`… */
export function goalKindLabel(how: GoalKind, t: Translator): string {
  return t(`goal.${how}` as MessageKey);
}

/** A shootout kick's result: `Scored`, `Missed`, `Saved`. */
export function kickLabel(result: KickResult, t: Translator): string {
  return t(`kick.${result}` as MessageKey);
}

/**
 * A minute of play as written in the language: `85′`, `90+3′` (`85分` in Japanese). In a right-to-left language
 * the mark is isolated left to right (LRI…PDI): after an Arabic name the bidi algorithm would otherwise read
 * `90+3` as Arabic numbers and show `3+90`.
 */
export function minuteMark(minute: string | number, t: Translator): string {
  const mark = t('match.minute', { minute: String(minute) });
  return t.dir === 'rtl' ? `\u2066${mark}\u2069` : mark;
}

/** An event's minute: `85′` or `90+3′`. */
export function minuteText(event: Pick<MatchEvent, 'minute'>, t: Translator): string {
  return minuteMark(event.minute.label, t);
}

/**
 * `4-4`: digits and a hyphen, the same in every language, for text: sentences, feeds, search, meta. A hyphen
 * between digits keeps them one left-to-right run even on a right-to-left page.
 */
export function formatScoreline(score: Score): string {
  return `${score.home}-${score.away}`;
}

/**
 * `4–4` with an en dash, where the score stands between the two teams as laid out: graphics, cards, the scoreboard,
 * the event list and shootout chips, round-ups. The dash is neutral to the bidi algorithm, so on a right-to-left page
 * the home score sits on the right, on the home team's side, as the scoreboard and the timeline put it.
 */
export function scoreDash(score: Score): string {
  return `${score.home}\u2013${score.away}`;
}

/** What decides a match beyond the score: the shootout score (from the reader's side) or extra time. */
export interface ScoreNoteInput {
  readonly penalties?: Score | undefined;
  readonly extraTime: boolean;
}

/**
 * The note after a score: `3-5 on penalties` / `after extra time` (long), `3-5 pens` / `aet` (short);
 * undefined for a match decided in normal time.
 */
export function scoreNote(input: ScoreNoteInput, t: Translator, style: 'long' | 'short' = 'long'): string | undefined {
  if (input.penalties) return t(style === 'long' ? 'match.pens-long' : 'match.pens-short', { score: formatScoreline(input.penalties) });
  if (input.extraTime) return t(style === 'long' ? 'match.aet-long' : 'match.aet-short');
  return undefined;
}

/** A score with its note in brackets: `4-4 (5-3 pens)`, `2-1 (aet)`, `0-1`. */
export function scoreWithNote(score: Score, input: ScoreNoteInput, t: Translator, style: 'long' | 'short' = 'short'): string {
  const note = scoreNote(input, t, style);
  return note ? `${formatScoreline(score)} (${note})` : formatScoreline(score);
}

/**
 * `FC Dallas 4-4 Inter Miami CF (3-5 on penalties)`, and for a leg of a two-legged tie the leg line after it
 * (`… (2-3 on penalties) · Second leg · Aggregate 2-2`), since a shootout after a won second leg makes no sense
 * without it. Feeds, JSON-LD and the cards' alt text say this.
 */
export function matchHeadline(match: Match, t: Translator): string {
  const note = scoreNote(match, t, 'long');
  const line = `${match.home.name} ${formatScoreline(match.score)} ${match.away.name}`;
  const headline = note ? `${line} (${note})` : line;
  const leg = legText(match, t);
  return leg ? `${headline} · ${leg}` : headline;
}

/** `FC Dallas 4–4 Inter Miami CF`: the graphics' title line. */
export function scoreline(match: Pick<Match, 'home' | 'away' | 'score'>): string {
  return `${match.home.name} ${scoreDash(match.score)} ${match.away.name}`;
}

/** `Leagues Cup 2023 · Round of 16`: competition, season and round as every page, graphic and card shows them. */
export function competitionLine(match: Pick<Match, 'competition' | 'season' | 'round'>, t: Translator): string {
  const competition = match.season
    ? t('match.competition-season', { competition: match.competition, season: match.season })
    : match.competition;
  return match.round ? `${competition} · ${match.round}` : competition;
}

/** `Full time`, `After extra time`, `On penalties`. */
export function statusText(match: Match, t: Translator): string {
  if (match.status === 'on-penalties') return t(match.extraTime ? 'match.aet-on-penalties' : 'match.on-penalties');
  return t(match.status === 'after-extra-time' ? 'match.after-extra-time' : 'match.full-time');
}

/**
 * The leg of a two-legged tie with the aggregate after it: `Second leg · Aggregate 2-2`, `Second leg`, `First
 * leg`; undefined for a match that is not a leg. The scoreboard and the cards show it.
 */
export function legText(match: Pick<Match, 'leg' | 'aggregate'>, t: Translator): string | undefined {
  if (match.leg === undefined) return undefined;
  const leg = t(match.leg === 1 ? 'match.leg-first' : 'match.leg-second');
  return match.aggregate ? `${leg} · ${t('match.aggregate', { score: formatScoreline(match.aggregate) })}` : leg;
}

/** `Inter Miami CF win 5-3 on penalties`, or `Draw`. */
export function resultText(match: Match, t: Translator): string {
  if (!match.winner) return t('match.result.draw');
  const team = match[match.winner].name;
  if (match.penalties) {
    const loser: Side = match.winner === 'home' ? 'away' : 'home';
    return t('match.result.win-pens', { team, score: `${match.penalties[match.winner]}-${match.penalties[loser]}` });
  }
  return t(match.extraTime ? 'match.result.win-aet' : 'match.result.win', { team });
}

/** One line describing an event: `85′ Goal, Lionel Messi, Inter Miami CF, free kick, 4-4`. */
export function describeEvent(event: MatchEvent, match: Pick<Match, 'home' | 'away'>, t: Translator): string {
  const parts = [`${minuteText(event, t)} ${eventLabel(event.type, t)}`];
  if (event.type === 'sub') parts.push(t('event.sub-line', { in: event.in ?? '', out: event.out ?? '' }));
  else if (event.player) parts.push(event.player);
  parts.push(match[event.team].name);
  if (event.how) parts.push(goalKindLabel(event.how, t));
  if (event.assist) parts.push(t('event.assist', { player: event.assist }));
  if (event.score) parts.push(formatScoreline(event.score));
  if (event.note) parts.push(event.note);
  return t.list(parts);
}

/** One line describing a shootout kick: `Kick 1, Inter Miami CF, Lionel Messi: Scored (0-1)`. */
export function describeKick(kick: ShootoutKick, match: Pick<Match, 'home' | 'away'>, t: Translator): string {
  const team = kick.player ? t.list([match[kick.team].name, kick.player]) : match[kick.team].name;
  return t('event.kick', { number: kick.index + 1, team, result: kickLabel(kick.result, t), score: formatScoreline(kick.score) });
}

/**
 * The mark at the end of a period on the timeline, the same in the wide and the phone layout: `HT 1–0`,
 * `FT 2–1`, `AET 3–2`; the end of normal time in a match that went to extra time shows the score then
 * (`90′ 1–1`), the end of the first half of extra time its minute. `index` counts periods from 0 (halves 0
 * and 1, extra time 2 and 3); `end` is the minute the period's regular time ends at.
 */
export function periodMark(period: { readonly index: number; readonly end: number }, match: Match, t: Translator): string {
  const { index, end } = period;
  if (index === 0) return match.halftime ? `${t('period.ht')} ${scoreDash(match.halftime)}` : t('period.ht');
  if (index === 1)
    return match.extraTime ? `${minuteMark(end, t)} ${scoreDash(scoreAfter(match, end))}` : `${t('period.ft')} ${scoreDash(match.score)}`;
  if (index === 3) return `${t('period.aet')} ${scoreDash(match.score)}`;
  return minuteMark(end, t);
}

/** The score once the period ending at `end` was over (its added time included). */
export function scoreAfter(match: Pick<Match, 'goals'>, end: number): Score {
  const last = match.goals.filter((goal) => goal.minute.base <= end).at(-1);
  return last?.score ?? { home: 0, away: 0 };
}

/** One player's goals for a side, in match order. */
export interface ScorerLine {
  /** The player, or "Own goal" when the author did not name them. */
  readonly player: string;
  /** Each goal's minute with the penalty or own-goal mark where it applies: `45+1′ pen`. */
  readonly goals: readonly string[];
}

/** Who scored for `side` (own goals by the other side included), grouped by player in order of their first goal. */
export function scorersFor(match: Pick<Match, 'goals'>, side: Side, t: Translator): ScorerLine[] {
  const lines = new Map<string, string[]>();
  for (const goal of match.goals) {
    if (goal.scoredFor !== side) continue;
    const ownGoal = goal.type === 'own-goal';
    const player = goal.player ?? eventLabel('own-goal', t);
    const suffix = ownGoal ? t('scorers.og') : goal.how === 'penalty' ? t('scorers.pen') : '';
    const mark = suffix ? `${minuteText(goal, t)} ${suffix}` : minuteText(goal, t);
    const key = `${ownGoal ? 'og:' : 'g:'}${player}`;
    lines.set(key, [...(lines.get(key) ?? []), mark]);
  }
  return [...lines].map(([key, goals]) => ({ player: key.slice(key.indexOf(':') + 1), goals }));
}

/** A scorer as one line: `Ada Okon 12′, 77′ pen`. */
export function scorerLineText(line: ScorerLine, t: Translator): string {
  return `${line.player} ${t.list(line.goals)}`;
}

/** Formats `YYYY-MM-DD` as a date in `lang`, without time-zone shifts (see src/i18n). */
export function formatDate(date: string, lang: string, style: 'long' | 'medium' = 'long'): string {
  return formatDateIn(date, lang, style);
}

/**
 * The result for one team: W, D or L. A shootout decides the winner (the match still counts as drawn on the pitch),
 * also after a second leg won on the night: the shootout's winner won the tie.
 */
export function resultFor(match: Match, side: Side): 'W' | 'D' | 'L' {
  if (!match.winner) return 'D';
  return match.winner === side ? 'W' : 'L';
}
