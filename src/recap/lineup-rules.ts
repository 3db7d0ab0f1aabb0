/**
 * The rules of README "Recap format" about who played and the recap's language: starters against the formation, unique names
 * and numbers, substitutions against the line-up, scorers on the pitch, player of the match, and `lang` against
 * the site's translations. Each returns problems by field path, like the rules in `rules.ts`, which runs them.
 */
import { LANGUAGES, resolveLanguage } from '../i18n/index.ts';
import { hasComeOn, playerKey, replayLineup, type ReplayEvent, type Stint } from './appearances.ts';
import type { FieldPath } from './diagnostics.ts';
import type { Minute } from './minute.ts';
import type { Side } from './model.ts';
import type { Problem } from './rules.ts';
import { suggest } from './schema-issues.ts';
import type { Frontmatter, LineupInput } from './schema.ts';

const SIDES: readonly Side[] = ['home', 'away'];
/** Where authors read about line-ups. */
const SEE_FORMAT = 'see "Recap format" in README.md';

/** The outfield lines of a formation: `4-2-3-1` → [4, 2, 3, 1]. The schema has already checked the pattern. */
export function parseFormation(text: string): number[] {
  return text.split('-').map(Number);
}

/** The starters a line-up needs: one goalkeeper plus the formation's outfield players, or 11 without a formation. */
export function expectedStarters(formation: string | undefined): number {
  return formation === undefined ? 11 : 1 + parseFormation(formation).reduce((a, b) => a + b, 0);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `starting` has 11 players, or one more than the formation adds up to. */
function checkStarters(lineup: LineupInput, side: Side): Problem[] {
  const expected = expectedStarters(lineup.formation);
  const found = lineup.starting.length;
  if (found === expected) return [];
  const formation = lineup.formation;
  return [
    {
      path: ['match', 'lineups', side, 'starting'],
      key: true,
      rule: 'lineup-starters',
      message:
        formation === undefined
          ? `found ${plural(found, 'player', 'players')} in \`starting\`, expected 11 (or one more than the \`formation\` adds up to, when one is given)`
          : `found ${plural(found, 'player', 'players')} in \`starting\`, expected ${expected}: a goalkeeper and the ${expected - 1} outfield players of ${formation}`,
      hint:
        formation === undefined
          ? `list every starter, goalkeeper first; a small-sided match gives its \`formation\`, like 2-3-1 (${SEE_FORMAT})`
          : 'list one starter per place of the formation, goalkeeper first, or correct `formation`',
    },
  ];
}

/** Names, and shirt numbers, are unique in a side's line-up (starting and bench together). */
function checkUnique(lineup: LineupInput, side: Side): Problem[] {
  const problems: Problem[] = [];
  const names = new Map<string, string>();
  const numbers = new Map<number, { where: string; name: string }>();
  for (const list of ['starting', 'bench'] as const) {
    lineup[list].forEach((player, i) => {
      const where = `${list}[${i}]`;
      const base: FieldPath = ['match', 'lineups', side, list, i];
      const key = playerKey(player.name);
      const earlier = names.get(key);
      if (earlier !== undefined) {
        problems.push({
          path: [...base, 'name'],
          rule: 'lineup-unique',
          message: `found ${player.name} twice in the ${side} line-up (also at ${earlier}), expected each player once`,
          hint: 'a player is listed once, under `starting` or under `bench`',
        });
      } else names.set(key, where);
      if (player.number === undefined) return;
      const sameNumber = numbers.get(player.number);
      if (sameNumber !== undefined) {
        problems.push({
          path: [...base, 'number'],
          rule: 'lineup-unique',
          message: `found number ${player.number} twice in the ${side} line-up (also ${sameNumber.name} at ${sameNumber.where}), expected each shirt number once`,
          hint: 'check the shirt numbers of both players',
        });
      } else numbers.set(player.number, { where, name: player.name });
    });
  }
  return problems;
}

/** "comes on at 70' (events[5])" or "never comes on". */
function arrival(stint: Stint): string {
  return stint.on ? `comes on at ${stint.on.minute.label}' (events[${stint.on.index}])` : 'never comes on';
}

/** Problems for one side's events, substitutions and shootout kicks against its line-up. */
function checkSide(fm: Frontmatter, lineup: LineupInput, side: Side, minutes: readonly (Minute | undefined)[]): Problem[] {
  const problems: Problem[] = [];
  const team = fm.match[side].name.trim();
  const listed = [...lineup.starting, ...lineup.bench].map((p) => p.name);
  const timed = minutes.every((m) => m !== undefined);
  const events: ReplayEvent[] = fm.events
    .map((event, index) => ({ event, index, minute: minutes[index] as Minute }))
    .filter(({ event }) => event.team === side)
    .sort((a, b) => (timed ? a.minute.order - b.minute.order : 0) || a.index - b.index)
    .map(({ event, index, minute }) => ({
      index,
      minute,
      type: event.type,
      player: 'player' in event ? event.player : undefined,
      in: 'in' in event ? event.in : undefined,
      out: 'out' in event ? event.out : undefined,
    }));
  const stints = replayLineup(lineup, timed ? events : []);
  const stintOf = (name: string) => stints.get(playerKey(name));
  /** Gone before `minute`: the departed-player rule in rules.ts reports that, so it is not reported twice. */
  const goneBefore = (stint: Stint, minute: Minute) => stint.off !== undefined && stint.off.minute.order < minute.order;
  /** A name the line-up does not list (`bench`: only the bench would do, for a player coming on). */
  const notListed = (path: FieldPath, name: string, doing: string, bench = false) => {
    const [expected, lists, field] = bench
      ? ['on the bench', '`bench`', 'bench']
      : ['in the line-up', '`starting` or `bench`', 'starting` or `bench'];
    problems.push({
      path,
      rule: 'lineup-member',
      message: `found ${name}${doing}, expected a player ${expected} of ${team} (${side}): ${name} is not listed under ${lists}`,
      hint:
        suggest(name, bench ? lineup.bench.map((p) => p.name) : listed) ??
        `add ${name} to \`match.lineups.${side}.${field}\`, or check the spelling`,
    });
  };

  for (const event of events) {
    const at = timed ? ` at ${event.minute.label}'` : '';
    if (event.type === 'sub') {
      const coming = event.in === undefined ? undefined : stintOf(event.in);
      if (event.in !== undefined && (!coming || coming.list === 'starting')) {
        if (!coming) notListed(['events', event.index, 'in'], event.in, ` coming on${at}`, true);
        else if (!(timed && goneBefore(coming, event.minute)))
          problems.push({
            path: ['events', event.index, 'in'],
            rule: 'lineup-substitution',
            message: `found ${event.in} coming on${at}, expected a substitute who has not played yet: ${event.in} is in the starting line-up`,
            hint: 'the player coming on is `in`, the one going off is `out`',
          });
      } else if (coming && timed && coming.on && coming.on.index !== event.index) {
        problems.push({
          path: ['events', event.index, 'in'],
          rule: 'lineup-substitution',
          message: `found ${event.in} coming on${at}, expected a substitute who has not played yet: ${event.in} already came on at ${coming.on.minute.label}' (events[${coming.on.index}])`,
          hint: 'each substitute comes on once; check the player named',
        });
      }
      const going = event.out === undefined ? undefined : stintOf(event.out);
      if (event.out !== undefined && !going) notListed(['events', event.index, 'out'], event.out, ` going off${at}`);
      else if (going && timed && !hasComeOn(going, event.minute) && !goneBefore(going, event.minute)) {
        problems.push({
          path: ['events', event.index, 'out'],
          rule: 'lineup-substitution',
          message: `found ${event.out} going off${at}, expected a player on the pitch: ${event.out} is a substitute who ${arrival(going)}`,
          hint: 'check the minutes of both substitutions, or the player named',
        });
      }
      continue;
    }
    const input = fm.events[event.index] as Frontmatter['events'][number];
    const roles: [string, string | undefined, string | undefined][] = [
      ['player', 'player' in input ? input.player : undefined, doingFor(input.type)],
      ['assist', 'assist' in input ? input.assist : undefined, 'assisting'],
    ];
    for (const [field, name, doing] of roles) {
      if (name === undefined) continue;
      const stint = stintOf(name);
      if (!stint) {
        notListed(['events', event.index, field], name, '');
        continue;
      }
      if (doing === undefined || !timed || hasComeOn(stint, event.minute) || goneBefore(stint, event.minute)) continue;
      problems.push({
        path: ['events', event.index, field],
        rule: 'lineup-on-pitch',
        message: `found ${name} ${doing}${at}, expected a player on the pitch: ${name} is a substitute who ${arrival(stint)}`,
        hint: 'only players on the pitch score, assist or take kicks (a substitute on the bench may be booked); add the substitution or check its minute',
      });
    }
  }

  (fm.shootout ?? []).forEach((kick, index) => {
    if (kick.team !== side || kick.player === undefined) return;
    const stint = stintOf(kick.player);
    if (!stint) notListed(['shootout', index, 'player'], kick.player, ' taking a shootout kick');
    else if (timed && !hasComeOn(stint) && !stint.off) {
      problems.push({
        path: ['shootout', index, 'player'],
        rule: 'lineup-on-pitch',
        message: `found ${kick.player} taking a shootout kick, expected a player on the pitch at the end of the match: ${kick.player} is a substitute who never comes on`,
        hint: 'only players on the pitch at the final whistle take kicks; add the substitution, or check the player named',
      });
    }
  });
  return problems;
}

/** What a player does in an event that needs them on the pitch; undefined when the bench will do (a booking). */
function doingFor(type: string): string | undefined {
  if (type === 'goal') return 'scoring';
  if (type === 'own-goal') return 'scoring an own goal';
  return undefined;
}

/** `playerOfTheMatch` is in a line-up when both line-ups are given (with one, the player may be on the other side). */
function checkPlayerOfTheMatch(fm: Frontmatter): Problem[] {
  const potm = fm.match.playerOfTheMatch;
  const { home, away } = fm.match.lineups ?? {};
  if (potm === undefined || !home || !away) return [];
  const names = [...home.starting, ...home.bench, ...away.starting, ...away.bench].map((p) => p.name);
  if (names.some((n) => playerKey(n) === playerKey(potm))) return [];
  return [
    {
      path: ['match', 'playerOfTheMatch'],
      rule: 'lineup-member',
      message: `found ${potm}, expected a player in the line-ups: ${potm} is in neither the ${fm.match.home.name.trim()} nor the ${fm.match.away.name.trim()} line-up`,
      hint: suggest(potm, names) ?? 'write the name as the line-up does',
    },
  ];
}

/** Every line-up rule, for each side that has a line-up. */
export function checkLineups(fm: Frontmatter, minutes: readonly (Minute | undefined)[]): Problem[] {
  const problems: Problem[] = [];
  for (const side of SIDES) {
    const lineup = fm.match.lineups?.[side];
    if (!lineup) continue;
    problems.push(...checkStarters(lineup, side), ...checkUnique(lineup, side), ...checkSide(fm, lineup, side, minutes));
  }
  problems.push(...checkPlayerOfTheMatch(fm));
  return problems;
}

/** The words of the language error, shared with `npm run new`: what `lang` accepts. */
export function languageExpected(): string {
  return `a language the site has a translation for: ${LANGUAGES.join(', ')}`;
}

/** `lang` names a language the site has a translation for. */
export function checkLanguage(fm: Frontmatter): Problem[] {
  if (fm.lang === undefined || resolveLanguage(fm.lang) !== undefined) return [];
  return [
    {
      path: ['lang'],
      rule: 'lang-available',
      message: `found "${fm.lang}", expected ${languageExpected()}`,
      hint: `leave \`lang\` out to use the site's language (${SEE_FORMAT})`,
    },
  ];
}
