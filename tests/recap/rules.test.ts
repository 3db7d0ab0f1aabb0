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
      "content/recaps/test-match.md:10:14  match.penalties  error: found penalties "4-3" after a 2-1 score, expected no shootout: penalties only follow a drawn score
       10 |   penalties: 4-3
          |              ^^^
          = hint: remove \`penalties\`, or correct \`score\` to the drawn result

      1 error, 0 warnings"
    `);
    expect(report(recapFile({ match: { score: '2-1' }, shootout: kicks('home', 'SMSMSM') }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:1  shootout  error: found shootout kicks after a 2-1 score, expected no shootout: penalties only follow a drawn score
       10 | shootout:
          | ^^^^^^^^
          = hint: remove \`shootout\`, or correct \`score\` to the drawn result

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

      content/recaps/test-match.md:11:14  match.penalties  error: found penalties "3-1" after a 1-0 score, expected no shootout: penalties only follow a drawn score
       11 |   penalties: 3-1
          |              ^^^
          = hint: remove \`penalties\`, or correct \`score\` to the drawn result

      content/recaps/test-match.md:15:51  events[2].player  error: found Ana Lopes at 30', expected no event: Ana Lopes was sent off at 20' (events[1])
       15 |   - { minute: 30, type: goal, team: home, player: Ana Lopes }
          |                                                   ^^^^^^^^^
          = hint: check the minute of both events, or the player named

      4 errors, 0 warnings"
    `);
  });
});
