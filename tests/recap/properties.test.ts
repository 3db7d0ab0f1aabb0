/**
 * Property-based tests of the reader: whatever the input, readRecap returns a valid match or a non-empty list of
 * diagnostics positioned inside the file, and never throws.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { LANGUAGES } from '../../src/i18n/index.ts';
import { appearances } from '../../src/recap/appearances.ts';
import { lastMinute } from '../../src/recap/minute.ts';
import { formatScore } from '../../src/recap/model.ts';
import { readRecap } from '../../src/recap/read.ts';
import { recapFile } from './helpers.ts';

/** Runs per property; raise it (FULLTIME_PROPERTY_RUNS=20000) to hunt for rare failures. */
const RUNS = Number(process.env['FULLTIME_PROPERTY_RUNS'] ?? 300);

/** Checks the contract of readRecap on one input and returns whether it was valid. */
function checkContract(content: string | Uint8Array): boolean {
  const result = readRecap('content/recaps/prop.md', 'prop', content);
  const text = typeof content === 'string' ? content.replace(/^\uFEFF/, '') : new TextDecoder().decode(content).replace(/^\uFEFF/, '');
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (!result.ok) {
    expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const d of result.diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.line).toBeLessThanOrEqual(lines.length);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.length).toBeGreaterThanOrEqual(1);
      expect(d.message).not.toBe('');
      // The line shown is the file's own line, so the caret lands on what the author wrote.
      if (typeof content === 'string') {
        expect(d.sourceLine).toBe(lines[d.line - 1]);
        expect(d.column).toBeLessThanOrEqual([...d.sourceLine].length + 1);
      }
    }
    return false;
  }
  const { match } = result.recap;
  const order = match.events.map((e) => e.minute.order);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  if (match.hasEvents) expect(formatScore(match.goals.at(-1)?.score ?? { home: 0, away: 0 })).toBe(formatScore(match.score));
  if (match.penalties) {
    expect(match.score.home).toBe(match.score.away);
    expect(match.penalties.home).not.toBe(match.penalties.away);
    expect(match.status).toBe('on-penalties');
  }
  if (match.shootout) expect(match.shootout.score).toEqual(match.penalties);
  const length = lastMinute(match.extraTime, match.halfLength);
  for (const side of ['home', 'away'] as const) {
    const played = appearances(match)[side];
    expect(played.length).toBe(match.lineups?.[side] ? match.lineups[side].starting.length + match.lineups[side].bench.length : 0);
    for (const a of played) {
      expect(a.minutes).toBeGreaterThanOrEqual(0);
      expect(a.minutes).toBeLessThanOrEqual(length);
    }
  }
  return true;
}

/** Mostly a valid value, sometimes a broken one: deep rules are only reached when the shape is right. */
function mostly<T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>): fc.Arbitrary<T | U> {
  return fc.oneof({ weight: 8, arbitrary: good }, { weight: 1, arbitrary: bad });
}
/** Usually absent (undefined is left out by the YAML serialiser). */
function sometimes<T>(value: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: value });
}

const side = mostly(fc.constantFrom('home', 'away'), fc.constantFrom('visitors', 'HOME', 1));
const name = mostly(
  fc.constantFrom('Ana Lopes', 'Ivo Petrov', 'Jürgen Groß', '田中 健太', 'زياد الراشد', 'Bea Costa'),
  fc.string({ maxLength: 12 }),
);
const minuteValue = mostly(
  fc.oneof(fc.integer({ min: 1, max: 90 }), fc.constantFrom('45+2', '90+5', 100, '105+1', '120+3', '25+1', '50+2', '35+1')),
  fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom('46+1', '90+0', '90+31', '', 'x', 12.5)),
);
const eventFields: Record<string, Record<string, fc.Arbitrary<unknown>>> = {
  goal: { player: name, assist: sometimes(name), how: sometimes(fc.constantFrom('open-play', 'header', 'free-kick', 'penalty')) },
  'own-goal': { player: sometimes(name) },
  'penalty-miss': { player: name },
  yellow: { player: name },
  'second-yellow': { player: name },
  red: { player: name },
  sub: { in: name, out: name },
  var: { player: sometimes(name) },
};
const event = mostly(
  fc.oneof(
    ...Object.entries(eventFields).map(([type, fields]) =>
      fc.record<Record<string, unknown>>({
        minute: minuteValue,
        type: fc.constant(type),
        team: side,
        note: sometimes(fc.string({ maxLength: 30 })),
        ...fields,
      }),
    ),
  ),
  fc.record(
    {
      minute: minuteValue,
      type: fc.constantFrom('goal', 'sub', 'gaol', 'Goal'),
      team: side,
      player: name,
      assist: name,
      in: name,
      out: name,
      how: fc.constantFrom('volley', 'header'),
    },
    { requiredKeys: [] },
  ),
);
const kick = fc.record(
  { team: side, player: sometimes(name), result: mostly(fc.constantFrom('scored', 'missed', 'saved'), fc.constantFrom('scores', 'goal')) },
  { requiredKeys: ['team', 'result'] },
);
const score = mostly(
  fc.tuple(fc.nat(5), fc.nat(5)).map(([h, a]) => `${h}-${a}`),
  fc.constantFrom('1–1', '2:1', 3, '', '10-'),
);
const team = (names: fc.Arbitrary<string>) =>
  fc.record(
    {
      name: mostly(names, fc.oneof(name, fc.constant(''))),
      short: sometimes(mostly(fc.constantFrom('NOR', 'EPU'), fc.constantFrom('x', 'TOOLONG'))),
      color: sometimes(mostly(fc.constantFrom('#1D4ED8', '#fff'), fc.constantFrom('red', null))),
    },
    { requiredKeys: ['name'] },
  );
