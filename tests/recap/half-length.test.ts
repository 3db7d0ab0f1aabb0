/** `halfLength` moves the ends of the periods: minute ranges, added-time bases, half-time and periods. */
import { describe, expect, it } from 'vitest';
import { lastMinute, minute, parseMinute, periodEnds, periodOf } from '../../src/recap/minute.ts';
import { recapFile, report, valid } from './helpers.ts';

const at = (minuteText: string, match: Record<string, string>) =>
  report(recapFile({ match, events: [`{ minute: ${minuteText}, type: yellow, team: home, player: Ana Lopes }`] }));

describe('period ends', () => {
  it('are H and 2H, then 2H+15 and 2H+30 with extra time', () => {
    expect([periodEnds(false), periodEnds(true), periodEnds(false, 25), periodEnds(true, 25), periodEnds(true, 35)]).toEqual([
      [45, 90],
      [45, 90, 105, 120],
      [25, 50],
      [25, 50, 65, 80],
      [35, 70, 85, 100],
    ]);
    expect([lastMinute(false), lastMinute(true), lastMinute(false, 20), lastMinute(true, 20)]).toEqual([90, 120, 40, 70]);
  });

  it('decide the period of a minute', () => {
    const periods = ['25', '25+3', '26', '50+2', '51', '65+1', '66', '80+4'].map((text) => {
      const [base, added = 0] = text.split('+').map(Number) as [number, number?];
      return periodOf(minute(base, added), 25);
    });
    expect(periods).toEqual([
      'first-half',
      'first-half',
      'second-half',
      'second-half',
      'extra-time-first-half',
      'extra-time-first-half',
      'extra-time-second-half',
      'extra-time-second-half',
    ]);
    expect([periodOf(minute(45, 2)), periodOf(minute(46)), periodOf(minute(105, 1)), periodOf(minute(106))]).toEqual([
      'first-half',
      'second-half',
      'extra-time-first-half',
      'extra-time-second-half',
    ]);
  });

  it('parse added time after H and 2H only', () => {
    expect(parseMinute('25+1', false, 25)).toEqual(minute(25, 1));
    expect(parseMinute('50+4', false, 25)).toEqual(minute(50, 4));
    expect(parseMinute('80+2', true, 25)).toEqual(minute(80, 2));
    expect(parseMinute('45+1', false, 25)).toEqual({
      expected: '"BASE+ADDED" with BASE one of 25, 50 and ADDED 1-30',
      hint: 'added time follows the end of a period: 25, 50',
    });
  });
});

describe('minutes in a recap with short halves', () => {
  it('accepts 1 to 2H, H+N and 2H+N', () => {
    for (const m of ['1', '25', '"25+2"', '50', '"50+3"']) expect(at(m, { halfLength: '25' })).toBe('ok');
  });

  it('refuses a minute past 2H, with the added-time spelling as the hint', () => {
    expect(at('53', { halfLength: '25' })).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:12:15  events[0].minute  error: found 53, expected a whole number from 1 to 50
       12 |   - { minute: 53, type: yellow, team: home, player: Ana Lopes }
          |               ^^
          = hint: write added time as "50+3"; minutes 51-80 need \`extraTime: true\` under \`match\`

      1 error, 0 warnings"
    `);
    expect(at('81', { halfLength: '25', extraTime: 'true' })).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:13:15  events[0].minute  error: found 81, expected a whole number from 1 to 80
       13 |   - { minute: 81, type: yellow, team: home, player: Ana Lopes }
          |               ^^
          = hint: write added time as "80+1"

      1 error, 0 warnings"
    `);
  });

  it('refuses added time after 45 or 90 when the halves are shorter', () => {
    expect(at('"45+1"', { halfLength: '25' })).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:12:15  events[0].minute  error: found "45+1", expected "BASE+ADDED" with BASE one of 25, 50 and ADDED 1-30
       12 |   - { minute: "45+1", type: yellow, team: home, player: Ana Lopes }
          |               ^^^^^^
          = hint: added time follows the end of a period: 25, 50

      1 error, 0 warnings"
    `);
    expect(at('"65+1"', { halfLength: '25' })).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:12:15  events[0].minute  error: found "65+1", expected "BASE+ADDED" with BASE one of 25, 50 and ADDED 1-30
       12 |   - { minute: "65+1", type: yellow, team: home, player: Ana Lopes }
          |               ^^^^^^
          = hint: added time after 65 or 80 needs \`extraTime: true\` under \`match\`

      1 error, 0 warnings"
    `);
  });

  it('measures minutes against the half length also when another field is wrong', () => {
    expect(
      report(
        recapFile({
          match: { halfLength: '30', attendance: '-1' },
          events: ['{ minute: 61, type: yellow, team: home, player: Ana Lopes }'],
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:15  match.attendance  error: found -1, expected a number of at least 0
       11 |   attendance: -1
          |               ^^

      content/recaps/test-match.md:13:15  events[0].minute  error: found 61, expected a whole number from 1 to 60
       13 |   - { minute: 61, type: yellow, team: home, player: Ana Lopes }
          |               ^^
          = hint: write added time as "60+1"; minutes 61-90 need \`extraTime: true\` under \`match\`

      2 errors, 0 warnings"
    `);
  });

  it('refuses a half length outside 20-45, and then says nothing about the minutes', () => {
    expect(report(recapFile({ match: { halfLength: '50' }, events: ['{ minute: 95, type: yellow, team: home, player: Ana Lopes }'] })))
      .toMatchInlineSnapshot(`
        "content/recaps/test-match.md:10:15  match.halfLength  error: found 50, expected a number of at most 45
         10 |   halfLength: 50
            |               ^^

        1 error, 0 warnings"
      `);
    expect(report(recapFile({ match: { halfLength: '"25"' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:15  match.halfLength  error: found "25", expected a whole number of minutes from 20 to 45, like 25
       10 |   halfLength: "25"
          |               ^^^^

      1 error, 0 warnings"
    `);
  });
});

describe('half-time with short halves', () => {
  const events = [
    '{ minute: 20, type: goal, team: home, player: Ana Lopes }',
    '{ minute: "25+1", type: goal, team: away, player: Ivo Petrov }',
    '{ minute: 26, type: goal, team: home, player: Dana Ruiz }',
  ];

  it('counts goals up to H+N as first half', () => {
    const recap = valid(recapFile({ match: { score: '2-1', halfLength: '25' }, events }));
    expect(recap.match.halftime).toEqual({ home: 1, away: 1 });
    expect(recap.match.events.map((e) => `${e.minute.label} ${e.period}`)).toEqual(['20 first-half', '25+1 first-half', '26 second-half']);
  });

  it('checks a written half-time score against them, and says where the half ends', () => {
    expect(report(recapFile({ match: { score: '2-1', halftime: '2-1', halfLength: '25' }, events }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:13  match.halftime  error: found "2-1", expected "1-1" as the first-half events count it (Northbridge FC 1 goal; Eastport United 1 goal)
       10 |   halftime: 2-1
          |             ^^^
          = hint: first-half goals are those at minutes 1-25 and 25+N

      1 error, 0 warnings"
    `);
  });
});
