/**
 * The recap frontmatter schema: the authoring contract of README "Recap format" as zod.
 * It checks the shape of each field; rules that relate fields to each other (scores against events,
 * shootouts, minutes against extra time) live in `rules.ts`.
 */
import { z } from 'astro/zod';
import { DEFAULT_HALF_LENGTH } from './minute.ts';

/** Event types of README "Recap format", in the order the docs list them. */
export const EVENT_TYPES = ['goal', 'own-goal', 'penalty-miss', 'yellow', 'second-yellow', 'red', 'sub', 'var'] as const;
/** How a goal was scored. */
export const GOAL_KINDS = ['open-play', 'header', 'free-kick', 'penalty'] as const;
/** Outcomes of a shootout kick. */
export const KICK_RESULTS = ['scored', 'missed', 'saved'] as const;
/** Line-up positions: goalkeeper, defender, midfielder, forward. */
export const POSITIONS = ['GK', 'DF', 'MF', 'FW'] as const;
/** Shortest and longest half README "Recap format" allows (youth and small-sided football play shorter halves). */
export const HALF_LENGTH = { min: 20, max: 45, default: DEFAULT_HALF_LENGTH } as const;

/** A calendar date, YYYY-MM-DD, that exists. */
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date written YYYY-MM-DD' })
  .refine(isRealDate, { message: 'a date that exists on the calendar' });

/** A score written HOME-AWAY, e.g. `4-4`. */
const scoreText = z.string().regex(/^\s*\d{1,2}\s*-\s*\d{1,2}\s*$/, { message: 'a score written HOME-AWAY, like "2-1"' });

/** A player's name as written by the author. */
const name = z.string().trim().min(1, { message: 'a non-empty name' });

/** `home` or `away`. */
const side = z.enum(['home', 'away']);

/** A minute: 1-120 or "BASE+ADDED"; the exact range depends on `extraTime` and `halfLength` and is checked in rules.ts. */
const minuteField = z
  .union([z.int(), z.string().regex(/^\s*\d+\s*(\+\s*\d+\s*)?$/)])
  .describe(
    'Match minute: a whole number 1-90 (1-120 with extraTime), or "45+2" / "90+3" for added time; with halfLength H, 1 to 2H and "H+2" / "2H+3"',
  );

/** A statistic written HOME-AWAY with whole numbers, e.g. `14-11`. */
const statText = z.string().regex(/^\s*\d{1,3}\s*-\s*\d{1,3}\s*$/, { message: 'whole numbers written HOME-AWAY, like "14-11"' });

/** Expected goals written HOME-AWAY with up to two decimals, e.g. `1.92-2.31`. */
const xgText = z.string().regex(/^\s*\d{1,2}(?:\.\d{1,2})?\s*-\s*\d{1,2}(?:\.\d{1,2})?\s*$/, {
  message: 'two numbers with up to two decimals written HOME-AWAY, like "1.92-2.31"',
});

/** The shape of a BCP 47 tag: a language subtag, then subtags of letters and digits joined by hyphens. */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** A BCP 47 language tag as `Intl` reads it (`en`, `pt-BR`); whether the site can show it is checked in rules.ts. */
const languageTag = z
  .string()
  .trim()
  // The pattern is what editors see (JSON Schema); the refinement asks Intl, which knows the full grammar.
  .regex(LANGUAGE_TAG, { message: 'a BCP 47 language tag like "en" or "pt-BR"' })
  .refine(isLanguageTag, { message: 'a BCP 47 language tag like "en" or "pt-BR"' })
  .describe('Language of the recap, a BCP 47 tag like "en" or "pt-BR"; default: the site\'s language');

/** One team of the match. */
export const teamSchema = z.strictObject({
  /** Full team name; the same team must be written the same way everywhere. */
  name: name.describe('Full team name, e.g. "FC Dallas"'),
  /** Two to four letters for tight spaces (graphics, cards). Default: derived from the name. */
  short: z
    .string()
    .regex(/^[A-Za-z]{2,4}$/, { message: '2 to 4 letters, like "DAL"' })
    .optional()
    .describe('Short name, 2 to 4 letters, e.g. "DAL"'),
  /** Team colour as a hex code. Quote it: `#` starts a YAML comment. */
  color: z
    .string()
    .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, { message: 'a hex colour like "#D11241"' })
    .optional()
    .describe('Team colour as a quoted hex code, e.g. "#D11241"'),
});

