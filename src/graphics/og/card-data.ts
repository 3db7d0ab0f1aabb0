/**
 * What a recap's card shows, as plain strings and colours: the one input of the card layout, so the
 * cache key covers exactly this (plus template and fonts) and nothing the card does not draw.
 */
import type { Match, MatchEvent, Recap, Score, Side } from '../../recap/model.ts';
import { formatDate, minuteText } from '../../recap/present.ts';
import { matchPaints } from '../../design/team-colours.ts';

/** One side of the card. */
export interface CardTeam {
  readonly name: string;
  /** The team's colour as the match decides it (matchPaints: the away side gives way on a clash). */
  readonly color: string;
  /** Goal lines for this side: `Lionel Messi 6', 85' pen`, own goals included on the side they counted for. */
  readonly scorers: readonly string[];
}

/** Everything a recap card draws. */
export interface CardData {
  readonly headline: string;
  /** `Leagues Cup · Round of 16`. */
  readonly competition: string;
  /** Match date in the site's language. */
  readonly date: string;
  readonly venue?: string;
  readonly home: CardTeam;
  readonly away: CardTeam;
  readonly score: Score;
  readonly penalties?: Score;
  /** `Full time` or `After extra time`. */
  readonly status: string;
  /** The publication's name. */
  readonly brand: string;
}

/** What the site-wide card draws. */
export interface SiteCardData {
  readonly title: string;
  readonly description: string;
  /** The site's host name, e.g. `fulltime.example`. */
  readonly host: string;
}

function goalMinute(event: MatchEvent): string {
  const suffix = event.type === 'own-goal' ? ' og' : event.how === 'penalty' ? ' pen' : '';
  return `${minuteText(event)}${suffix}`;
}

/** Goal lines for one side, one per player in order of their first goal. */
export function scorerLines(match: Pick<Match, 'goals'>, side: Side): string[] {
  const byPlayer = new Map<string, string[]>();
  for (const goal of match.goals) {
    if (goal.scoredFor !== side) continue;
    const who = goal.player ?? 'Own goal';
    const key = `${goal.type === 'own-goal' ? 'og' : 'g'}:${who}`;
    const minutes = byPlayer.get(key) ?? [];
    if (minutes.length === 0) byPlayer.set(key, minutes);
    minutes.push(goalMinute(goal));
  }
  return [...byPlayer].map(([key, minutes]) => `${key.slice(key.indexOf(':') + 1)} ${minutes.join(', ')}`);
}

/** The card data of a recap. */
export function cardData(recap: Pick<Recap, 'title' | 'match'>, options: { lang: string; brand: string }): CardData {
  const { match } = recap;
  const paints = matchPaints(match);
  const team = (side: Side): CardTeam => ({ name: match[side].name, color: paints[side].fill, scorers: scorerLines(match, side) });
  return {
    headline: recap.title,
    competition: [match.competition, match.round].filter(Boolean).join(' · '),
    date: formatDate(match.kickoffDate, options.lang),
    ...(match.venue ? { venue: match.venue } : {}),
    home: team('home'),
    away: team('away'),
    score: match.score,
    ...(match.penalties ? { penalties: match.penalties } : {}),
    status: match.extraTime ? 'After extra time' : 'Full time',
    brand: options.brand,
  };
}
