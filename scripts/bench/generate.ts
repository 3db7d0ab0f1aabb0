/**
 * Synthetic but valid recaps for the benchmark: varied teams (some in non-Latin scripts), 5-20 events
 * obeying every rule of README "Recap format" (scores from goals, no events after a player leaves, extra time,
 * shootouts that stop when decided), second reports of some matches, and Markdown bodies of 350-900 words.
 * Each team has a fixed squad, so players recur from match to match (player pages, squads, top scorers); most
 * matches carry line-ups and a player of the match. `generateDataFiles` writes the competition files (leagues
 * with tables, one with a deduction) and a few player files. Deterministic: the same seed and count give the
 * same files.
 */
import { Document, isMap, isSeq } from 'yaml';
import { AUTHORS, COMPETITIONS, FILLER, HEADLINES, PLAYER_NAMES, poolTeams, QUOTES, type PoolTeam } from './pools.ts';
import { writeBody } from './narrative.ts';

/** A generated recap file. */
export interface GeneratedRecap {
  readonly slug: string;
  /** The whole file: frontmatter and body. */
  readonly text: string;
  /** The Markdown body alone (for the bare-Astro baseline). */
  readonly body: string;
  readonly title: string;
}

/** A seeded pseudo-random source (mulberry32): fast, small, and the same sequence on every machine. */
export interface Random {
  /** A float in [0, 1). */
  (): number;
}

/** Creates a seeded random source. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: Random, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Random, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const chance = (rng: Random, p: number) => rng() < p;
type Side = 'home' | 'away';
const other = (side: Side): Side => (side === 'home' ? 'away' : 'home');

const TEAMS = poolTeams((i) => {
  const hues = seeded(1000 + i);
  return `#${[0, 0, 0].map(() => int(hues, 0, 255).toString(16).padStart(2, '0')).join('')}`;
});

/** A minute as authors write it, with its sort order. */
interface GenMinute {
  readonly value: number | string;
  readonly order: number;
  readonly base: number;
}

function randomMinute(rng: Random, extraTime: boolean): GenMinute {
  const added = chance(rng, 0.14);
  const ends = extraTime ? [45, 90, 105, 120] : [45, 90];
  if (added) {
    const base = pick(rng, ends);
    const extra = int(rng, 1, base === 90 ? 8 : 4);
    return { value: `${base}+${extra}`, order: base * 100 + extra, base };
  }
  const n = int(rng, 1, extraTime && chance(rng, 0.3) ? 120 : 90);
  return { value: n, order: n * 100, base: n };
}

const SQUAD_SIZE = 22;
const squads = new Map<string, string[]>();

/** A team's squad: 22 distinct names, the same in every match (seeded by the team, not the match). */
export function teamSquad(team: PoolTeam): string[] {
  let names = squads.get(team.key);
  if (!names) {
    const rng = seeded(7000 + TEAMS.findIndex((t) => t.key === team.key));
    const pool = PLAYER_NAMES[team.names];
    const joiner = team.names === 'japanese' ? '' : ' ';
    const set = new Set<string>();
    while (set.size < SQUAD_SIZE) set.add(`${pick(rng, pool.first)}${joiner}${pick(rng, pool.last)}`);
    squads.set(team.key, (names = [...set]));
  }
  return names;
}

/** The 18 names of one match from the team's squad: 11 start, 7 on the bench. */
function squad(rng: Random, team: PoolTeam): string[] {
  const names = [...teamSquad(team)];
  for (let i = names.length - 1; i > 0; i--) {
    const j = int(rng, 0, i);
    [names[i], names[j]] = [names[j] as string, names[i] as string];
  }
  return names.slice(0, 18);
}

/** Positions of a 4-4-2 starting line-up, goalkeeper first. */
const POSITIONS = ['GK', 'DF', 'DF', 'DF', 'DF', 'MF', 'MF', 'MF', 'MF', 'FW', 'FW'] as const;