const common = {
  /** When it happened. */
  minute: minuteField,
  /** Which side the event belongs to (for an own goal: the side of the player who scored it). */
  team: side.describe('home or away; for an own goal, the team of the player who scored it'),
  /** Free text shown with the event. */
  note: z.string().optional().describe('Free text shown with the event'),
};

/** The `type` of one kind of event. */
function eventType<T extends (typeof EVENT_TYPES)[number]>(type: T) {
  return z.literal(type).describe(`Event type: ${EVENT_TYPES.join(', ')}`);
}

/** A match event. Each type allows exactly the fields README "Recap format" gives it. */
export const eventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...common,
    type: eventType('goal'),
    player: name.describe('Scorer'),
    assist: name.optional().describe('Player who gave the assist'),
    how: z.enum(GOAL_KINDS).optional().describe('open-play, header, free-kick or penalty'),
  }),
  z.strictObject({
    ...common,
    type: eventType('own-goal'),
    player: name.optional().describe('Player who put the ball in their own net'),
  }),
  z.strictObject({ ...common, type: eventType('penalty-miss'), player: name.describe('Penalty taker') }),
  z.strictObject({ ...common, type: eventType('yellow'), player: name.describe('Booked player') }),
  z.strictObject({
    ...common,
    type: eventType('second-yellow'),
    player: name.describe('Player sent off for a second booking'),
  }),
  z.strictObject({ ...common, type: eventType('red'), player: name.describe('Player sent off') }),
  z.strictObject({
    ...common,
    type: eventType('sub'),
    in: name.describe('Player coming on'),
    out: name.describe('Player going off'),
  }),
  z.strictObject({
    ...common,
    type: eventType('var'),
    player: name.optional().describe('Player concerned by the check'),
  }),
]);

/** One kick of a penalty shootout. */
export const kickSchema = z.strictObject({
  /** Side taking the kick. */
  team: side.describe('home or away: the side taking the kick'),
  /** Taker, when known. */
  player: name.optional().describe('Penalty taker, when known'),
  /** scored, missed (off target) or saved. */
  result: z.enum(KICK_RESULTS).describe('scored, missed or saved'),
});

/** One player in a line-up. */
export const lineupPlayerSchema = z.strictObject({
  /** The player's name, written as in the events. */
  name: name.describe('Player name, written as in the events'),
  /** Shirt number. */
  number: z.int().min(1).max(99).optional().describe('Shirt number, a whole number 1-99'),
  /** GK, DF, MF or FW. */
  position: z.enum(POSITIONS).optional().describe('Position: GK, DF, MF or FW'),
});

/** One side's line-up. */
export const lineupSchema = z.strictObject({
  /** Outfield lines from defence to attack, e.g. `4-2-3-1`; places the starters on the pitch. */
  formation: z
    .string()
    .regex(/^[1-6](?:-[1-6])+$/, { message: 'whole numbers 1-6 joined by "-", like "4-4-2" or "2-3-1"' })
    .optional()
    .describe('Formation: outfield lines from defence to attack, e.g. "4-2-3-1" or "2-3-1"'),
  /** Head coach or manager. */
  coach: name.optional().describe('Head coach'),
  /** Starters: the goalkeeper first, then line by line from defence to attack, each line from right to left. */
  starting: z
    .array(lineupPlayerSchema)
    .describe('Starting players: goalkeeper first, then each line from defence to attack, right to left'),
  /** The named substitutes. */
  bench: z.array(lineupPlayerSchema).default([]).describe('Named substitutes'),
});

/** Line-ups: either side may be given without the other. */
export const lineupsSchema = z.strictObject({
  /** Home line-up. */
  home: lineupSchema.optional().describe('Home line-up'),
  /** Away line-up. */
  away: lineupSchema.optional().describe('Away line-up'),
});

