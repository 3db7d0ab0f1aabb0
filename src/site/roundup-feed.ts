/**
 * The round-up feed of a competition (`/competitions/<slug>/rss.xml`): one item per round, latest first, with the
 * results and scorers in the description and as HTML, so a reader that shows only the feed gets the round.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { Translator } from '../i18n/index.ts';
import { matchHeadline, minuteMark } from '../recap/present.ts';
import { escapeXml, pubDate, type FeedSettings } from './feed.ts';
import type { RoundUp, RoundUpMatch } from './roundups.ts';
import { roundupTitle } from './stat-pages.ts';
import { roundupPath } from './stat-routes.ts';

/** `Sierra Azul 2-1 Puerto Viejo (after extra time)`: the headline every feed and page writes (src/recap/present.ts). */
function resultLine(m: RoundUpMatch, t: Translator): string {
  return matchHeadline(m.record.match, t);
}

/** `Iker Salas 12', 60' (pen.)`, each side's scorers. */
function scorersLine(m: RoundUpMatch, t: Translator): string {
  return (['home', 'away'] as const)
    .flatMap((side) =>
      m.scorers[side].map(
        (s) =>
          `${s.name} ${s.minutes.map((x) => minuteMark(x.minute, t) + (x.kind ? ` (${t(x.kind === 'penalty' ? 'scorers.pen' : 'scorers.og')})` : '')).join(t.separator)}`,
      ),
    )
    .join('; ');
}

/** One feed item per round-up. */
export function roundupFeedItem(roundup: RoundUp, settings: FeedSettings, t: Translator): RSSFeedItem {
  const html = roundup.matches
    .map((m) => {
      const scorers = scorersLine(m, t);
      return `<p><strong>${escapeXml(resultLine(m, t))}</strong>${scorers ? `<br>${escapeXml(scorers)}` : ''}</p>`;
    })
    .join('');
  return {
    title: roundupTitle(roundup, t),
    link: settings.absolute(roundupPath(roundup.competitionSlug, roundup.seasonSlug, roundup.roundSlug)),
    pubDate: pubDate(roundup.date),
    description: roundup.matches.map((m) => resultLine(m, t)).join('. '),
    categories: [roundup.competition],
    content: html,
  };
}

/** The options for `rss()`: the competition's round-ups, latest first. */
export function roundupFeedOptions(roundups: readonly RoundUp[], settings: FeedSettings, t: Translator): RSSOptions {
  const items = [...roundups].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const latest = items[0]?.date;
  return {
    title: settings.title,
    description: settings.description,
    site: settings.link,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${escapeXml(settings.lang)}</language>`,
      `<atom:link href="${escapeXml(settings.self)}" rel="self" type="application/rss+xml"/>`,
      ...(latest ? [`<lastBuildDate>${pubDate(latest).toUTCString()}</lastBuildDate>`] : []),
    ].join(''),
    items: items.map((r) => roundupFeedItem(r, settings, t)),
  };
}
