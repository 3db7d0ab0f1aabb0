/** The entries of the hub index pages (/teams/, /competitions/, /tags/): link, name and a summary line. */
import { site } from '../config.ts';
import { translator, type Translator } from '../i18n/index.ts';
import type { Team } from '../recap/model.ts';
import type { CompetitionHub, TagHub, TeamHub } from './hubs.ts';
import { recapCount, recordText } from './labels.ts';
import { competitionUrl, tagUrl, teamUrl } from './routes.ts';

/** One hub in an index list. */
export interface HubIndexItem {
  readonly href: string;
  readonly name: string;
  /** Summary shown under the name. */
  readonly meta: string;
  /** For teams: drawn as a badge before the name. */
  readonly team?: Team;
}

/** Teams: `3 played: 2 won, 1 drawn, 0 lost · 4 recaps`. */
export function teamIndexItems(hubs: readonly TeamHub[], t: Translator = translator(site.lang)): HubIndexItem[] {
  return hubs.map((hub) => ({
    href: teamUrl(hub.slug, t.lang),
    name: hub.team.name,
    meta: `${recordText(hub.record, t)} · ${recapCount(hub.recaps.length, t)}`,
    team: hub.team,
  }));
}

/** Competitions: the seasons covered and the number of recaps. */
export function competitionIndexItems(hubs: readonly CompetitionHub[], t: Translator = translator(site.lang)): HubIndexItem[] {
  return hubs.map((hub) => ({
    href: competitionUrl(hub.slug, t.lang),
    name: hub.name,
    meta: [...hub.seasons.flatMap((s) => (s.season ? [s.season] : [])), recapCount(hub.recaps.length, t)].join(' · '),
  }));
}

/** Tags: the number of recaps. */
export function tagIndexItems(hubs: readonly TagHub[], t: Translator = translator(site.lang)): HubIndexItem[] {
  return hubs.map((hub) => ({ href: tagUrl(hub.slug, t.lang), name: hub.name, meta: recapCount(hub.recaps.length, t) }));
}