/** Match statistics, every value HOME-AWAY. */
export const statsSchema = z.strictObject({
  /** Ball possession in whole percentages; the two add up to 100. */
  possession: statText.optional().describe('Possession in whole percentages, HOME-AWAY, e.g. "45-55"'),
  /** Shots, on and off target. */
  shots: statText.optional().describe('Shots, HOME-AWAY'),
  /** Shots on target; at most `shots` for each side. */
  shotsOnTarget: statText.optional().describe('Shots on target, HOME-AWAY'),
  /** Corner kicks. */
  corners: statText.optional().describe('Corners, HOME-AWAY'),
  /** Fouls committed. */
  fouls: statText.optional().describe('Fouls committed, HOME-AWAY'),
  /** Offsides. */
  offsides: statText.optional().describe('Offsides, HOME-AWAY'),
  /** Saves by each goalkeeper. */
  saves: statText.optional().describe('Goalkeeper saves, HOME-AWAY'),
  /** Expected goals, up to two decimals. */
  xg: xgText.optional().describe('Expected goals, HOME-AWAY, up to two decimals, e.g. "1.92-2.31"'),
});

/** The lead photo. */
export const coverSchema = z.strictObject({
  /** A local image file, relative to the recap file. */
  src: z.string().trim().min(1).describe('Image file, relative to the recap file, e.g. ./photos/celebration.jpg'),
  /** What the photo shows, for readers who cannot see it. */
  alt: z.string().trim().min(1).describe('What the photo shows, for readers who cannot see it (required, not empty)'),
  /** Caption shown under the photo. */
  caption: z.string().optional().describe('Caption shown under the photo'),
  /** Photographer or agency. */
  credit: z.string().optional().describe('Photographer or agency'),
});

/** The facts of the match. */
export const matchSchema = z.strictObject({
  /** Competition name, e.g. "Leagues Cup". */
  competition: name.describe('Competition name'),
  /** Season label, e.g. "2023" or "2023-24". */
  season: z
    .union([z.string(), z.int()])
    .transform((value) => String(value))
    .optional()
    .describe('Season, e.g. "2023" or "2023-24"'),
  /** Stage of the competition, e.g. "Round of 16". */
  round: z.string().optional().describe('Round or stage, e.g. "Round of 16"'),
  /** Kick-off: a date, or a date-time with a UTC offset. */
  kickoff: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?$/, {
      message: 'a date (2023-08-06) or a date-time with an offset (2023-08-06T19:00:00-05:00)',
    })
    .refine((value) => isRealDate(value.slice(0, 10)), { message: 'a date that exists on the calendar' })
    .refine(isRealTime, { message: 'a time of day from 00:00 to 23:59 and an offset of at most 14:00' })
    .describe('Kick-off: YYYY-MM-DD, or a date-time with an offset like 2023-08-06T19:00:00-05:00'),
  /** Stadium and town. */
  venue: z.string().optional().describe('Stadium and town'),
  /** Spectators, a whole number. */
  attendance: z.int().min(0).optional().describe('Spectators, a whole number'),
  /** Match referee. */
  referee: z.string().optional().describe('Referee'),
  /** Home team. */
  home: teamSchema.describe('Home team: name, and optionally short and color'),
  /** Away team. */
  away: teamSchema.describe('Away team: name, and optionally short and color'),
  /** Full-time score (after extra time when played), home first. */
  score: scoreText.describe('Full-time score, home first, e.g. "4-4" (after extra time if played)'),
  /** Half-time score, checked against the events. */
  halftime: scoreText.optional().describe('Half-time score, home first'),
  /** Whether extra time was played: allows minutes 91-120. */
  extraTime: z.boolean().default(false).describe('true when extra time was played (allows minutes 91-120)'),
  /** Minutes in each half: periods end at H and 2H (and 2H+15, 2H+30 with extra time). */
  halfLength: z
    .int()
    .min(HALF_LENGTH.min)
    .max(HALF_LENGTH.max)
    .default(HALF_LENGTH.default)
    .describe('Minutes in each half, 20-45 (youth and small-sided matches); default 45'),
  /** Shootout score, home first; only after a drawn score. */
  penalties: scoreText
    .optional()
    .describe('Penalty shootout score, home first; only after a drawn score, or at the end of a second leg (leg: 2)'),
  /** The leg of a two-legged tie: 1 or 2. A second leg may end in a shootout after a score that is not drawn. */
  leg: z
    .literal([1, 2])
    .optional()
    .describe('The leg of a two-legged tie: 1 or 2; a second leg may go to penalties after a score that is not drawn'),
  /** The tie's aggregate score after this match, this match's home team first; only with `leg: 2`. */
  aggregate: scoreText
    .optional()
    .describe('Aggregate score of the tie after this match, this match\'s home team first, e.g. "2-2"; only with leg: 2'),
  /** Player of the match, written as in the line-up. */
  playerOfTheMatch: name.optional().describe('Player of the match'),
  /** Who played: starters, bench, formation and coach per side. */
  lineups: lineupsSchema.optional().describe('Line-ups: home and away, each with starting, bench, formation and coach'),
  /** Match statistics. */
  stats: statsSchema.optional().describe('Match statistics, every value HOME-AWAY'),
});