/** A side's line-up as authors write it: 4-4-2, numbered, the bench after. */
function lineup(names: readonly string[]): Record<string, unknown> {
  return {
    formation: '4-4-2',
    starting: names.slice(0, 11).map((name, i) => ({ number: i + 1, name, position: POSITIONS[i] })),
    bench: names.slice(11).map((name, i) => ({ number: i + 12, name })),
  };
}

type EventKind = 'goal' | 'own-goal' | 'penalty-miss' | 'yellow' | 'second-yellow' | 'red' | 'sub' | 'var';
type GenEvent = Record<string, string | number>;

/** The facts of one match, shared by every report of it. */
interface MatchFacts {
  readonly home: PoolTeam;
  readonly away: PoolTeam;
  readonly competition: (typeof COMPETITIONS)[number];
  readonly round: string | undefined;
  readonly kickoff: string;
  readonly kickoffDate: string;
  readonly extraTime: boolean;
  readonly events: GenEvent[];
  readonly score: Record<Side, number>;
  readonly halftime: Record<Side, number>;
  readonly shootout: { team: Side; player?: string; result: string }[] | undefined;
  readonly penalties: Record<Side, number> | undefined;
  readonly venue: string;
  readonly attendance: number;
  readonly referee: string;
  /** Each side's 18 names (11 starters first) when the reports give line-ups. */
  readonly lineups: Record<Side, string[]> | undefined;
  readonly playerOfTheMatch: string | undefined;
}

function generateEvents(rng: Random, home: PoolTeam, away: PoolTeam, extraTime: boolean, drawn: boolean) {
  const count = int(rng, 5, 20);
  const minutes = Array.from({ length: count }, () => randomMinute(rng, extraTime)).sort((a, b) => a.order - b.order);
  let goals = Math.min(count, pick(rng, [0, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6, 7]));
  if (drawn && goals % 2 === 1) goals -= 1;
  // Which side each goal counts for: a draw splits them evenly.
  const sides: Side[] = Array.from({ length: goals }, (_, i) =>
    drawn ? (i % 2 === 0 ? 'home' : 'away') : chance(rng, 0.55) ? 'home' : 'away',
  );
  const others: EventKind[] = [
    'yellow',
    'yellow',
    'yellow',
    'yellow',
    'sub',
    'sub',
    'sub',
    'sub',
    'var',
    'second-yellow',
    'red',
    'penalty-miss',
  ];
  const kinds: (EventKind | Side)[] = [...sides, ...Array.from({ length: count - goals }, () => pick(rng, others))];
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = int(rng, 0, i);
    [kinds[i], kinds[j]] = [kinds[j] as EventKind | Side, kinds[i] as EventKind | Side];
  }
  const squads = { home: squad(rng, home), away: squad(rng, away) };
  const onPitch = { home: new Set(squads.home.slice(0, 11)), away: new Set(squads.away.slice(0, 11)) };
  const bench = { home: squads.home.slice(11), away: squads.away.slice(11) };
  const booked = { home: new Set<string>(), away: new Set<string>() };
  const score = { home: 0, away: 0 };
  const halftime = { home: 0, away: 0 };
  const events: GenEvent[] = [];
  minutes.forEach((m, i) => {
    const kind = kinds[i] as EventKind | Side;
    const on = (side: Side) => [...onPitch[side]];
    if (kind === 'home' || kind === 'away') {
      const own = chance(rng, 0.07);
      const team = own ? other(kind) : kind;
      const player = pick(rng, on(team));
      score[kind]++;
      if (m.base <= 45) halftime[kind]++;
      if (own) return events.push({ minute: m.value, type: 'own-goal', team, player });
      const event: GenEvent = { minute: m.value, type: 'goal', team, player };
      const mates = on(team).filter((p) => p !== player);
      if (chance(rng, 0.6) && mates.length > 0) event['assist'] = pick(rng, mates);
      if (chance(rng, 0.5)) event['how'] = pick(rng, ['open-play', 'header', 'free-kick', 'penalty']);
      return events.push(event);
    }
    const team: Side = chance(rng, 0.5) ? 'home' : 'away';
    const players = on(team);
    if (kind === 'sub') {
      const incoming = bench[team].shift();
      if (!incoming || players.length === 0) return events.push({ minute: m.value, type: 'var', team });
      const out = pick(rng, players);
      onPitch[team].delete(out);
      onPitch[team].add(incoming);
      return events.push({ minute: m.value, type: 'sub', team, in: incoming, out });
    }
    if (kind === 'var') {
      const event: GenEvent = {
        minute: m.value,
        type: 'var',
        team,
        note: pick(rng, ['Penalty check, no penalty', 'Offside check completed']),
      };
      return events.push(event);
    }
    // Keep at least seven players on the pitch, as the laws require.
    const sendOff = (kind === 'red' || kind === 'second-yellow') && players.length > 7;
    const candidates = kind === 'second-yellow' ? players.filter((p) => booked[team].has(p)) : players;
    if (!sendOff || candidates.length === 0) {
      const unbooked = players.filter((p) => !booked[team].has(p));
      const player = pick(rng, unbooked.length > 0 ? unbooked : players);
      if (kind !== 'penalty-miss') booked[team].add(player);
      return events.push({ minute: m.value, type: kind === 'penalty-miss' ? 'penalty-miss' : 'yellow', team, player });
    }
    const player = pick(rng, candidates);
    onPitch[team].delete(player);
    return events.push({ minute: m.value, type: kind, team, player });
  });
  return { events, score, halftime, onPitch, squads };
}

