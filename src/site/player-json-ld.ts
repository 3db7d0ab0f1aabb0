/** JSON-LD for a player page: a schema.org `Person` with the teams they played for (`SportsTeam`, linked to team pages). */
import { absoluteUrl } from '../lib/urls.ts';
import type { PlayerHub } from './player-stats.ts';
import { teamPath } from './routes.ts';
import { playerPath } from './stat-routes.ts';

/** The `Person` of a player page. */
export function playerJsonLd(player: Pick<PlayerHub, 'name' | 'slug' | 'teams'>): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: player.name,
    url: absoluteUrl(playerPath(player.slug)),
    memberOf: player.teams.map((team) => ({ '@type': 'SportsTeam', name: team.name, url: absoluteUrl(teamPath(team.slug)) })),
  };
}