/** The whole frontmatter of a recap. */
export const frontmatterSchema = z.strictObject({
  /** Headline. */
  title: name.describe('Headline of the recap'),
  /** One sentence for lists, feeds and meta tags. Default: the first paragraph, cut at about 160 characters. */
  description: z.string().optional().describe('One sentence for lists, feeds and meta tags'),
  /** Publication date. */
  date: calendarDate.describe('Publication date, YYYY-MM-DD'),
  /** Date of the last update. */
  updated: calendarDate.optional().describe('Date of the last update, YYYY-MM-DD'),
  /** Byline. */
  author: z.string().optional().describe('Author name'),
  /** Free tags; each gets a hub page. */
  tags: z.array(name).default([]).describe('Tags, e.g. [leagues-cup, messi]'),
  /** Drafts are shown by `npm run dev` and never built. */
  draft: z.boolean().default(false).describe('true keeps the recap out of production builds'),
  /** The recap's language; default: the site's. */
  lang: languageTag.optional(),
  /** The lead photo. */
  cover: coverSchema.optional().describe('Lead photo: src, alt, caption and credit'),
  /** The match facts. */
  match: matchSchema.describe('The facts of the match: competition, kickoff, teams, score and more'),
  /** Match events in any order; shown in match-time order. */
  events: z.array(eventSchema).default([]).describe('Goals, cards, substitutions and VAR checks, in any order'),
  /** Shootout kicks in the order they were taken. */
  shootout: z.array(kickSchema).optional().describe('Penalty shootout kicks in the order taken'),
});

/** Frontmatter as the author writes it. */
export type FrontmatterInput = z.input<typeof frontmatterSchema>;
/** Frontmatter after validation, defaults applied. */
export type Frontmatter = z.output<typeof frontmatterSchema>;
/** One validated event. */
export type EventInput = Frontmatter['events'][number];
/** One validated line-up. */
export type LineupInput = NonNullable<NonNullable<Frontmatter['match']['lineups']>['home']>;
/** One validated shootout kick. */
export type KickInput = NonNullable<Frontmatter['shootout']>[number];
/** An event type. */
export type EventType = (typeof EVENT_TYPES)[number];
/** How a goal was scored. */
export type GoalKind = (typeof GOAL_KINDS)[number];
/** Outcome of a kick. */
export type KickResult = (typeof KICK_RESULTS)[number];

/** Fields each event type allows besides minute, type, team and note (for error messages). */
export const EVENT_FIELDS: Readonly<Record<EventType, readonly string[]>> = {
  goal: ['player', 'assist', 'how'],
  'own-goal': ['player'],
  'penalty-miss': ['player'],
  yellow: ['player'],
  'second-yellow': ['player'],
  red: ['player'],
  sub: ['in', 'out'],
  var: ['player'],
};

/** The time and offset of a date-time, when present, are on the clock: hours 0-23, minutes 0-59, offset within ±14:00. */
function isRealTime(text: string): boolean {
  const time = /T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|([+-])(\d{2}):(\d{2}))$/.exec(text);
  if (!time) return true;
  const [, h, m, sec = '0', , oh = '0', om = '0'] = time;
  return Number(h) <= 23 && Number(m) <= 59 && Number(sec) <= 59 && Number(oh) * 60 + Number(om) <= 14 * 60 && Number(om) <= 59;
}

/** Well-formed BCP 47, as `Intl` accepts it. */
function isLanguageTag(text: string): boolean {
  if (!LANGUAGE_TAG.test(text)) return false;
  try {
    return Intl.getCanonicalLocales(text).length === 1;
  } catch {
    return false;
  }
}

function isRealDate(text: string): boolean {
  // Text that is not YYYY-MM-DD already fails the pattern; one message is enough.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return true;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