/** Kicks in order until one side can no longer be caught (five rounds, then pairs), as rules.ts replays them. */
function generateShootout(rng: Random, onPitch: Record<Side, Set<string>>) {
  const first: Side = chance(rng, 0.5) ? 'home' : 'away';
  const taken = { home: 0, away: 0 };
  const scored = { home: 0, away: 0 };
  const takers = { home: [...onPitch.home], away: [...onPitch.away] };
  const kicks: { team: Side; player?: string; result: string }[] = [];
  for (let i = 0; i < 60; i++) {
    const team = i % 2 === 0 ? first : other(first);
    const result = chance(rng, 0.76) ? 'scored' : chance(rng, 0.6) ? 'saved' : 'missed';
    const player = takers[team][taken[team] % takers[team].length];
    kicks.push({ team, ...(player && chance(rng, 0.85) ? { player } : {}), result });
    taken[team]++;
    if (result === 'scored') scored[team]++;
    const rounds = Math.max(5, taken.home, taken.away);
    if (scored.home > scored.away + (rounds - taken.away) || scored.away > scored.home + (rounds - taken.home)) break;
  }
  return { kicks, score: scored };
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(day: number): string {
  return new Date(Date.UTC(2010, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

function generateMatch(rng: Random, usedKeys: Set<string>): MatchFacts {
  for (;;) {
    const home = pick(rng, TEAMS);
    const away = pick(
      rng,
      TEAMS.filter((t) => t.key !== home.key),
    );
    const day = int(rng, 0, 5800);
    const kickoffDate = isoDate(day);
    const key = `${kickoffDate}|${home.key}|${away.key}`;
    if (usedKeys.has(key)) continue;
    usedKeys.add(key);
    const competition = pick(rng, COMPETITIONS);
    const extraTime = competition.cup && chance(rng, 0.18);
    const shootoutWanted = competition.cup && (extraTime ? chance(rng, 0.7) : chance(rng, 0.06));
    const { events, score, halftime, onPitch, squads } = generateEvents(rng, home, away, extraTime, shootoutWanted);
    const shootout = shootoutWanted ? generateShootout(rng, onPitch) : undefined;
    const withLineups = chance(rng, 0.65);
    const scorers = events.filter((e) => e.type === 'goal').map((e) => String(e['player']));
    const playerOfTheMatch =
      withLineups && chance(rng, 0.7) ? (scorers.length > 0 ? pick(rng, scorers) : pick(rng, squads.home.slice(0, 11))) : undefined;
    const withTime = chance(rng, 0.6);
    const offset = pick(rng, ['+00:00', '+01:00', '-05:00', '+09:00', '+03:00']);
    return {
      home,
      away,
      competition,
      round: competition.rounds.length > 0 ? pick(rng, competition.rounds) : undefined,
      kickoff: withTime ? `${kickoffDate}T${pad(int(rng, 12, 21))}:${pick(rng, ['00', '15', '30', '45'])}:00${offset}` : kickoffDate,
      kickoffDate,
      extraTime,
      events,
      score,
      halftime,
      shootout: shootout?.kicks,
      penalties: shootout?.score,
      venue: `${home.city} ${pick(rng, ['Stadium', 'Park', 'Arena', 'Ground'])}`,
      attendance: int(rng, 800, 65_000),
      referee: `${pick(rng, PLAYER_NAMES.latin.first)} ${pick(rng, PLAYER_NAMES.latin.last)}`,
      lineups: withLineups ? squads : undefined,
      playerOfTheMatch,
    };
  }
}

function headline(rng: Random, m: MatchFacts): string {
  const scoreText = `${m.score.home}-${m.score.away}`;
  const winner: Side | undefined =
    m.penalties !== undefined
      ? m.penalties.home > m.penalties.away
        ? 'home'
        : 'away'
      : m.score.home === m.score.away
        ? undefined
        : m.score.home > m.score.away
          ? 'home'
          : 'away';
  const templates = m.penalties ? HEADLINES.penalties : winner ? HEADLINES.win : HEADLINES.draw;
  const scorer = m.events.find((e) => e.type === 'goal' && e.team === winner)?.['player'];
  const usable = templates.filter((t) => scorer !== undefined || !t.includes('{scorer}'));
  return pick(rng, usable)
    .replace('{winner}', winner ? m[winner].name : m.home.name)
    .replace('{loser}', winner ? m[other(winner)].name : m.away.name)
    .replace('{home}', m.home.name)
    .replace('{away}', m.away.name)
    .replace('{score}', scoreText)
    .replace('{scorer}', String(scorer));
}

function frontmatter(rng: Random, m: MatchFacts, title: string, date: string): Record<string, unknown> {
  const team = (t: PoolTeam) => ({ name: t.name, short: t.short, color: t.color });
  const match: Record<string, unknown> = {
    competition: m.competition.name,
    season: m.kickoffDate.slice(0, 4),
    ...(m.round ? { round: m.round } : {}),
    kickoff: m.kickoff,
    venue: m.venue,
    attendance: m.attendance,
    referee: m.referee,
    home: team(m.home),
    away: team(m.away),
    score: `${m.score.home}-${m.score.away}`,
    ...(chance(rng, 0.7) ? { halftime: `${m.halftime.home}-${m.halftime.away}` } : {}),
    ...(m.extraTime ? { extraTime: true } : {}),
    ...(m.penalties ? { penalties: `${m.penalties.home}-${m.penalties.away}` } : {}),
    ...(m.playerOfTheMatch ? { playerOfTheMatch: m.playerOfTheMatch } : {}),
    ...(m.lineups ? { lineups: { home: lineup(m.lineups.home), away: lineup(m.lineups.away) } } : {}),
  };
  const tags = [m.competition.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), ...(m.penalties ? ['penalties'] : [])];
  return {
    title,
    date,
    author: pick(rng, AUTHORS),
    tags,
    match,
    events: m.events,
    ...(m.shootout ? { shootout: m.shootout } : {}),
  };
}

/** YAML as authors write it: block mappings, with each event, kick and team on one flow-style line. */
function toYaml(data: Record<string, unknown>): string {
  const doc = new Document(data);
  for (const key of ['events', 'shootout']) {
    const list = doc.get(key);
    if (isSeq(list)) for (const item of list.items) if (isMap(item)) item.flow = true;
  }
  const match = doc.get('match');
  if (isMap(match))
    for (const side of ['home', 'away']) {
      const team = match.get(side);
      if (isMap(team)) team.flow = true;
      const lineups = match.get('lineups');
      const given = isMap(lineups) ? lineups.get(side) : undefined;
      if (isMap(given))
        for (const list of ['starting', 'bench']) {
          const players = given.get(list);
          if (isSeq(players)) for (const player of players.items) if (isMap(player)) player.flow = true;
        }
    }
  const tags = doc.get('tags');
  if (isSeq(tags)) tags.flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

/** Generates `count` recaps from `seed`. About one match in twenty gets a second report that agrees on the facts. */
export function generateRecaps(count: number, seed = 1): GeneratedRecap[] {
  const rng = seeded(seed);
  const usedKeys = new Set<string>();
  const out: GeneratedRecap[] = [];
  while (out.length < count) {
    const m = generateMatch(rng, usedKeys);
    const reports = out.length + 1 < count && chance(rng, 0.05) ? 2 : 1;
    for (let r = 0; r < reports; r++) {
      const title = headline(rng, m);
      const date = isoDate(Math.round((Date.parse(m.kickoffDate) - Date.UTC(2010, 0, 1)) / 86_400_000) + int(rng, 0, 2));
      const body = writeBody(rng, m, { filler: FILLER, quotes: QUOTES });
      const slug = `${m.home.key}-${m.away.key}-${m.kickoffDate}${r > 0 ? `-report-${r + 1}` : ''}`;
      const yaml = toYaml(frontmatter(rng, m, title, date));
      out.push({ slug, title, body, text: `---\n${yaml}---\n${body}` });
    }
  }
  return out;
}

/** An edit an author might make: a new headline and an extra closing sentence (changes the page and its card). */
export function editRecap(text: string): string {
  return `${text.replace(/^title: (.*)$/m, (_, title: string) => `title: ${JSON.stringify(`${title.replace(/^"|"$/g, '')} (updated)`)}`)}\nUpdated after full time with the managers' reactions.\n`;
}

export type { MatchFacts };

/** A competition or player file for the benchmark's content folder. */
export interface GeneratedDataFile {
  /** Relative to the content folder: `competitions/<slug>.yml`, `players/<slug>.yml`. */
  readonly path: string;
  readonly text: string;
}

const fileSlug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[^A-Za-z0-9 -]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[\s-]+/g, '-');

/**
 * The competition files (every league with a table, the cups as cups; the first league takes points off a team)
 * and player files (three players also written with an initial, as a second report might write them).
 */
export function generateDataFiles(): GeneratedDataFile[] {
  const competitions = COMPETITIONS.map((c, i) => {
    const league = !c.cup && c.rounds.length > 0;
    const lines = [`name: ${JSON.stringify(c.name)}`, `format: ${league ? 'league' : 'cup'}`];
    if (league && i === 0)
      lines.push('deductions:', `  - { team: ${JSON.stringify(TEAMS[0]?.name)}, season: "2015", points: 3, reason: Ineligible player }`);
    return { path: `competitions/${fileSlug(c.name)}.yml`, text: `${lines.join('\n')}\n` };
  });
  const players = TEAMS.filter((t) => t.names === 'latin')
    .slice(0, 3)
    .map((team) => {
      const name = teamSquad(team)[0] as string;
      const [first = '', ...rest] = name.split(' ');
      return {
        path: `players/${fileSlug(`${name} ${team.key}`)}.yml`,
        text: `name: ${JSON.stringify(name)}\naliases: [${JSON.stringify(`${first.charAt(0)}. ${rest.join(' ')}`)}]\nteams: [${JSON.stringify(team.name)}]\n`,
      };
    });
  return [...competitions, ...players];
}
