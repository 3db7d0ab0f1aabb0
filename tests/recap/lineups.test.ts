/** Line-ups, player of the match and match stats: the schema, the rules tying them to the events, the model. */
import { describe, expect, it } from 'vitest';
import { collection, recapFile, report, valid } from './helpers.ts';
import { formatReport } from '../../src/recap/diagnostics.ts';

/** A line-up in block YAML under `match.lineups.<side>`; players are `Name` or `Name #7`. */
function side(name: 'home' | 'away', fields: { formation?: string; coach?: string; starting: string[]; bench?: string[] }): string {
  const player = (p: string) => {
    const [, n, number] = /^(.*?)(?: #(\d+))?$/.exec(p) ?? [];
    return `        - { name: ${n}${number ? `, number: ${number}` : ''} }`;
  };
  return [
    `    ${name}:`,
    ...(fields.formation ? [`      formation: ${fields.formation}`] : []),
    ...(fields.coach ? [`      coach: ${fields.coach}`] : []),
    '      starting:',
    ...fields.starting.map(player),
    ...(fields.bench ? ['      bench:', ...fields.bench.map(player)] : []),
  ].join('\n');
}

const HOME = ['Gus Keller', 'Ana Lopes', 'Bea Costa', 'Dana Ruiz', 'Eli Moss', 'Fay Hart', 'Ivo Petrov'];
const HOME_BENCH = ['Kofi Mensah', 'Lia Berg'];
const AWAY = ['Olu Ade', 'Pia Sand', 'Quinn Roe', 'Rui Dias', 'Sol Vega', 'Tom Ash', 'Uma Noor'];

/** A seven-a-side match (2-3-1) with both line-ups; `home`/`away` replace a side's fields. */
function sevens(
  options: {
    events?: string[];
    shootout?: string[];
    score?: string;
    home?: Parameters<typeof side>[1];
    away?: Parameters<typeof side>[1] | null;
    match?: Record<string, string>;
  } = {},
): string {
  const home = options.home ?? { formation: '2-3-1', starting: HOME, bench: HOME_BENCH };
  const away = options.away === null ? undefined : (options.away ?? { formation: '2-3-1', starting: AWAY });
  return recapFile({
    match: {
      score: options.score ?? '0-0',
      halfLength: '25',
      ...options.match,
      lineups: `\n${side('home', home)}${away ? `\n${side('away', away)}` : ''}`,
    },
    ...(options.events ? { events: options.events } : {}),
    ...(options.shootout ? { shootout: options.shootout } : {}),
  });
}

describe('a valid recap with line-ups, stats and a player of the match', () => {
  const recap = valid(
    sevens({
      score: '1-1',
      home: { formation: '2-3-1', coach: 'Mo Reyes', starting: HOME.map((p, i) => `${p} #${i + 1}`), bench: ['Kofi Mensah #12'] },
      match: {
        playerOfTheMatch: 'ana lopes',
        stats: '{ possession: 58-42, shots: 9-4, shotsOnTarget: 5-2, corners: 3-1, fouls: 6-8, offsides: 0-2, saves: 1-4, xg: 1.4-0.62 }',
      },
      events: [
        '{ minute: 12, type: yellow, team: home, player: Kofi Mensah, note: Booked on the bench }',
        '{ minute: 30, type: sub, team: home, in: Kofi Mensah, out: Ivo Petrov }',
        '{ minute: "25+1", type: goal, team: away, player: Uma Noor, assist: Tom Ash }',
        '{ minute: 41, type: goal, team: home, player: Kofi Mensah, assist: Ana Lopes }',
        '{ minute: 44, type: red, team: away, player: Sol Vega }',
      ],
    }),
  );

  it('normalises the line-ups, with the formation as numbers', () => {
    expect(recap.match.lineups?.home).toEqual({
      formation: [2, 3, 1],
      coach: 'Mo Reyes',
      starting: HOME.map((name, i) => ({ name, number: i + 1 })),
      bench: [{ name: 'Kofi Mensah', number: 12 }],
    });
    expect(recap.match.lineups?.away?.starting.map((p) => p.name)).toEqual(AWAY);
    expect(recap.match.lineups?.away?.bench).toEqual([]);
  });

  it('keeps the stats as pairs, home first, xG with its decimals', () => {
    expect(recap.match.stats).toEqual({
      possession: { home: 58, away: 42 },
      shots: { home: 9, away: 4 },
      shotsOnTarget: { home: 5, away: 2 },
      corners: { home: 3, away: 1 },
      fouls: { home: 6, away: 8 },
      offsides: { home: 0, away: 2 },
      saves: { home: 1, away: 4 },
      xg: { home: 1.4, away: 0.62 },
    });
  });

  it('keeps the player of the match as written, and the half length', () => {
    expect(recap.match.playerOfTheMatch).toBe('ana lopes');
    expect(recap.match.halfLength).toBe(25);
  });

  it('leaves the new fields out when they are not given', () => {
    const plain = valid(recapFile());
    expect([plain.match.lineups, plain.match.stats, plain.match.playerOfTheMatch, plain.match.halfLength]).toEqual([
      undefined,
      undefined,
      undefined,
      45,
    ]);
  });
});

describe('starters', () => {
  it('needs 11 without a formation', () => {
    expect(report(sevens({ home: { starting: HOME }, away: null }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:13:7  match.lineups.home.starting  error: found 7 players in \`starting\`, expected 11 (or one more than the \`formation\` adds up to, when one is given)
       13 |       starting:
          |       ^^^^^^^^
          = hint: list every starter, goalkeeper first; a small-sided match gives its \`formation\`, like 2-3-1 (see "Recap format" in README.md)

      1 error, 0 warnings"
    `);
  });

  it('needs one more than the formation adds up to', () => {
    expect(report(sevens({ home: { formation: '3-3-1', starting: HOME }, away: null }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:14:7  match.lineups.home.starting  error: found 7 players in \`starting\`, expected 8: a goalkeeper and the 7 outfield players of 3-3-1
       14 |       starting:
          |       ^^^^^^^^
          = hint: list one starter per place of the formation, goalkeeper first, or correct \`formation\`

      1 error, 0 warnings"
    `);
  });
});

describe('names and numbers are unique in a line-up', () => {
  it('refuses a player listed twice and a shirt number used twice, pointing at the second', () => {
    const starting = ['Gus Keller #1', 'Ana Lopes #2', 'Bea Costa #3', 'Dana Ruiz #4', 'Eli Moss #5', 'Fay Hart #6', 'Ivo Petrov #7'];
    expect(report(sevens({ home: { formation: '2-3-1', starting, bench: ['ANA  LOPES #12', 'Kofi Mensah #7'] }, away: null })))
      .toMatchInlineSnapshot(`
        "content/recaps/test-match.md:23:19  match.lineups.home.bench[0].name  error: found ANA  LOPES twice in the home line-up (also at starting[1]), expected each player once
         23 |         - { name: ANA  LOPES, number: 12 }
            |                   ^^^^^^^^^^
            = hint: a player is listed once, under \`starting\` or under \`bench\`

        content/recaps/test-match.md:24:40  match.lineups.home.bench[1].number  error: found number 7 twice in the home line-up (also Ivo Petrov at starting[6]), expected each shirt number once
         24 |         - { name: Kofi Mensah, number: 7 }
            |                                        ^
            = hint: check the shirt numbers of both players

        2 errors, 0 warnings"
      `);
  });
});

describe('substitutions against the line-up', () => {
  it('accepts a substitute coming on for a starter, and one coming on for a substitute who came on earlier', () => {
    const events = [
      '{ minute: 20, type: sub, team: home, in: Kofi Mensah, out: Ivo Petrov }',
      '{ minute: 40, type: sub, team: home, in: Lia Berg, out: Kofi Mensah }',
    ];
    expect(report(sevens({ events }))).toBe('ok');
  });

  it('refuses taking off a substitute before they came on (the departed-player rule then flags the later substitution too), or one who never does', () => {
    const events = [
      '{ minute: 20, type: sub, team: home, in: Lia Berg, out: Kofi Mensah }',
      '{ minute: 30, type: sub, team: home, in: Kofi Mensah, out: Ivo Petrov }',
    ];
    expect(report(sevens({ events }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:36:61  events[0].out  error: found Kofi Mensah going off at 20', expected a player on the pitch: Kofi Mensah is a substitute who comes on at 30' (events[1])
       36 |   - { minute: 20, type: sub, team: home, in: Lia Berg, out: Kofi Mensah }
          |                                                             ^^^^^^^^^^^
          = hint: check the minutes of both substitutions, or the player named

      content/recaps/test-match.md:37:46  events[1].in  error: found Kofi Mensah at 30', expected no event: Kofi Mensah was substituted off at 20' (events[0])
       37 |   - { minute: 30, type: sub, team: home, in: Kofi Mensah, out: Ivo Petrov }
          |                                              ^^^^^^^^^^^
          = hint: check the minute of both events, or the player named

      2 errors, 0 warnings"
    `);
    expect(report(sevens({ events: ['{ minute: 20, type: sub, team: home, in: Lia Berg, out: Kofi Mensah }'] }))).toContain(
      'Kofi Mensah is a substitute who never comes on',
    );
  });

  it('refuses bringing on a starter, a player not on the bench, and a substitute twice', () => {
    const events = [
      '{ minute: 10, type: sub, team: home, in: Ana Lopes, out: Ivo Petrov }',
      '{ minute: 15, type: sub, team: home, in: Kofi Mensa, out: Fay Hart }',
      '{ minute: 20, type: sub, team: home, in: Lia Berg, out: Eli Moss }',
      '{ minute: 30, type: sub, team: home, in: Lia Berg, out: Dana Ruiz }',
    ];
    expect(report(sevens({ events }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:36:46  events[0].in  error: found Ana Lopes coming on at 10', expected a substitute who has not played yet: Ana Lopes is in the starting line-up
       36 |   - { minute: 10, type: sub, team: home, in: Ana Lopes, out: Ivo Petrov }
          |                                              ^^^^^^^^^
          = hint: the player coming on is \`in\`, the one going off is \`out\`

      content/recaps/test-match.md:37:46  events[1].in  error: found Kofi Mensa coming on at 15', expected a player on the bench of Northbridge FC (home): Kofi Mensa is not listed under \`bench\`
       37 |   - { minute: 15, type: sub, team: home, in: Kofi Mensa, out: Fay Hart }
          |                                              ^^^^^^^^^^
          = hint: did you mean \`Kofi Mensah\`?

      content/recaps/test-match.md:39:46  events[3].in  error: found Lia Berg coming on at 30', expected a substitute who has not played yet: Lia Berg already came on at 20' (events[2])
       39 |   - { minute: 30, type: sub, team: home, in: Lia Berg, out: Dana Ruiz }
          |                                              ^^^^^^^^
          = hint: each substitute comes on once; check the player named

      3 errors, 0 warnings"
    `);
  });

  it('refuses taking off a player the line-up does not list', () => {
    expect(report(sevens({ events: ['{ minute: 10, type: sub, team: away, in: Kofi Mensah, out: Vic Gale }'] }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:36:46  events[0].in  error: found Kofi Mensah coming on at 10', expected a player on the bench of Eastport United (away): Kofi Mensah is not listed under \`bench\`
       36 |   - { minute: 10, type: sub, team: away, in: Kofi Mensah, out: Vic Gale }
          |                                              ^^^^^^^^^^^
          = hint: add Kofi Mensah to \`match.lineups.away.bench\`, or check the spelling

      content/recaps/test-match.md:36:64  events[0].out  error: found Vic Gale going off at 10', expected a player in the line-up of Eastport United (away): Vic Gale is not listed under \`starting\` or \`bench\`
       36 |   - { minute: 10, type: sub, team: away, in: Kofi Mensah, out: Vic Gale }
          |                                                                ^^^^^^^^
          = hint: add Vic Gale to \`match.lineups.away.starting\` or \`bench\`, or check the spelling

      2 errors, 0 warnings"
    `);
  });

  it('leaves a player who already went off to the departed-player rule (one error, not two)', () => {
    const events = [
      '{ minute: 10, type: sub, team: home, in: Kofi Mensah, out: Ivo Petrov }',
      '{ minute: 20, type: sub, team: home, in: Lia Berg, out: Ivo Petrov }',
    ];
    expect(
      report(sevens({ events }))
        .split('\n')
        .filter((l) => l.includes('error:')),
    ).toEqual([
      "content/recaps/test-match.md:37:61  events[1].out  error: found Ivo Petrov at 20', expected no event: Ivo Petrov was substituted off at 10' (events[0])",
    ]);
  });

  it('checks nothing for a side without a line-up', () => {
    expect(report(sevens({ away: null, events: ['{ minute: 10, type: sub, team: away, in: Nobody Listed, out: Vic Gale }'] }))).toBe('ok');
  });
});

describe('players named in events are in the line-up, and on the pitch when they score', () => {
  it('refuses a player or an assist the line-up does not list, with a suggestion for a typo', () => {
    const events = [
      '{ minute: 5, type: yellow, team: home, player: Bea Costta }',
      '{ minute: 8, type: goal, team: away, player: Uma Noor, assist: Zed Quill }',
    ];
    expect(report(sevens({ score: '0-1', events }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:36:52  events[0].player  error: found Bea Costta, expected a player in the line-up of Northbridge FC (home): Bea Costta is not listed under \`starting\` or \`bench\`
       36 |   - { minute: 5, type: yellow, team: home, player: Bea Costta }
          |                                                    ^^^^^^^^^^
          = hint: did you mean \`Bea Costa\`?

      content/recaps/test-match.md:37:68  events[1].assist  error: found Zed Quill, expected a player in the line-up of Eastport United (away): Zed Quill is not listed under \`starting\` or \`bench\`
       37 |   - { minute: 8, type: goal, team: away, player: Uma Noor, assist: Zed Quill }
          |                                                                    ^^^^^^^^^
          = hint: add Zed Quill to \`match.lineups.away.starting\` or \`bench\`, or check the spelling

      2 errors, 0 warnings"
    `);
  });

  it('lets a substitute on the bench be booked, but not score, assist or score an own goal before coming on', () => {
    const events = [
      '{ minute: 5, type: yellow, team: home, player: Lia Berg }',
      '{ minute: 10, type: goal, team: home, player: Kofi Mensah, assist: Lia Berg }',
      '{ minute: 20, type: own-goal, team: home, player: Lia Berg }',
      '{ minute: 30, type: sub, team: home, in: Kofi Mensah, out: Ivo Petrov }',
    ];
    expect(report(sevens({ score: '1-1', events }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:37:51  events[1].player  error: found Kofi Mensah scoring at 10', expected a player on the pitch: Kofi Mensah is a substitute who comes on at 30' (events[3])
       37 |   - { minute: 10, type: goal, team: home, player: Kofi Mensah, assist: Lia Berg }
          |                                                   ^^^^^^^^^^^
          = hint: only players on the pitch score, assist or take kicks (a substitute on the bench may be booked); add the substitution or check its minute

      content/recaps/test-match.md:37:72  events[1].assist  error: found Lia Berg assisting at 10', expected a player on the pitch: Lia Berg is a substitute who never comes on
       37 |   - { minute: 10, type: goal, team: home, player: Kofi Mensah, assist: Lia Berg }
          |                                                                        ^^^^^^^^
          = hint: only players on the pitch score, assist or take kicks (a substitute on the bench may be booked); add the substitution or check its minute

      content/recaps/test-match.md:38:55  events[2].player  error: found Lia Berg scoring an own goal at 20', expected a player on the pitch: Lia Berg is a substitute who never comes on
       38 |   - { minute: 20, type: own-goal, team: home, player: Lia Berg }
          |                                                       ^^^^^^^^
          = hint: only players on the pitch score, assist or take kicks (a substitute on the bench may be booked); add the substitution or check its minute

      3 errors, 0 warnings"
    `);
  });

  it('counts a substitute as on the pitch from the minute of the substitution, whichever is listed first', () => {
    const events = [
      '{ minute: 30, type: goal, team: home, player: Kofi Mensah }',
      '{ minute: 30, type: sub, team: home, in: Kofi Mensah, out: Ivo Petrov }',
    ];
    expect(report(sevens({ score: '1-0', events }))).toBe('ok');
  });

  it('checks shootout takers: listed, and on the pitch at the end', () => {
    const shootout = [
      '{ team: home, player: Lia Berg, result: scored }',
      '{ team: away, player: Vic Gale, result: missed }',
      '{ team: home, player: Ana Lopes, result: scored }',
      '{ team: away, player: Olu Ade, result: saved }',
      '{ team: home, player: Bea Costa, result: scored }',
      '{ team: away, player: Pia Sand, result: missed }',
    ];
    expect(report(sevens({ score: '0-0', match: { penalties: '3-0' }, events: [], shootout }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:38:27  shootout[0].player  error: found Lia Berg taking a shootout kick, expected a player on the pitch at the end of the match: Lia Berg is a substitute who never comes on
       38 |   - { team: home, player: Lia Berg, result: scored }
          |                           ^^^^^^^^
          = hint: only players on the pitch at the final whistle take kicks; add the substitution, or check the player named

      content/recaps/test-match.md:39:27  shootout[1].player  error: found Vic Gale taking a shootout kick, expected a player in the line-up of Eastport United (away): Vic Gale is not listed under \`starting\` or \`bench\`
       39 |   - { team: away, player: Vic Gale, result: missed }
          |                           ^^^^^^^^
          = hint: add Vic Gale to \`match.lineups.away.starting\` or \`bench\`, or check the spelling

      2 errors, 0 warnings"
    `);
  });
});

describe('player of the match', () => {
  it('is in one of the line-ups when both are given', () => {
    expect(report(sevens({ match: { playerOfTheMatch: 'Ana Lopez' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:21  match.playerOfTheMatch  error: found Ana Lopez, expected a player in the line-ups: Ana Lopez is in neither the Northbridge FC nor the Eastport United line-up
       11 |   playerOfTheMatch: Ana Lopez
          |                     ^^^^^^^^^
          = hint: did you mean \`Ana Lopes\`?

      1 error, 0 warnings"
    `);
    expect(report(sevens({ match: { playerOfTheMatch: 'Uma Noor' } }))).toBe('ok');
  });

  it('may play for the side without a line-up when only one is given', () => {
    expect(report(sevens({ away: null, match: { playerOfTheMatch: 'Someone Away' } }))).toBe('ok');
  });
});

describe('the shape of line-ups', () => {
  it('refuses a malformed formation, a number out of range, an unknown position and an unknown field', () => {
    const text = recapFile({
      match: {
        lineups: [
          '',
          '    home:',
          '      formation: 4-4-2-',
          '      starting: [{ name: Ana Lopes, number: 100, position: ST, captain: true }]',
        ].join('\n'),
      },
    });
    expect(report(text)).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:12:18  match.lineups.home.formation  error: found "4-4-2-", expected whole numbers 1-6 joined by "-", like "4-4-2" or "2-3-1"
       12 |       formation: 4-4-2-
          |                  ^^^^^^

      content/recaps/test-match.md:13:45  match.lineups.home.starting[0].number  error: found 100, expected a number of at most 99
       13 |       starting: [{ name: Ana Lopes, number: 100, position: ST, captain: true }]
          |                                             ^^^

      content/recaps/test-match.md:13:60  match.lineups.home.starting[0].position  error: found "ST", expected one of GK, DF, MF, FW
       13 |       starting: [{ name: Ana Lopes, number: 100, position: ST, captain: true }]
          |                                                            ^^
          = hint: write FW for ST; a position is the line the player starts in: GK goalkeeper, DF defender, MF midfielder, FW forward

      content/recaps/test-match.md:13:64  match.lineups.home.starting[0].captain  error: found unknown field \`captain\` on a line-up player, expected one of name, number, position
       13 |       starting: [{ name: Ana Lopes, number: 100, position: ST, captain: true }]
          |                                                                ^^^^^^^
          = hint: remove it, or check the spelling against "Recap format" in README.md

      4 errors, 0 warnings"
    `);
  });

  it('refuses a formation written as a number, a side other than home and away, and a missing starting list', () => {
    const text = recapFile({
      match: { lineups: '\n    home: { formation: 442, starting: [] }\n    away: { coach: Mo Reyes }\n    visitors: { bench: [] }' },
    });
    expect(report(text)).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:24  match.lineups.home.formation  error: found 442, expected a formation like "4-4-2": whole numbers 1-6 joined by "-"
       11 |     home: { formation: 442, starting: [] }
          |                        ^^^

      content/recaps/test-match.md:12:5  match.lineups.away.starting  error: \`starting\` is missing, expected a list of entries starting with \`- \`
       12 |     away: { coach: Mo Reyes }
          |     ^^^^
          = hint: add \`starting:\` here

      content/recaps/test-match.md:13:5  match.lineups.visitors  error: found unknown field \`visitors\` under \`match.lineups\`, expected one of home, away
       13 |     visitors: { bench: [] }
          |     ^^^^^^^^
          = hint: remove it, or check the spelling against "Recap format" in README.md

      3 errors, 0 warnings"
    `);
  });

  it('shows how to write a player given as a bare name', () => {
    expect(report(recapFile({ match: { lineups: '\n    home:\n      starting:\n        - Ana Lopes' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:13:11  match.lineups.home.starting[0]  error: found "Ana Lopes", expected a mapping of fields
       13 |         - Ana Lopes
          |           ^^^^^^^^^
          = hint: write each player as a mapping: \`- { name: Ana Lopes }\`, with \`number\` and \`position\` when known

      1 error, 0 warnings"
    `);
  });

  it('explains positions as lines when a role is not one it knows', () => {
    const text = recapFile({ match: { lineups: '\n    away: { starting: [{ name: Ana Lopes, position: Sweeper-keeper }] }' } });
    expect(report(text)).toContain(
      '= hint: a position is the line the player starts in: GK goalkeeper, DF defender, MF midfielder, FW forward',
    );
  });
});

describe('stats', () => {
  const stats = (value: string) => report(recapFile({ match: { stats: value } }));

  it('possession adds up to 100, shots on target are at most the shots', () => {
    expect(stats('{ possession: 45-50, shots: 5-11, shotsOnTarget: 6-5 }')).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:24  match.stats.possession  error: found "45-50", expected two whole percentages that add up to 100 (these add up to 95)
       10 |   stats: { possession: 45-50, shots: 5-11, shotsOnTarget: 6-5 }
          |                        ^^^^^
          = hint: possession is the share of the ball each side had, home first, like "45-55"

      content/recaps/test-match.md:10:59  match.stats.shotsOnTarget  error: found "6-5", expected at most the shots "5-11" for each side (Northbridge FC 6 on target from 5 shots)
       10 |   stats: { possession: 45-50, shots: 5-11, shotsOnTarget: 6-5 }
          |                                                           ^^^
          = hint: \`shots\` counts every shot, on target or not

      2 errors, 0 warnings"
    `);
  });

  it('refuses one number, decimals outside xg, three decimals in xg and an unknown statistic', () => {
    expect(stats('{ corners: 6, fouls: 10.5-8, xg: 1.234-0.5, cards: 2-1 }')).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:21  match.stats.corners  error: found 6, expected whole numbers written HOME-AWAY, like "14-11"
       10 |   stats: { corners: 6, fouls: 10.5-8, xg: 1.234-0.5, cards: 2-1 }
          |                     ^
          = hint: write both numbers with a hyphen, home first: \`corners: 6-4\`

      content/recaps/test-match.md:10:31  match.stats.fouls  error: found "10.5-8", expected whole numbers written HOME-AWAY, like "14-11"
       10 |   stats: { corners: 6, fouls: 10.5-8, xg: 1.234-0.5, cards: 2-1 }
          |                               ^^^^^^

      content/recaps/test-match.md:10:43  match.stats.xg  error: found "1.234-0.5", expected two numbers with up to two decimals written HOME-AWAY, like "1.92-2.31"
       10 |   stats: { corners: 6, fouls: 10.5-8, xg: 1.234-0.5, cards: 2-1 }
          |                                           ^^^^^^^^^

      content/recaps/test-match.md:10:54  match.stats.cards  error: found unknown field \`cards\` under \`match.stats\`, expected one of possession, shots, shotsOnTarget, corners, fouls, offsides, saves, xg
       10 |   stats: { corners: 6, fouls: 10.5-8, xg: 1.234-0.5, cards: 2-1 }
          |                                                      ^^^^^
          = hint: remove it, or check the spelling against "Recap format" in README.md

      4 errors, 0 warnings"
    `);
  });
});

describe('reports of one match agree on the starters', () => {
  it('names the players each file has that the other does not, with both files', () => {
    const other = [...HOME.slice(0, 6), 'Lia Berg'];
    const result = collection({
      'content/recaps/a.md': sevens(),
      'content/recaps/b.md': sevens({ home: { formation: '2-3-1', starting: other, bench: ['Kofi Mensah', 'Ivo Petrov'] } }),
      'content/recaps/c.md': sevens({ away: null, home: { formation: '2-3-1', starting: [...HOME].reverse(), bench: HOME_BENCH } }),
    });
    expect(formatReport(result.diagnostics)).toMatchInlineSnapshot(`
      "content/recaps/b.md:14:7  match.lineups.home.starting  error: found Northbridge FC's starting players differing from content/recaps/a.md for the same match (Lia Berg here but not there; Ivo Petrov there but not here)
       14 |       starting:
          |       ^^^^^^^^
          = hint: reports of the same match (Northbridge FC v Eastport United, 2024-03-01) must agree; correct whichever file is wrong

      1 error, 0 warnings"
    `);
  });
});
