/**
 * What a recap's card shows, as plain strings and colours: the one input of the card layout, so the
 * cache key covers exactly this (plus template and fonts) and nothing the card does not draw.
 */
import { translator, type Translator } from '../../i18n/index.ts';
import type { Match, Recap, Score, Side } from '../../recap/model.ts';
import { competitionLine, legText, scorerLineText, scorersFor } from '../../recap/present.ts';
import { matchPaints } from '../../design/team-colours.ts';

/** One side of the card. */
export interface CardTeam {
  readonly name: string;
  /** The team's colour as the match decides it (matchPaints: the away side gives way on a clash). */
  readonly color: string;
  /** Goal lines for this side: `Ada Okon 12′, 77′ pen`, own goals included on the side they counted for. */
  readonly scorers: readonly string[];
}

/** Everything a recap card draws. */
export interface CardData {
  readonly headline: string;
  /** `Leagues Cup 2023 · Round of 16`. */
  readonly competition: string;
  /** Match date in the card's language. */
  readonly date: string;
  readonly venue?: string;
  /** `Player of the match: Sam Whitlock`, in the card's language. */
  readonly playerOfTheMatch?: string;
  readonly home: CardTeam;
  readonly away: CardTeam;
  readonly score: Score;
  readonly penalties?: Score;
  /** `Full time` or `After extra time`. */
  readonly status: string;
  /** `Second leg · Aggregate 2-2` for a leg of a two-legged tie, in the card's language. */
  readonly leg?: string;
  /** The publication's name. */
  readonly brand: string;
  /**
   * Language of the card's own words (`Pens`, `+2 more`; BCP 47, default `en`). A right-to-left language
   * mirrors the card: home team on the right.
   */
  readonly lang?: string;
}

/** What the site-wide card draws. */
export interface SiteCardData {
  readonly title: string;
  readonly description: string;
  /** The site's host name, e.g. `fulltime.example`. */
  readonly host: string;
  /** Language of the card's own words (BCP 47, default `en`). */
  readonly lang?: string;
}

/** Goal lines for one side, one per player in order of their first goal (the scoreboard's, src/recap/present.ts). */
export function scorerLines(match: Pick<Match, 'goals'>, side: Side, t: Translator): string[] {
  return scorersFor(match, side, t).map((line) => scorerLineText(line, t));
}

/** The card data of a recap. */
export function cardData(
  recap: Pick<Recap, 'title' | 'match'> & { readonly lang?: string },
  options: { lang: string; brand: string },
): CardData {
  const { match } = recap;
  // The recap's own language wins over the site's.
  const t = translator(recap.lang ?? options.lang);
  const paints = matchPaints(match);
  const team = (side: Side): CardTeam => ({ name: match[side].name, color: paints[side].fill, scorers: scorerLines(match, side, t) });
  const leg = legText(match, t);
  return {
    headline: recap.title,
    competition: competitionLine(match, t),
    date: t.date(match.kickoffDate),
    ...(match.venue ? { venue: match.venue } : {}),
    ...(match.playerOfTheMatch ? { playerOfTheMatch: t('lineups.potm-line', { player: match.playerOfTheMatch }) } : {}),
    home: team('home'),
    away: team('away'),
    score: match.score,
    ...(match.penalties ? { penalties: match.penalties } : {}),
    status: t(match.extraTime ? 'match.after-extra-time' : 'match.full-time'),
    ...(leg ? { leg } : {}),
    brand: options.brand,
    lang: t.lang,
  };
}
