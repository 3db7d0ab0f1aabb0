/** The shape of an API-Football v3 `/fixtures` fixture, as zod: what `api-football.ts` and its helpers read. */
import { z } from 'astro/zod';
import type { Side } from '../recap/model.ts';

const ref = z.object({ id: z.int().nullable().optional(), name: z.string().nullable().optional() }).nullable().optional();
const nullableScore = z
  .object({ home: z.int().min(0).nullable(), away: z.int().min(0).nullable() })
  .nullable()
  .optional();
const lineupPlayer = z.object({
  player: z.object({
    id: z.int().nullable().optional(),
    name: z.string().trim().min(1, { message: 'a player name' }),
    number: z.int().nullable().optional(),
    pos: z.string().nullable().optional(),
    grid: z.string().nullable().optional(),
  }),
});

/** One fixture as `/fixtures` returns it: the fields the importer reads (others pass, and are reported as not carried). */
export const fixtureSchema = z.object({
  fixture: z.object({
    id: z.int(),
    referee: z.string().nullable().optional(),
    date: z.string().refine((text) => !Number.isNaN(Date.parse(text)), { message: 'an ISO 8601 date-time' }),
    venue: z.object({ name: z.string().nullable().optional(), city: z.string().nullable().optional() }).nullable().optional(),
    status: z.object({ short: z.string(), long: z.string().nullable().optional() }),
  }),
  league: z.object({
    name: z.string().trim().min(1, { message: 'a competition name' }),
    season: z.union([z.int(), z.string()]).nullable().optional(),
    round: z.string().nullable().optional(),
  }),
  teams: z.object({
    home: z.object({ id: z.int(), name: z.string().trim().min(1, { message: 'a team name' }) }),
    away: z.object({ id: z.int(), name: z.string().trim().min(1, { message: 'a team name' }) }),
  }),
  goals: z.object({ home: z.int().min(0).nullable(), away: z.int().min(0).nullable() }),
  score: z.object({ halftime: nullableScore, fulltime: nullableScore, extratime: nullableScore, penalty: nullableScore }).optional(),
  events: z
    .array(
      z.object({
        time: z.object({ elapsed: z.int().min(0), extra: z.int().nullable().optional() }),
        team: z.object({ id: z.int() }),
        player: ref,
        assist: ref,
        type: z.string(),
        detail: z.string().nullable().optional(),
        comments: z.string().nullable().optional(),
      }),
    )
    .optional(),
  lineups: z
    .array(
      z.object({
        team: z.object({
          id: z.int(),
          colors: z
            .object({ player: z.object({ primary: z.string().nullable().optional() }).nullable().optional() })
            .nullable()
            .optional(),
        }),
        coach: z.object({ name: z.string().nullable().optional() }).nullable().optional(),
        formation: z.string().nullable().optional(),
        startXI: z.array(lineupPlayer),
        substitutes: z.array(lineupPlayer).nullable().optional(),
      }),
    )
    .optional(),
  statistics: z
    .array(
      z.object({
        team: z.object({ id: z.int() }),
        statistics: z.array(z.object({ type: z.string(), value: z.union([z.number(), z.string(), z.null()]) })),
      }),
    )
    .optional(),
});

/** A fixture that passed the shape check. */
export type Fixture = z.output<typeof fixtureSchema>;
/** One event of a fixture. */
export type FixtureEvent = NonNullable<Fixture['events']>[number];
/** One line-up of a fixture. */
export type FixtureLineup = NonNullable<Fixture['lineups']>[number];

/** A problem found while converting a fixture: a path inside the fixture and what was wrong. */
export interface FixtureProblem {
  readonly error: { readonly path: (string | number)[]; readonly message: string };
}

/** Which side a team id is, or a problem at `path` naming the two teams the fixture has. */
export function sideFinder(fixture: Fixture): (id: number, path: (string | number)[]) => Side | FixtureProblem {
  const { home, away } = fixture.teams;
  return (id, path) =>
    id === home.id
      ? 'home'
      : id === away.id
        ? 'away'
        : { error: { path, message: `found team id ${id}, expected ${home.id} (${home.name}) or ${away.id} (${away.name})` } };
}