const lineupPlayer = fc.record(
  {
    name,
    number: sometimes(mostly(fc.integer({ min: 1, max: 99 }), fc.constantFrom(0, 100, '7', 7.5))),
    position: sometimes(mostly(fc.constantFrom('GK', 'DF', 'MF', 'FW'), fc.constantFrom('ST', 'gk', null))),
  },
  { requiredKeys: ['name'] },
);
const lineup = fc.record(
  {
    formation: sometimes(
      mostly(fc.constantFrom('4-4-2', '2-3-1', '4-2-3-1', '3-4-1-2', '3-4-3'), fc.constantFrom('4-4-2-', 442, '7-7', '')),
    ),
    coach: sometimes(name),
    starting: mostly(fc.array(lineupPlayer, { maxLength: 12 }), fc.constantFrom(null, 'Ana Lopes')),
    bench: sometimes(fc.array(lineupPlayer, { maxLength: 5 })),
    captain: sometimes(sometimes(name)),
  },
  { requiredKeys: ['starting'] },
);
const statValue = mostly(
  fc.tuple(fc.nat(100), fc.nat(100)).map(([h, a]) => `${h}-${a}`),
  fc.constantFrom('45-55%', 7, '1.5-2', '', '100-0-0'),
);
const stats = fc.record(
  {
    possession: sometimes(
      mostly(
        fc.nat(100).map((h) => `${h}-${100 - h}`),
        statValue,
      ),
    ),
    shots: sometimes(statValue),
    shotsOnTarget: sometimes(statValue),
    corners: sometimes(statValue),
    fouls: sometimes(statValue),
    offsides: sometimes(statValue),
    saves: sometimes(statValue),
    xg: sometimes(mostly(fc.constantFrom('1.92-2.31', '0.4-0', '3-1.05'), fc.constantFrom('1.234-1', 'x', 2))),
    cards: sometimes(sometimes(statValue)),
  },
  { requiredKeys: [] },
);
const frontmatter = fc.record(
  {
    title: mostly(
      fc.constantFrom('Derby day', 'A <b>bold</b> "title" & more', 'Late drama in Lisbon'),
      fc.oneof(fc.string({ maxLength: 20 }), fc.nat()),
    ),
    description: sometimes(fc.string({ maxLength: 40 })),
    date: mostly(fc.constant('2024-03-02'), fc.constantFrom('2024-02-30', '02/03/2024', 20240302)),
    author: sometimes(fc.string({ maxLength: 20 })),
    tags: sometimes(fc.array(fc.constantFrom('derby', 'cup', 'late-drama'), { maxLength: 3 })),
    draft: sometimes(mostly(fc.boolean(), fc.constant('no'))),
    lang: sometimes(mostly(fc.constantFrom('en-GB', ...LANGUAGES), fc.constantFrom('tlh', 'English', '', 5, 'pt_BR'))),
    cover: sometimes(
      fc.record(
        { src: mostly(fc.constant('./photos/a.jpg'), fc.constantFrom('', 7)), alt: name, caption: sometimes(fc.string({ maxLength: 10 })) },
        { requiredKeys: ['src'] },
      ),
    ),
    match: fc.record(
      {
        competition: mostly(fc.constantFrom('Test League', 'Cup'), fc.string({ maxLength: 5 })),
        kickoff: mostly(
          fc.constantFrom('2024-03-01', '2024-03-01T19:30:00+01:00'),
          fc.constantFrom('2024-03-01T19:30', '2024-13-01', '2024-03-01T25:00:00Z'),
        ),
        home: team(fc.constant('Northbridge FC')),
        away: team(fc.constantFrom('Eastport United', 'Northbridge FC')),
        score,
        halftime: sometimes(score),
        extraTime: sometimes(mostly(fc.boolean(), fc.constant('yes'))),
        penalties: sometimes(score),
        halfLength: sometimes(mostly(fc.integer({ min: 20, max: 45 }), fc.constantFrom(10, 50, '25', 25.5))),
        lineups: sometimes(fc.record({ home: sometimes(lineup), away: sometimes(lineup) }, { requiredKeys: [] })),
        stats: sometimes(stats),
        playerOfTheMatch: sometimes(name),
        attendance: sometimes(mostly(fc.nat(90000), fc.constantFrom('12,000', -1))),
        stadium: sometimes(fc.string({ maxLength: 10 })),
      },
      { requiredKeys: ['competition', 'kickoff', 'home', 'away', 'score'] },
    ),
    events: sometimes(fc.array(event, { maxLength: 8 })),
    shootout: sometimes(fc.array(kick, { maxLength: 14 })),
    extra: sometimes(sometimes(fc.anything({ maxDepth: 2 }))),
  },
  { requiredKeys: ['title', 'date', 'match'] },
);

