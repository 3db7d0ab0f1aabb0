/**
 * Words for the model: event labels, one-line event descriptions (the page list, the timeline's marker
 * titles and the OG card all use these), scorelines and dates.
 */
import type { Match, MatchEvent, Score, ShootoutKick, Side } from './model.ts';
import type { EventType, GoalKind, KickResult } from './schema.ts';

/** Human label of each event type. */
export const EVENT_LABELS: Readonly<Record<EventType, string>> = {
  goal: 'Goal',
  'own-goal': 'Own goal',
  'penalty-miss': 'Penalty missed',
  yellow: 'Yellow card',
  'second-yellow': 'Second yellow card',
  red: 'Red card',
  sub: 'Substitution',
  var: 'VAR check',
};

/** Human label of how a goal was scored. */
export const GOAL_KIND_LABELS: Readonly<Record<GoalKind, string>> = {
  'open-play': 'open play',
  header: 'header',
  'free-kick': 'free kick',
  penalty: 'penalty',
};

/** Human label of a kick result. */
export const KICK_LABELS: Readonly<Record<KickResult, string>> = { scored: 'Scored', missed: 'Missed', saved: 'Saved' };

/** `85'` or `90+3'`. */
export function minuteText(event: Pick<MatchEvent, 'minute'>): string {
  return `${event.minute.label}'`;
}

/** One line describing an event: `85' goal, Lionel Messi, free kick, 4-4`. */
export function describeEvent(event: MatchEvent, match: Pick<Match, 'home' | 'away'>): string {
  const parts = [`${minuteText(event)} ${EVENT_LABELS[event.type].toLowerCase()}`];
  if (event.type === 'sub') parts.push(`${event.in ?? ''} on for ${event.out ?? ''}`);
  else if (event.player) parts.push(event.player);
  parts.push(match[event.team].name);
  if (event.how) parts.push(GOAL_KIND_LABELS[event.how]);
  if (event.assist) parts.push(`assist ${event.assist}`);
  if (event.score) parts.push(formatScoreline(event.score));
  if (event.note) parts.push(event.note);
  return parts.join(', ');
}

/** One line describing a shootout kick: `Kick 3, Inter Miami CF, Lionel Messi: scored (1-2)`. */
export function describeKick(kick: ShootoutKick, match: Pick<Match, 'home' | 'away'>): string {
  const who = kick.player ? `${match[kick.team].name}, ${kick.player}` : match[kick.team].name;
  return `Kick ${kick.index + 1}, ${who}: ${kick.result} (${formatScoreline(kick.score)})`;
}

/** `4-4`. */
export function formatScoreline(score: Score): string {
  return `${score.home}-${score.away}`;
}

/** `FC Dallas 4-4 Inter Miami CF (3-5 on penalties)`. */
export function matchHeadline(match: Match): string {
  const pens = match.penalties ? ` (${formatScoreline(match.penalties)} on penalties)` : match.extraTime ? ' (after extra time)' : '';
  return `${match.home.name} ${formatScoreline(match.score)} ${match.away.name}${pens}`;
}

/** `Full time`, `After extra time`, `On penalties`. */
export function statusText(match: Match): string {
  if (match.status === 'on-penalties') return match.extraTime ? 'After extra time, on penalties' : 'On penalties';
  return match.status === 'after-extra-time' ? 'After extra time' : 'Full time';
}

/** `Inter Miami CF win 5-3 on penalties`, or `Draw`. */
export function resultText(match: Match): string {
  if (!match.winner) return 'Draw';
  const winner = match[match.winner].name;
  if (match.penalties) {
    const w = match.penalties[match.winner];
    const l = match.penalties[match.winner === 'home' ? 'away' : 'home'];
    return `${winner} win ${w}-${l} on penalties`;
  }
  return `${winner} win${match.extraTime ? ' after extra time' : ''}`;
}

// Creating an Intl.DateTimeFormat costs ~100 times more than formatting with one; a build formats dates on every page.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats `YYYY-MM-DD` as a long date in the site's language, without time-zone shifts. */
export function formatDate(date: string, lang: string, style: 'long' | 'medium' = 'long'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  let format = dateFormats.get(`${lang}|${style}`);
  if (!format) dateFormats.set(`${lang}|${style}`, (format = new Intl.DateTimeFormat(lang, { dateStyle: style, timeZone: 'UTC' })));
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}

/** The result for one team: W, D or L (a shootout decides the winner; the match still counts as drawn on the pitch). */
export function resultFor(match: Match, side: Side): 'W' | 'D' | 'L' {
  if (!match.winner) return 'D';
  return match.winner === side ? 'W' : 'L';
}
