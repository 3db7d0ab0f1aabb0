import { describe, expect, it } from 'vitest';
import { recapFile, report } from './helpers.ts';

const goal = (minute: string | number, team: 'home' | 'away', player: string) =>
  `{ minute: ${minute}, type: goal, team: ${team}, player: ${player} }`;
const ownGoal = (minute: string | number, team: 'home' | 'away', player: string) =>
  `{ minute: ${minute}, type: own-goal, team: ${team}, player: ${player} }`;

/** Shootout kick lines: `results` holds one letter per kick (S scored, M missed, V saved), sides alternating from `first`. */
function kicks(first: 'home' | 'away', results: string): string[] {
  const second = first === 'home' ? 'away' : 'home';
  const word = { S: 'scored', M: 'missed', V: 'saved' } as const;
  return [...results].map((r, i) => `{ team: ${i % 2 === 0 ? first : second}, result: ${word[r as keyof typeof word]} }`);
}

describe('score and halftime against the events', () => {
  it('counts goals plus the other side’s own goals', () => {
    const events = [
      goal(10, 'home', 'Ana Lopes'),
      ownGoal(30, 'home', 'Bea Costa'),
      ownGoal('45+1', 'away', 'Kofi Mensah'),
      goal(80, 'away', 'Ivo Petrov'),
    ];
    expect(report(recapFile({ match: { score: '2-2', halftime: '2-1' }, events }))).toBe('ok');
  });

  it('refuses a score the events do not add up to, with the count per team', () => {
    const events = [goal(10, 'home', 'Ana Lopes'), ownGoal(30, 'home', 'Bea Costa'), goal(80, 'away', 'Ivo Petrov')];
    expect(report(recapFile({ match: { score: '2-1' }, events }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:9:10  match.score  error: found "2-1", expected "1-2" as the events count it (Northbridge FC 1 goal; Eastport United 1 goal + 1 own goal by Northbridge FC)
       9 |   score: 2-1
         |          ^^^
         = hint: add the missing goals to \`events\`, or correct \`score\`; an own goal counts for the other side

      1 error, 0 warnings"
    `);
  });

  it('refuses goals when the score says nothing happened', () => {
    expect(report(recapFile({ match: { score: '0-0' }, events: [goal(10, 'home', 'Ana Lopes')] }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:9:10  match.score  error: found "0-0", expected "1-0" as the events count it (Northbridge FC 1 goal; Eastport United 0 goals)
       9 |   score: 0-0
         |          ^^^
         = hint: add the missing goals to \`events\`, or correct \`score\`; an own goal counts for the other side

      1 error, 0 warnings"
    `);
  });

  it('an empty event list is a goalless match; an absent one is not checked', () => {
    expect(report(recapFile({ match: { score: '1-0' }, events: [] }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:9:10  match.score  error: found "1-0", expected "0-0" as the events count it (Northbridge FC 0 goals; Eastport United 0 goals)
       9 |   score: 1-0
         |          ^^^
         = hint: add the missing goals to \`events\`, or correct \`score\`; an own goal counts for the other side

      1 error, 0 warnings"
    `);
    expect(report(recapFile({ match: { score: '3-2' } }))).toBe('ok');
  });

  it('refuses a halftime score that differs from the first-half events (45+N counts as first half)', () => {
    const events = [goal(12, 'home', 'Ana Lopes'), goal('45+2', 'away', 'Ivo Petrov'), goal(46, 'home', 'Dana Ruiz')];
    expect(report(recapFile({ match: { score: '2-1', halftime: '1-1' }, events }))).toBe('ok');
    expect(report(recapFile({ match: { score: '2-1', halftime: '1-0' }, events }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:13  match.halftime  error: found "1-0", expected "1-1" as the first-half events count it (Northbridge FC 1 goal; Eastport United 1 goal)
       10 |   halftime: 1-0
          |             ^^^
          = hint: first-half goals are those at minutes 1-45 and 45+N

      1 error, 0 warnings"
    `);
  });

  it('refuses a halftime score above the full-time score when there are no events', () => {
    expect(report(recapFile({ match: { score: '1-1', halftime: '0-2' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:13  match.halftime  error: found "0-2", expected no more goals for either team than the full-time score "1-1"
       10 |   halftime: 0-2
          |             ^^^
          = hint: goals are never taken away: each team has at least as many at full time as at half-time

      1 error, 0 warnings"
    `);
  });
});

describe('penalties', () => {
  it('need a drawn score', () => {
    expect(report(recapFile({ match: { score: '2-1', penalties: '4-3' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:14  match.penalties  error: found penalties "4-3" after a 2-1 score, expected no shootout: penalties follow a drawn score, or end the second leg of a tie level on aggregate
       10 |   penalties: 4-3
          |              ^^^
          = hint: remove \`penalties\`, correct \`score\` to the drawn result, or add \`leg: 2\` under \`match\` for the second leg of a two-legged tie (see "Recap format" in README.md)

      1 error, 0 warnings"
    `);
    expect(report(recapFile({ match: { score: '2-1' }, shootout: kicks('home', 'SMSMSM') }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:1  shootout  error: found shootout kicks after a 2-1 score, expected no shootout: penalties follow a drawn score, or end the second leg of a tie level on aggregate
       10 | shootout:
          | ^^^^^^^^
          = hint: remove \`shootout\`, correct \`score\` to the drawn result, or add \`leg: 2\` under \`match\` for the second leg of a two-legged tie (see "Recap format" in README.md)

      1 error, 0 warnings"
    `);
  });

  it('need a winner', () => {
    expect(report(recapFile({ match: { score: '1-1', penalties: '4-4' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:14  match.penalties  error: found a level shootout "4-4", expected one side to win it
       10 |   penalties: 4-4
          |              ^^^

      1 error, 0 warnings"
    `);
  });

  it('must be a score a shootout can end on', () => {
    expect(report(recapFile({ match: { score: '1-1', penalties: '5-0' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:14  match.penalties  error: found "5-0", expected a score a shootout can end on: it stops as soon as one side can no longer be caught, and after five rounds each it is won by one goal
       10 |   penalties: 5-0
          |              ^^^
          = hint: check both numbers; kicks after the decisive one are never taken, so they are not counted

      1 error, 0 warnings"
    `);
    expect(report(recapFile({ match: { score: '1-1', penalties: '8-6' } }))).toContain('match.penalties  error: found "8-6"');
    for (const ok of ['3-0', '4-2', '5-3', '5-4', '11-10', '0-1', '2-4'])
      expect(report(recapFile({ match: { score: '1-1', penalties: ok } })), ok).toBe('ok');
  });

  it('equal the scored kicks when both are given, or come from the kicks alone', () => {
    expect(report(recapFile({ match: { score: '1-1', penalties: '4-2' }, shootout: kicks('home', 'SSSSSMSM') }))).toBe('ok');
    expect(report(recapFile({ match: { score: '1-1' }, shootout: kicks('home', 'SSSSSMSM') }))).toBe('ok');
    expect(report(recapFile({ match: { score: '1-1', penalties: '4-3' }, shootout: kicks('home', 'SSSSSMSM') }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:14  match.penalties  error: found "4-3", expected "4-2" as the listed shootout kicks count it
       10 |   penalties: 4-3
          |              ^^^
          = hint: correct \`penalties\`, or the \`result\` of the kicks under \`shootout\`

      1 error, 0 warnings"
    `);
  });
});

describe('shootout order and end', () => {
  it('refuses kicks that do not alternate', () => {
    const shootout = ['{ team: home, result: scored }', '{ team: home, result: scored }', '{ team: away, result: missed }'];
    expect(report(recapFile({ match: { score: '0-0' }, shootout }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:12:13  shootout[1].team  error: found "home" taking kick 2, expected "away": the teams alternate, one kick each per round
       12 |   - { team: home, result: scored }
          |             ^^^^
          = hint: list the kicks in the order they were taken

      content/recaps/test-match.md:13:13  shootout[2].team  error: found "away" taking kick 3, expected "home": the teams alternate, one kick each per round
       13 |   - { team: away, result: missed }
          |             ^^^^
          = hint: list the kicks in the order they were taken

      2 errors, 0 warnings"
    `);
  });

  it('refuses kicks after it was decided', () => {
    // 3-0 after three rounds each: the away side cannot catch up in the two rounds left.
    expect(report(recapFile({ match: { score: '0-0', penalties: '4-0' }, shootout: kicks('home', 'SMSMSMS') }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:18:5  shootout[6]  error: found kick 7 after the shootout was decided at 3-0 by kick 6, expected no more kicks
       18 |   - { team: home, result: scored }
          |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
          = hint: a shootout ends as soon as one side can no longer be caught

      1 error, 0 warnings"
    `);
  });

  it('ends as soon as one side cannot be caught, even mid-round', () => {
    // Home leads 4-1 after their fourth kick; away, with one kick taken fewer, can reach 3 at most.
    expect(report(recapFile({ match: { score: '0-0', penalties: '4-1' }, shootout: kicks('home', 'SSSMSMS') }))).toBe('ok');
    expect(report(recapFile({ match: { score: '0-0', penalties: '4-2' }, shootout: kicks('home', 'SSSMSMSS') }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:19:5  shootout[7]  error: found kick 8 after the shootout was decided at 4-1 by kick 7, expected no more kicks
       19 |   - { team: away, result: scored }
          |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
          = hint: a shootout ends as soon as one side can no longer be caught

      1 error, 0 warnings"
    `);
  });

  it('refuses a shootout that stops while still open', () => {
    expect(report(recapFile({ match: { score: '0-0' }, shootout: kicks('away', 'SSSS') }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:1  shootout  error: found 4 kicks ending at 2-2 with the winner still open, expected kicks until one side can no longer be caught
       10 | shootout:
          | ^^^^^^^^
          = hint: add the remaining kicks; after five rounds each, kicks go on in pairs until one round is won

      1 error, 0 warnings"
    `);
    expect(report(recapFile({ match: { score: '0-0' }, shootout: kicks('away', 'SSSSSSSSSSS') }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:1  shootout  error: found 11 kicks ending at 5-6 with the winner still open, expected kicks until one side can no longer be caught
       10 | shootout:
          | ^^^^^^^^
          = hint: add the remaining kicks; after five rounds each, kicks go on in pairs until one round is won

      1 error, 0 warnings"
    `);
  });

  it('goes on in pairs after five rounds until one round is won', () => {
    // Level 4-4 after five rounds, level after the sixth, away wins the seventh.
    const shootout = kicks('home', 'SSSSSSMSSM' + 'SS' + 'MS');
    expect(report(recapFile({ match: { score: '2-2', penalties: '5-6' }, shootout }))).toBe('ok');
    expect(report(recapFile({ match: { score: '2-2' }, shootout: [...shootout, ...kicks('home', 'SS')] }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:25:5  shootout[14]  error: found kick 15 after the shootout was decided at 5-6 by kick 14, expected no more kicks
       25 |   - { team: home, result: scored }
          |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
          = hint: a shootout ends as soon as one side can no longer be caught

      1 error, 0 warnings"
    `);
  });

  it('refuses sudden death that stops after only one kick of a round', () => {
    expect(report(recapFile({ match: { score: '2-2' }, shootout: kicks('home', 'SSSSSSSSSS' + 'S') }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:1  shootout  error: found 11 kicks ending at 6-5 with the winner still open, expected kicks until one side can no longer be caught
       10 | shootout:
          | ^^^^^^^^
          = hint: add the remaining kicks; after five rounds each, kicks go on in pairs until one round is won

      1 error, 0 warnings"
    `);
  });
});

describe('players who left the pitch', () => {
  const yellow = (minute: string | number, player: string) => `{ minute: ${minute}, type: yellow, team: home, player: ${player} }`;

  it('have no later events after a red card', () => {
    const events = ['{ minute: 30, type: red, team: home, player: Ana Lopes }', yellow(40, 'Ana Lopes')];
    expect(report(recapFile({ events }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:12:53  events[1].player  error: found Ana Lopes at 40', expected no event: Ana Lopes was sent off at 30' (events[0])
       12 |   - { minute: 40, type: yellow, team: home, player: Ana Lopes }
          |                                                     ^^^^^^^^^
          = hint: check the minute of both events, or the player named

      1 error, 0 warnings"
    `);
  });

  it('have no later events after a second yellow, counting 45+N before 46', () => {
    const events = [
      yellow(60, 'Ana Lopes'),
      '{ minute: "45+3", type: second-yellow, team: home, player: ana lopes }',
      yellow(20, 'Ana Lopes'),
    ];
    expect(report(recapFile({ events }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:53  events[0].player  error: found Ana Lopes at 60', expected no event: Ana Lopes was sent off (second yellow) at 45+3' (events[1])
       11 |   - { minute: 60, type: yellow, team: home, player: Ana Lopes }
          |                                                     ^^^^^^^^^
          = hint: check the minute of both events, or the player named

      1 error, 0 warnings"
    `);
  });

  it('do not score, assist or come back on after being substituted off', () => {
    const events = [
      '{ minute: 60, type: sub, team: home, in: Dana Ruiz, out: Ana Lopes }',
      '{ minute: 75, type: goal, team: home, player: Dana Ruiz, assist: Ana Lopes }',
      '{ minute: 80, type: sub, team: home, in: Ana Lopes, out: Bea Costa }',
    ];
    expect(report(recapFile({ match: { score: '1-0' }, events }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:12:70  events[1].assist  error: found Ana Lopes at 75', expected no event: Ana Lopes was substituted off at 60' (events[0])
       12 |   - { minute: 75, type: goal, team: home, player: Dana Ruiz, assist: Ana Lopes }
          |                                                                      ^^^^^^^^^
          = hint: check the minute of both events, or the player named

      content/recaps/test-match.md:13:46  events[2].in  error: found Ana Lopes at 80', expected no event: Ana Lopes was substituted off at 60' (events[0])
       13 |   - { minute: 80, type: sub, team: home, in: Ana Lopes, out: Bea Costa }
          |                                              ^^^^^^^^^
          = hint: check the minute of both events, or the player named

      2 errors, 0 warnings"
    `);
  });

  it('may have an event in the same minute they leave, and the same name may play for the other side', () => {
    const events = [
      '{ minute: 60, type: goal, team: home, player: Ana Lopes }',
      '{ minute: 60, type: sub, team: home, in: Dana Ruiz, out: Ana Lopes }',
      '{ minute: 70, type: yellow, team: away, player: Ana Lopes }',
    ];
    expect(report(recapFile({ match: { score: '1-0' }, events }))).toBe('ok');
  });

  it('take no shootout kick', () => {
    const events = [
      '{ minute: 88, type: second-yellow, team: away, player: Ivo Petrov }',
      '{ minute: 70, type: sub, team: home, in: Dana Ruiz, out: Ana Lopes }',
    ];
    const shootout = [
      '{ team: home, player: Ana Lopes, result: scored }',
      '{ team: away, player: Ivo Petrov, result: missed }',
      ...kicks('home', 'SMSM'),
    ];
    expect(report(recapFile({ match: { score: '0-0' }, events, shootout }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:14:27  shootout[0].player  error: found Ana Lopes taking a shootout kick, expected a player still on the pitch: Ana Lopes was substituted off at 70' (events[1])
       14 |   - { team: home, player: Ana Lopes, result: scored }
          |                           ^^^^^^^^^

      content/recaps/test-match.md:15:27  shootout[1].player  error: found Ivo Petrov taking a shootout kick, expected a player still on the pitch: Ivo Petrov was sent off (second yellow) at 88' (events[0])
       15 |   - { team: away, player: Ivo Petrov, result: missed }
          |                           ^^^^^^^^^^

      2 errors, 0 warnings"
    `);
  });
});

describe('teams', () => {
  it('home and away are different teams', () => {
    expect(report(recapFile({ match: { away: '{ name: northbridge fc }' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:8:17  match.away.name  error: found "northbridge fc" as both the home and the away team, expected two different teams
       8 |   away: { name: northbridge fc }
         |                 ^^^^^^^^^^^^^^

      1 error, 0 warnings"
    `);
  });
});

describe('all problems of a file in one run', () => {
  it('reports every broken rule, in file order', () => {
    const events = [
      goal(10, 'home', 'Ana Lopes'),
      '{ minute: 20, type: red, team: home, player: Ana Lopes }',
      goal(30, 'home', 'Ana Lopes'),
    ];
    expect(report(recapFile({ match: { score: '1-0', halftime: '0-0', penalties: '3-1' }, events }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:9:10  match.score  error: found "1-0", expected "2-0" as the events count it (Northbridge FC 2 goals; Eastport United 0 goals)
       9 |   score: 1-0
         |          ^^^
         = hint: add the missing goals to \`events\`, or correct \`score\`; an own goal counts for the other side

      content/recaps/test-match.md:10:13  match.halftime  error: found "0-0", expected "2-0" as the first-half events count it (Northbridge FC 2 goals; Eastport United 0 goals)
       10 |   halftime: 0-0
          |             ^^^
          = hint: first-half goals are those at minutes 1-45 and 45+N

      content/recaps/test-match.md:11:14  match.penalties  error: found penalties "3-1" after a 1-0 score, expected no shootout: penalties follow a drawn score, or end the second leg of a tie level on aggregate
       11 |   penalties: 3-1
          |              ^^^
          = hint: remove \`penalties\`, correct \`score\` to the drawn result, or add \`leg: 2\` under \`match\` for the second leg of a two-legged tie (see "Recap format" in README.md)

      content/recaps/test-match.md:15:51  events[2].player  error: found Ana Lopes at 30', expected no event: Ana Lopes was sent off at 20' (events[1])
       15 |   - { minute: 30, type: goal, team: home, player: Ana Lopes }
          |                                                   ^^^^^^^^^
          = hint: check the minute of both events, or the player named

      4 errors, 0 warnings"
    `);
  });
});

describe('two-legged ties: leg and aggregate', () => {
  it('a second leg may go to penalties after a score that is not drawn, with or without its aggregate', () => {
    expect(report(recapFile({ match: { score: '2-1', penalties: '3-2', leg: '2' } }))).toBe('ok');
    expect(report(recapFile({ match: { score: '2-1', penalties: '3-2', leg: '2', aggregate: '2-2' } }))).toBe('ok');
    // Kicks alone: the score is counted from them, and every other shootout rule still holds.
    expect(report(recapFile({ match: { score: '1-0', leg: '2', aggregate: '1-1' }, shootout: kicks('home', 'SSSSSMSM') }))).toBe('ok');
    expect(report(recapFile({ match: { score: '1-0', leg: '2' }, shootout: kicks('home', 'SSSS') }))).toContain(
      'shootout  error: found 4 kicks',
    );
    // A second leg won on aggregate has no shootout, and a drawn aggregate needs none (away goals decided older ties).
    expect(report(recapFile({ match: { score: '3-1', leg: '2', aggregate: '4-3' } }))).toBe('ok');
    expect(report(recapFile({ match: { score: '1-0', leg: '2', aggregate: '2-2' } }))).toBe('ok');
  });

  it('refuses a shootout after a first leg that was not drawn, with a hint for a second leg', () => {
    expect(report(recapFile({ match: { score: '2-1', leg: '1', penalties: '4-3' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:14  match.penalties  error: found penalties "4-3" after a 2-1 score, expected no shootout: penalties follow a drawn score, or end the second leg of a tie level on aggregate
       11 |   penalties: 4-3
          |              ^^^
          = hint: a first leg ends without a shootout: remove \`penalties\`, or write \`leg: 2\` if this was the second leg (see "Recap format" in README.md)

      1 error, 0 warnings"
    `);
  });

  it('refuses kicks after a won match that is not a second leg', () => {
    expect(report(recapFile({ match: { score: '2-1' }, shootout: kicks('home', 'SSSSSMSM') }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:1  shootout  error: found shootout kicks after a 2-1 score, expected no shootout: penalties follow a drawn score, or end the second leg of a tie level on aggregate
       10 | shootout:
          | ^^^^^^^^
          = hint: remove \`shootout\`, correct \`score\` to the drawn result, or add \`leg: 2\` under \`match\` for the second leg of a two-legged tie (see "Recap format" in README.md)

      1 error, 0 warnings"
    `);
  });

  it('refuses an aggregate without leg: 2', () => {
    expect(report(recapFile({ match: { score: '2-1', aggregate: '2-2' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:3  match.aggregate  error: found an aggregate "2-2" without \`leg\`, expected \`leg: 2\`: the aggregate is the tie's score after its second leg
       10 |   aggregate: 2-2
          |   ^^^^^^^^^
          = hint: add \`leg: 2\` under \`match\` for the second leg of a two-legged tie, or remove \`aggregate\` (see "Recap format" in README.md)

      1 error, 0 warnings"
    `);
    expect(report(recapFile({ match: { score: '2-1', leg: '1', aggregate: '3-2' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:3  match.aggregate  error: found an aggregate "3-2" with leg 1, expected \`leg: 2\`: the aggregate is the tie's score after its second leg
       11 |   aggregate: 3-2
          |   ^^^^^^^^^
          = hint: add \`leg: 2\` under \`match\` for the second leg of a two-legged tie, or remove \`aggregate\` (see "Recap format" in README.md)

      1 error, 0 warnings"
    `);
  });

  it('refuses an aggregate that is not level with a shootout', () => {
    expect(report(recapFile({ match: { score: '2-1', leg: '2', aggregate: '3-2', penalties: '4-3' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:14  match.aggregate  error: found an aggregate "3-2" with a penalty shootout, expected a level aggregate: a tie won on aggregate has no shootout
       11 |   aggregate: 3-2
          |              ^^^
          = hint: correct \`aggregate\`, or remove \`penalties\` and \`shootout\` (see "Recap format" in README.md)

      1 error, 0 warnings"
    `);
    expect(report(recapFile({ match: { score: '1-0', leg: '2', aggregate: '3-1' }, shootout: kicks('home', 'SSSSSMSM') }))).toContain(
      'match.aggregate  error: found an aggregate "3-1" with a penalty shootout',
    );
  });

  it('refuses an aggregate with fewer goals than this match', () => {
    expect(report(recapFile({ match: { score: '3-1', leg: '2', aggregate: '2-2' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:14  match.aggregate  error: found an aggregate "2-2", expected at least this match's score "3-1" for each side: the aggregate counts both legs
       11 |   aggregate: 2-2
          |              ^^^
          = hint: write the tie's score after this match, this match's home team first (see "Recap format" in README.md)

      1 error, 0 warnings"
    `);
  });

  it('refuses a leg other than 1 or 2, and an aggregate that is not a score', () => {
    expect(report(recapFile({ match: { score: '2-1', leg: '3' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:8  match.leg  error: found 3, expected one of 1, 2
       10 |   leg: 3
          |        ^
          = hint: write \`leg: 1\` for the first leg of a two-legged tie and \`leg: 2\` for the second (see "Recap format" in README.md)

      1 error, 0 warnings"
    `);
    expect(report(recapFile({ match: { score: '2-1', leg: 'second' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:8  match.leg  error: found "second", expected one of 1, 2
       10 |   leg: second
          |        ^^^^^^
          = hint: write \`leg: 1\` for the first leg of a two-legged tie and \`leg: 2\` for the second (see "Recap format" in README.md)

      1 error, 0 warnings"
    `);
    expect(report(recapFile({ match: { score: '2-1', leg: '2', aggregate: '2–2' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:14  match.aggregate  error: found "2–2", expected a score written HOME-AWAY, like "2-1"
       11 |   aggregate: 2–2
          |              ^^^
          = hint: use a plain hyphen between the two numbers: "2-1"

      1 error, 0 warnings"
    `);
    expect(report(recapFile({ match: { score: '2-1', leg: '2', aggregate: '4' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:14  match.aggregate  error: found 4, expected a score written HOME-AWAY, like "2-2"
       11 |   aggregate: 4
          |              ^
          = hint: write both numbers with a hyphen: \`score: 2-1\`

      1 error, 0 warnings"
    `);
  });
});
