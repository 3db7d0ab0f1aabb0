/** Words for hub pages: competition labels, season and round headings, results from one team's side. */
import { DEFAULT_DESCRIPTION, site } from '../config.ts';
import { translator, type Translator } from '../i18n/index.ts';
import type { Match } from '../recap/model.ts';
import { competitionLine, scoreWithNote } from '../recap/present.ts';
import type { TeamRecord, TeamResult } from './hubs.ts';

/** The site language's translator: the default for pages that do not pass their own. */
function siteTranslator(): Translator {
  return translator(site.lang);
}

/** The publication's line in `t`'s language: the publisher's own words when the settings give them, else the catalogue's. */
export function siteDescription(t: Translator = siteTranslator()): string {
  return site.description === DEFAULT_DESCRIPTION ? t('site.description') : site.description;
}

/** `Leagues Cup 2023 · Round of 16` (one competition line for pages, graphics and cards: src/recap/present.ts). */
export function competitionLabel(match: Pick<Match, 'competition' | 'season' | 'round'>, t: Translator = siteTranslator()): string {
  return competitionLine(match, t);
}

/** Heading of a season group: the season as written, or `Other matches` for recaps that give none. */
export function seasonHeading(season: string | undefined, t: Translator = siteTranslator()): string {
  return season ?? t('hubs.other-matches');
}

/** Heading of a round group: the round as written, or `Other matches`. */
export function roundHeading(round: string | undefined, t: Translator = siteTranslator()): string {
  return round ?? t('hubs.other-matches');
}

const RESULT_KEYS = { W: 'win', D: 'draw', L: 'loss' } as const;

/** Full word for a result letter: `Win`, `Draw`, `Loss`. */
export function resultWord(result: TeamResult['result'], t: Translator = siteTranslator()): string {
  return t(`result.${RESULT_KEYS[result]}`);
}

/** The result letter in the language: `W`, `D`, `L` (`G`, `E`, `P` in Spanish). */
export function resultLetter(result: TeamResult['result'], t: Translator = siteTranslator()): string {
  return t(`result.letter.${RESULT_KEYS[result]}`);
}

/** The score from the team's side: `4-4 (5-3 pens)`, `2-1 (aet)`, `0-1`. */
export function teamScoreText(result: Pick<TeamResult, 'score' | 'penalties' | 'extraTime'>, t: Translator = siteTranslator()): string {
  const { score, penalties } = result;
  return scoreWithNote(
    { home: score.for, away: score.against },
    { extraTime: result.extraTime, ...(penalties ? { penalties: { home: penalties.for, away: penalties.against } } : {}) },
    t,
  );
}

/** `3 played: 2 won, 0 drawn, 1 lost`. */
export function recordText(record: TeamRecord, t: Translator = siteTranslator()): string {
  return t('record.summary', { played: record.played, won: record.won, drawn: record.drawn, lost: record.lost });
}

/** `1 recap`, `2 recaps`. */
export function recapCount(n: number, t: Translator = siteTranslator()): string {
  return t.plural('recap.count', n);
}
