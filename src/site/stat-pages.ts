/** Words of the statistics pages: player summaries, a player's part in a match, round-up titles. */
import type { Translator } from '../i18n/index.ts';
import { eventLabel } from '../recap/present.ts';
import type { HubIndexItem } from './hub-index.ts';
import type { PlayerHub, PlayerLine } from './player-stats.ts';
import type { RoundUp } from './roundups.ts';
import { playerUrl } from './stat-routes.ts';

/** `3 appearances, 2 goals, 1 assist` (goals and assists only when there are some). */
export function playerCounts(totals: Pick<PlayerLine, 'apps' | 'goals' | 'assists'>, t: Translator): string {
  return [
    t.plural('players.apps', totals.apps),
    ...(totals.goals > 0 ? [t.plural('players.goals', totals.goals)] : []),
    ...(totals.assists > 0 ? [t.plural('players.assists', totals.assists)] : []),
  ].join(', ');
}

/** `Played for Sierra Azul · 3 appearances, 2 goals, 1 assist`. */
export function playerSummary(player: PlayerHub, t: Translator): string {
  return `${t('players.teams', { teams: t.list(player.teams.map((team) => team.name)) })} · ${playerCounts(player.totals, t)}`;
}

/** The players index: name, teams and counts. */
export function playerIndexItems(players: readonly PlayerHub[], t: Translator): HubIndexItem[] {
  return players.map((p) => ({
    href: playerUrl(p.slug),
    name: p.name,
    meta: `${t.list(p.teams.map((team) => team.name))} · ${playerCounts(p.totals, t)}`,
  }));
}

/** A player's part in one match: `Started, 90' · 1 goal · Yellow card`. */
export function matchPart(line: PlayerLine, t: Translator): string {
  const played = line.lineupApps
    ? `${t(line.starts ? 'players.part.started' : 'players.part.sub')}, ${t('players.part.minutes', { count: line.minutes })}`
    : line.apps
      ? t('players.part.played')
      : '';
  const parts = [
    played,
    line.goals ? t.plural('players.goals', line.goals) : '',
    line.assists ? t.plural('players.assists', line.assists) : '',
    line.ownGoals ? eventLabel('own-goal', t) : '',
    line.penaltiesMissed ? eventLabel('penalty-miss', t) : '',
    line.yellow && !line.red ? eventLabel('yellow', t) : '',
    line.red ? eventLabel(line.yellow ? 'second-yellow' : 'red', t) : '',
    line.playerOfTheMatch ? t('players.part.potm') : '',
  ];
  return parts.filter(Boolean).join(' · ');
}

/** A round-up's title: `Liga Meridional 2024: Matchday 2`. */
export function roundupTitle(roundup: Pick<RoundUp, 'competition' | 'season' | 'round'>, t: Translator): string {
  return roundup.season
    ? t('roundup.title', { competition: roundup.competition, season: roundup.season, round: roundup.round })
    : t('roundup.title.no-season', { competition: roundup.competition, round: roundup.round });
}