const asFile = (data: unknown, body: string) => `---\n${stringify(data)}---\n${body}\n`;

describe('readRecap on generated frontmatter', () => {
  it('returns a valid match or positioned diagnostics, and never throws', () => {
    fc.assert(
      fc.property(frontmatter, fc.string({ maxLength: 200 }), (data, body) => {
        checkContract(asFile(data, body));
      }),
      { numRuns: RUNS },
    );
  });

  it('accepts a consistent generated match', () => {
    // Goals generated first, the score derived from them: these must always be valid.
    const goal = fc.record({
      minute: fc.integer({ min: 1, max: 90 }),
      team: fc.constantFrom('home' as const, 'away' as const),
      type: fc.constantFrom('goal', 'own-goal'),
    });
    fc.assert(
      fc.property(fc.array(goal, { maxLength: 9 }), (goals) => {
        const count = { home: 0, away: 0 };
        for (const g of goals) count[g.type === 'goal' ? g.team : g.team === 'home' ? 'away' : 'home']++;
        const events = goals.map((g, i) => ({ ...g, player: `Player ${i}` }));
        const data = {
          title: 'Generated',
          date: '2024-03-02',
          match: {
            competition: 'Cup',
            kickoff: '2024-03-01',
            home: { name: 'Northbridge FC' },
            away: { name: 'Eastport United' },
            score: `${count.home}-${count.away}`,
          },
          events,
        };
        expect(checkContract(asFile(data, 'Body.'))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('accepts a consistent generated match with line-ups and short halves, and its minutes add up', () => {
    // Line-ups, substitutions and goals generated together: subs bring on unused substitutes for players on
    // the pitch, goals are scored by players on the pitch. These must always be valid.
    const sides = ['home', 'away'] as const;
    const plan = fc.record({
      halfLength: fc.integer({ min: 20, max: 45 }),
      extraTime: fc.boolean(),
      formations: fc.tuple(...sides.map(() => fc.constantFrom('4-4-2', '4-2-3-1', '3-4-3', '3-4-1-2', '2-3-1', '3-2-1'))),
      subs: fc.array(fc.record({ side: fc.constantFrom(...sides), at: fc.nat(), pick: fc.nat() }), { maxLength: 8 }),
      goals: fc.array(fc.record({ side: fc.constantFrom(...sides), at: fc.nat(), pick: fc.nat(), own: fc.boolean() }), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(plan, ({ halfLength, extraTime, formations, subs, goals }) => {
        const last = lastMinute(extraTime, halfLength);
        const lineups: Record<string, { formation: string; starting: { name: string }[]; bench: { name: string }[] }> = {};
        /** Minute each player came on (0 for starters) and went off, per side. */
        const onAt = new Map<string, number>();
        const offAt = new Map<string, number>();
        const events: Record<string, unknown>[] = [];
        sides.forEach((side, s) => {
          const formation = formations[s] as string;
          const size = 1 + formation.split('-').reduce((a, b) => a + Number(b), 0);
          const starting = Array.from({ length: size }, (_, i) => ({ name: `${side} starter ${i + 1}` }));
          const bench = Array.from({ length: 5 }, (_, i) => ({ name: `${side} sub ${i + 1}` }));
          lineups[side] = { formation, starting, bench };
          for (const p of starting) onAt.set(p.name, 0);
          const own = subs.filter((sub) => sub.side === side).map((sub) => ({ ...sub, minute: 1 + (sub.at % (last - 1)) }));
          own.sort((a, b) => a.minute - b.minute);
          own.forEach((sub, k) => {
            const coming = bench[k];
            const eligible = [...onAt.keys()].filter((n) => n.startsWith(side) && (onAt.get(n) ?? Infinity) < sub.minute && !offAt.has(n));
            if (!coming || eligible.length === 0) return;
            const going = eligible[sub.pick % eligible.length] as string;
            offAt.set(going, sub.minute);
            onAt.set(coming.name, sub.minute);
            events.push({ minute: sub.minute, type: 'sub', team: side, in: coming.name, out: going });
          });
        });
        const count = { home: 0, away: 0 };
        for (const goal of goals) {
          const minute = 1 + (goal.at % last);
          const onPitch = [...onAt.keys()].filter(
            (n) => n.startsWith(goal.side) && (onAt.get(n) ?? Infinity) <= minute && (offAt.get(n) ?? Infinity) > minute,
          );
          const player = onPitch[goal.pick % onPitch.length] as string;
          count[goal.own ? (goal.side === 'home' ? 'away' : 'home') : goal.side]++;
          events.push({ minute, type: goal.own ? 'own-goal' : 'goal', team: goal.side, player });
        }
        const data = {
          title: 'Generated',
          date: '2024-03-02',
          match: {
            competition: 'Cup',
            kickoff: '2024-03-01',
            home: { name: 'Northbridge FC' },
            away: { name: 'Eastport United' },
            score: `${count.home}-${count.away}`,
            extraTime,
            halfLength,
            lineups,
          },
          events,
        };
        const content = asFile(data, 'Body.');
        expect(checkContract(content)).toBe(true);
        const result = readRecap('content/recaps/prop.md', 'prop', content);
        if (!result.ok) return;
        const played = appearances(result.recap.match);
        for (const side of sides) {
          // Every substitution hands the rest of the match from one player to another: the minutes add up to the starters' share.
          const total = played[side].reduce((sum, a) => sum + a.minutes, 0);
          expect(total).toBe((lineups[side]?.starting.length ?? 0) * last);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('handles any YAML value as the whole frontmatter', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3 }), (data) => {
        checkContract(asFile(data, ''));
      }),
      { numRuns: RUNS },
    );
  });
});

const samples = [
  readFileSync(new URL('../fixtures/site/recaps/dallas-miami-leagues-cup-2023.md', import.meta.url), 'utf8'),
  recapFile({
    match: { score: '2-2', halftime: '1-0', extraTime: 'true', penalties: '4-3', home: '{ name: Northbridge FC, color: "#1D4ED8" }' },
    events: [
      '{ minute: 12, type: goal, team: home, player: Ana Lopes, assist: Bea Costa, how: header }',
      '{ minute: "45+1", type: yellow, team: away, player: Ivo Petrov }',
      '{ minute: 60, type: sub, team: home, in: Dana Ruiz, out: Ana Lopes }',
      '{ minute: 88, type: own-goal, team: home, player: Bea Costa }',
      '{ minute: "105+1", type: goal, team: away, player: Kofi Mensah }',
      '{ minute: 118, type: goal, team: home, player: Dana Ruiz, how: penalty }',
    ],
    shootout: ['S', 'S', 'S', 'M', 'S', 'S', 'V', 'S', 'S', 'M'].map(
      (r, i) => `{ team: ${i % 2 ? 'away' : 'home'}, result: ${r === 'S' ? 'scored' : r === 'M' ? 'missed' : 'saved'} }`,
    ),
  }),
  recapFile({
    top: ['title: Sevens', 'date: 2024-03-02', 'lang: en'],
    match: {
      score: '1-1',
      halfLength: '25',
      playerOfTheMatch: 'Ana Lopes',
      stats: '{ possession: 55-45, shots: 6-4, shotsOnTarget: 3-2, xg: 0.9-0.71 }',
      lineups: [
        '',
        '    home:',
        '      formation: 2-3-1',
        '      starting:',
        ...['Gus Keller', 'Ana Lopes', 'Bea Costa', 'Dana Ruiz', 'Eli Moss', 'Fay Hart', 'Ivo Petrov'].map(
          (n, i) => `        - { name: ${n}, number: ${i + 1}${i === 0 ? ', position: GK' : ''} }`,
        ),
        '      bench: [{ name: Kofi Mensah, number: 12 }]',
        '    away:',
        '      starting: [' +
          ['Olu Ade', 'Pia Sand', 'Quinn Roe', 'Rui Dias', 'Sol Vega', 'Tom Ash', 'Uma Noor'].map((n) => `{ name: ${n} }`).join(', ') +
          ']',
        '      formation: 3-2-1',
      ].join('\n'),
    },
    events: [
      '{ minute: 12, type: yellow, team: home, player: Kofi Mensah }',
      '{ minute: "25+1", type: goal, team: away, player: Uma Noor, assist: Tom Ash }',
      '{ minute: 30, type: sub, team: home, in: Kofi Mensah, out: Ivo Petrov }',
      '{ minute: 41, type: goal, team: home, player: Kofi Mensah, assist: Ana Lopes }',
    ],
  }),
];

/** One edit of a text: drop, duplicate or swap lines, splice in random text, or cut it short. */
const textMutation = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(),
    remove: fc.nat(12),
    insert: fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(': ', '"', '#', '\t', '\n', '- ', '{', '}', '[', '---', '\r\n', '&a', '*a', '!!binary '),
    ),
  }),
  fc.record({
    kind: fc.constant('alter' as const),
    at: fc.nat(),
    value: fc.oneof(fc.string({ maxLength: 10 }), fc.integer().map(String), fc.constantFrom('null', '[]', '{}', 'true', '"90+3"', '-1')),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: TextMutation): string {
  const lines = text.split('\n');
  const i = m.at % lines.length;
  switch (m.kind) {
    case 'drop':
      return lines.filter((_, k) => k !== i).join('\n');
    case 'duplicate':
      return [...lines.slice(0, i + 1), lines[i] ?? '', ...lines.slice(i + 1)].join('\n');
    case 'swap': {
      const j = m.with % lines.length;
      const copy = [...lines];
      [copy[i], copy[j]] = [copy[j] ?? '', copy[i] ?? ''];
      return copy.join('\n');
    }
    case 'splice': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.insert + text.slice(at + m.remove);
    }
    case 'alter': {
      // Replace the value after the first `: ` on a line, keeping the key: a wrong value for a real field.
      const line = lines[i] ?? '';
      const colon = line.indexOf(': ');
      if (colon === -1) return text;
      lines[i] = `${line.slice(0, colon + 2)}${m.value}`;
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
  }
}

describe('readRecap on mutated valid recaps', () => {
  it('the samples are valid to start with', () => {
    for (const sample of samples) expect(checkContract(sample)).toBe(true);
  });

  it('drop, duplicate, swap, alter and splice: valid or positioned diagnostics, never a throw', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.array(textMutation, { minLength: 1, maxLength: 3 }), (sample, mutations) => {
        checkContract(mutations.reduce(mutate, sample));
      }),
      { numRuns: RUNS },
    );
  });

  it('the same with CRLF line ends', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samples), textMutation, (sample, m) => {
        checkContract(mutate(sample, m).replace(/\r?\n/g, '\r\n'));
      }),
      { numRuns: 100 },
    );
  });

  it('byte corruption: valid, or positioned diagnostics (an encoding error among them when the bytes are not UTF-8)', () => {
    const encoded = samples.map((s) => new TextEncoder().encode(s));
    fc.assert(
      fc.property(
        fc.constantFrom(...encoded),
        fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 4 }),
        (bytes, edits) => {
          const copy = new Uint8Array(bytes);
          for (const { at, byte } of edits) copy[at % copy.length] = byte;
          const decodable = (() => {
            try {
              new TextDecoder('utf-8', { fatal: true }).decode(copy);
              return true;
            } catch {
              return false;
            }
          })();
          const result = readRecap('content/recaps/prop.md', 'prop', copy);
          if (!decodable) expect(result.ok ? [] : result.diagnostics.map((d) => d.rule)).toEqual(['encoding']);
          checkContract(copy);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
