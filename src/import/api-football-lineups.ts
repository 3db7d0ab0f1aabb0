/**
 * API-Football line-ups → README "Recap format" line-ups, and the one place that answers "who is this player?" for the
 * events: players are matched by id (event and line-up names differ: "Mario Hermoso" is "Hermoso") and
 * written as their line-up names them.
 */
import type { Position, Side } from '../recap/model.ts';
import type { Fixture, FixtureLineup, FixtureProblem, sideFinder } from './api-football-schema.ts';
import type { ImportedLineup, ImportedPlayer, NotCarried } from './model.ts';

/** A reference to a player in an event: `{ id, name }`, either may be null. */
export type PlayerRef = { readonly id?: number | null | undefined; readonly name?: string | null | undefined } | null | undefined;

/** Both line-ups, the team colours they give, and player lookups for the events. */
export interface Squads {
  readonly lineups: { home?: ImportedLineup; away?: ImportedLineup };
  readonly colors: Partial<Record<Side, string>>;
  /** The player as their line-up names them; undefined when the side has a line-up that does not list them. */
  readonly named: (who: PlayerRef, side: Side) => string | undefined;
  /** The side whose line-up lists the player. */
  readonly sideOfPlayer: (who: PlayerRef) => Side | undefined;
  /** Paths of the fixture these line-ups used. */
  readonly used: readonly string[];
  readonly notCarried: readonly NotCarried[];
}

const POSITIONS: Record<string, Position> = { G: 'GK', D: 'DF', M: 'MF', F: 'FW' };

/** The line-up fields every line-up's conversion reads. */
const LINEUP_FIELDS = [
  'team.id',
  'team.name',
  'coach.name',
  'formation',
  'startXI[].player.id',
  'startXI[].player.name',
  'startXI[].player.number',
  'startXI[].player.pos',
  'startXI[].player.grid',
  'substitutes[].player.id',
  'substitutes[].player.name',
  'substitutes[].player.number',
  'substitutes[].player.pos',
];

type Starter = FixtureLineup['startXI'][number];

/** Goalkeeper first, then line by line (grid row), each line from right to left (grid column, highest first). */
function pitchOrder(players: readonly Starter[]): readonly Starter[] {
  const grid = (p: Starter) => /^(\d+):(\d+)$/.exec(p.player.grid ?? '');
  if (!players.every((p) => grid(p))) return players;
  return [...players].sort((a, b) => {
    const [, ra = '0', ca = '0'] = grid(a) ?? [];
    const [, rb = '0', cb = '0'] = grid(b) ?? [];
    return Number(ra) - Number(rb) || Number(cb) - Number(ca);
  });
}

/** Reads the fixture's line-ups. */
export function readLineups(fixture: Fixture, sideOf: ReturnType<typeof sideFinder>): Squads | FixtureProblem {
  const byId = new Map<number, { side: Side; name: string }>();
  const byName = new Map<string, { side: Side; name: string }>();
  const lineups: { home?: ImportedLineup; away?: ImportedLineup } = {};
  const colors: Partial<Record<Side, string>> = {};
  const notCarried: NotCarried[] = [];
  const used = (fixture.lineups ?? []).length > 0 ? LINEUP_FIELDS.map((p) => `lineups[].${p}`) : [];
  for (const [i, lineup] of (fixture.lineups ?? []).entries()) {
    const side = sideOf(lineup.team.id, ['lineups', i, 'team', 'id']);
    if (typeof side !== 'string') return side;
    const player = ({ player: p }: Starter): ImportedPlayer => {
      const known = { side, name: p.name.trim() };
      if (p.id !== null && p.id !== undefined) byId.set(p.id, known);
      byName.set(known.name.toLowerCase(), known);
      const position = p.pos ? POSITIONS[p.pos] : undefined;
      return { name: known.name, ...(p.number ? { number: p.number } : {}), ...(position ? { position } : {}) };
    };
    const starting = pitchOrder(lineup.startXI).map(player);
    const bench = (lineup.substitutes ?? []).map(player);
    const formation = lineup.formation?.trim();
    const fits =
      formation !== undefined &&
      /^[1-6](?:-[1-6])+$/.test(formation) &&
      formation.split('-').reduce((n, line) => n + Number(line), 1) === starting.length;
    if (formation && !fits) notCarried.push({ field: 'lineups[].formation', why: 'it does not match the number of starters' });
    const coach = lineup.coach?.name?.trim();
    lineups[side] = { ...(fits ? { formation } : {}), ...(coach ? { coach } : {}), starting, bench };
    const primary = lineup.team.colors?.player?.primary;
    if (primary && /^[0-9a-f]{6}$/i.test(primary)) {
      colors[side] = `#${primary.toLowerCase()}`;
      used.push('lineups[].team.colors.player.primary');
    }
  }
  const find = (who: PlayerRef) =>
    (who?.id !== null && who?.id !== undefined ? byId.get(who.id) : undefined) ??
    (who?.name ? byName.get(who.name.trim().toLowerCase()) : undefined);
  return {
    lineups,
    colors,
    named: (who, side) => {
      const known = find(who);
      if (known?.side === side) return known.name;
      // Without a line-up for the side, the event's own name is all there is.
      return lineups[side] ? undefined : who?.name?.trim() || undefined;
    },
    sideOfPlayer: (who) => find(who)?.side,
    used,
    notCarried,
  };
}
