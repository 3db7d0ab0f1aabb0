import { describe, expect, it } from 'vitest';
import { recapFile, report } from './helpers.ts';

describe('unknown fields', () => {
  it('at the top level, with a suggestion for a typo', () => {
    expect(report(recapFile({ top: ['title: A test match', 'date: 2024-03-02', 'auhtor: Ana'] }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:4:1  auhtor  error: found unknown field \`auhtor\` in the frontmatter, expected one of title, description, date, updated, author, tags, draft, lang, cover, match, events, shootout
       4 | auhtor: Ana
         | ^^^^^^
         = hint: did you mean \`author\`?

      1 error, 0 warnings"
    `);
  });

  it('under match', () => {
    expect(report(recapFile({ match: { stadium: 'Riverside Park' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:3  match.stadium  error: found unknown field \`stadium\` under \`match\`, expected one of competition, season, round, kickoff, venue, attendance, referee, home, away, score, halftime, extraTime, halfLength, penalties, leg, aggregate, playerOfTheMatch, lineups, stats
       10 |   stadium: Riverside Park
          |   ^^^^^^^
          = hint: remove it, or check the spelling against "Recap format" in README.md

      1 error, 0 warnings"
    `);
  });

  it('on a team', () => {
    expect(report(recapFile({ match: { home: '{ name: Northbridge FC, colour: "#1D4ED8" }' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:7:33  match.home.colour  error: found unknown field \`colour\` under \`match.home\`, expected one of name, short, color
       7 |   home: { name: Northbridge FC, colour: "#1D4ED8" }
         |                                 ^^^^^^
         = hint: did you mean \`color\`?

      1 error, 0 warnings"
    `);
  });

  it('on an event, naming the fields of that event type', () => {
    expect(report(recapFile({ events: ['{ minute: 30, type: yellow, team: home, player: Ana Lopes, reason: dissent }'] })))
      .toMatchInlineSnapshot(`
        "content/recaps/test-match.md:11:64  events[0].reason  error: found unknown field \`reason\` on a yellow event, expected one of minute, type, team, note, player
         11 |   - { minute: 30, type: yellow, team: home, player: Ana Lopes, reason: dissent }
            |                                                                ^^^^^^
            = hint: remove it, or check the spelling against "Recap format" in README.md

        1 error, 0 warnings"
      `);
  });

  it('per event type: assist and how only on goals, in and out only on subs, player not on subs', () => {
    expect(
      report(
        recapFile({
          match: { score: '0-1' },
          events: [
            '{ minute: 12, type: own-goal, team: home, player: Ana Lopes, assist: Bea Costa }',
            '{ minute: 30, type: penalty-miss, team: away, player: Kofi Mensah, how: penalty }',
            '{ minute: 60, type: sub, team: home, player: Dana Ruiz, in: Dana Ruiz, out: Ana Lopes }',
            '{ minute: 70, type: red, team: away, player: Kofi Mensah, out: Kofi Mensah }',
          ],
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:66  events[0].assist  error: found unknown field \`assist\` on an own-goal event, expected one of minute, type, team, note, player
       11 |   - { minute: 12, type: own-goal, team: home, player: Ana Lopes, assist: Bea Costa }
          |                                                                  ^^^^^^
          = hint: \`assist\` belongs only on: goal

      content/recaps/test-match.md:12:72  events[1].how  error: found unknown field \`how\` on a penalty-miss event, expected one of minute, type, team, note, player
       12 |   - { minute: 30, type: penalty-miss, team: away, player: Kofi Mensah, how: penalty }
          |                                                                        ^^^
          = hint: \`how\` belongs only on: goal

      content/recaps/test-match.md:13:42  events[2].player  error: found unknown field \`player\` on a sub event, expected one of minute, type, team, note, in, out
       13 |   - { minute: 60, type: sub, team: home, player: Dana Ruiz, in: Dana Ruiz, out: Ana Lopes }
          |                                          ^^^^^^
          = hint: \`player\` belongs only on: goal, own-goal, penalty-miss, yellow, second-yellow, red, var

      content/recaps/test-match.md:14:63  events[3].out  error: found unknown field \`out\` on a red event, expected one of minute, type, team, note, player
       14 |   - { minute: 70, type: red, team: away, player: Kofi Mensah, out: Kofi Mensah }
          |                                                               ^^^
          = hint: \`out\` belongs only on: sub

      4 errors, 0 warnings"
    `);
  });

  it('on a shootout kick', () => {
    expect(
      report(
        recapFile({
          match: { score: '1-1', penalties: '1-0' },
          shootout: ['{ team: home, player: Ana Lopes, result: scored, minute: 1 }'],
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:12:54  shootout[0].minute  error: found unknown field \`minute\` on a shootout kick, expected one of team, player, result
       12 |   - { team: home, player: Ana Lopes, result: scored, minute: 1 }
          |                                                      ^^^^^^
          = hint: remove it, or check the spelling against "Recap format" in README.md

      1 error, 0 warnings"
    `);
  });
});

describe('required fields', () => {
  it('names each missing field by its own path, at its parent', () => {
    expect(report(recapFile({ top: ['date: 2024-03-02'], match: { kickoff: undefined, score: undefined } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:2:1  title  error: \`title\` is missing, expected text
       2 | date: 2024-03-02
         | ^^^^^^^^^^^^^^^^
         = hint: add \`title:\` here

      content/recaps/test-match.md:3:1  match.kickoff  error: \`kickoff\` is missing, expected a date (2023-08-06) or a date-time with an offset (2023-08-06T19:00:00-05:00)
       3 | match:
         | ^^^^^
         = hint: add \`kickoff:\` here

      content/recaps/test-match.md:3:1  match.score  error: \`score\` is missing, expected a score written HOME-AWAY, like "2-1"
       3 | match:
         | ^^^^^
         = hint: add \`score:\` here

      3 errors, 0 warnings"
    `);
  });

  it('a team without a name', () => {
    expect(report(recapFile({ match: { away: '{ short: EPU }' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:8:3  match.away.name  error: \`name\` is missing, expected text
       8 |   away: { short: EPU }
         |   ^^^^
         = hint: teams are written \`home: { name: FC Dallas }\`

      1 error, 0 warnings"
    `);
  });

  it('the player of a goal, the in and out of a substitution, the type of an event', () => {
    expect(
      report(
        recapFile({
          events: [
            '{ minute: 5, type: goal, team: home }',
            '{ minute: 50, type: sub, team: away, in: Kofi Mensah }',
            '{ minute: 60, team: home, player: X }',
          ],
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:5  events[0].player  error: \`player\` is missing, expected text
       11 |   - { minute: 5, type: goal, team: home }
          |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
          = hint: add \`player:\` here

      content/recaps/test-match.md:12:5  events[1].out  error: \`out\` is missing, expected text
       12 |   - { minute: 50, type: sub, team: away, in: Kofi Mensah }
          |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
          = hint: add \`out:\` here

      content/recaps/test-match.md:13:5  events[2]  error: \`type\` is missing, expected one of goal, own-goal, penalty-miss, yellow, second-yellow, red, sub, var
       13 |   - { minute: 60, team: home, player: X }
          |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

      3 errors, 0 warnings"
    `);
  });

  it('without a match block', () => {
    expect(report('---\ntitle: A test match\ndate: 2024-03-02\n---\nText.\n')).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:2:1  match  error: \`match\` is missing, expected a mapping of fields
       2 | title: A test match
         | ^^^^^^^^^^^^^^^^^^^
         = hint: add a \`match:\` block with competition, kickoff, home, away and score

      1 error, 0 warnings"
    `);
  });
});

describe('wrong types and formats', () => {
  it('dates', () => {
    expect(report(recapFile({ top: ['title: A test match', 'date: 2024-02-30', 'updated: 02/03/2024'] }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:3:7  date  error: found "2024-02-30", expected a date that exists on the calendar
       3 | date: 2024-02-30
         |       ^^^^^^^^^^

      content/recaps/test-match.md:4:10  updated  error: found "02/03/2024", expected a date written YYYY-MM-DD
       4 | updated: 02/03/2024
         |          ^^^^^^^^^^

      2 errors, 0 warnings"
    `);
    expect(report(recapFile({ top: ['title: A test match', 'date: 20240302'] }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:3:7  date  error: found 20240302, expected a date written YYYY-MM-DD
       3 | date: 20240302
         |       ^^^^^^^^
         = hint: write the date as YYYY-MM-DD, like \`date: 2023-08-07\`

      1 error, 0 warnings"
    `);
  });

  it('kickoff: a date-time needs an offset and a real time', () => {
    expect(report(recapFile({ match: { kickoff: '2024-03-01T19:30' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:6:12  match.kickoff  error: found "2024-03-01T19:30", expected a date (2023-08-06) or a date-time with an offset (2023-08-06T19:00:00-05:00)
       6 |   kickoff: 2024-03-01T19:30
         |            ^^^^^^^^^^^^^^^^
         = hint: add the UTC offset of the local time, e.g. 2023-08-06T19:00:00-05:00

      1 error, 0 warnings"
    `);
    expect(report(recapFile({ match: { kickoff: '2024-03-01T24:30:00+01:00' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:6:12  match.kickoff  error: found "2024-03-01T24:30:00+01:00", expected a time of day from 00:00 to 23:59 and an offset of at most 14:00
       6 |   kickoff: 2024-03-01T24:30:00+01:00
         |            ^^^^^^^^^^^^^^^^^^^^^^^^^

      1 error, 0 warnings"
    `);
    expect(report(recapFile({ match: { kickoff: '2024-03-01T19:30:00+01:00' } }))).toBe('ok');
    expect(report(recapFile({ match: { kickoff: '2024-03-01T19:30:00Z' } }))).toBe('ok');
  });

  it('scores', () => {
    expect(report(recapFile({ match: { score: '2–1' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:9:10  match.score  error: found "2–1", expected a score written HOME-AWAY, like "2-1"
       9 |   score: 2–1
         |          ^^^
         = hint: use a plain hyphen between the two numbers: "2-1"

      1 error, 0 warnings"
    `);
    expect(report(recapFile({ match: { score: '3' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:9:10  match.score  error: found 3, expected a score written HOME-AWAY, like "2-1"
       9 |   score: 3
         |          ^
         = hint: write both numbers with a hyphen: \`score: 2-1\`

      1 error, 0 warnings"
    `);
  });

  it('team short names and colours', () => {
    expect(report(recapFile({ match: { home: '{ name: Northbridge FC, short: N, color: "1D4ED8" }' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:7:40  match.home.short  error: found "N", expected 2 to 4 letters, like "DAL"
       7 |   home: { name: Northbridge FC, short: N, color: "1D4ED8" }
         |                                        ^

      content/recaps/test-match.md:7:50  match.home.color  error: found "1D4ED8", expected a hex colour like "#D11241"
       7 |   home: { name: Northbridge FC, short: N, color: "1D4ED8" }
         |                                                  ^^^^^^^^
         = hint: add the #: "#1D4ED8"

      2 errors, 0 warnings"
    `);
  });

  it('attendance', () => {
    expect(report(recapFile({ match: { attendance: '12,400' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:15  match.attendance  error: found "12,400", expected a whole number, like 20500
       10 |   attendance: 12,400
          |               ^^^^^^
          = hint: write the number without separators: \`attendance: 20500\`

      1 error, 0 warnings"
    `);
    expect(report(recapFile({ match: { attendance: '-5' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:15  match.attendance  error: found -5, expected a number of at least 0
       10 |   attendance: -5
          |               ^^

      1 error, 0 warnings"
    `);
  });

  it('booleans, lists and text', () => {
    expect(report(recapFile({ match: { extraTime: 'yes' }, bottom: ['draft: "no"', 'tags: derby'] }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:14  match.extraTime  error: found "yes", expected true or false
       10 |   extraTime: yes
          |              ^^^

      content/recaps/test-match.md:11:8  draft  error: found "no", expected true or false
       11 | draft: "no"
          |        ^^^^

      content/recaps/test-match.md:12:7  tags  error: found "derby", expected a list like [leagues-cup, derby]
       12 | tags: derby
          |       ^^^^^

      3 errors, 0 warnings"
    `);
    expect(report(recapFile({ top: ['title: 2024', 'date: 2024-03-02', 'author: [Ana, Bea]'] }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:2:8  title  error: found 2024, expected text
       2 | title: 2024
         |        ^^^^

      content/recaps/test-match.md:4:9  author  error: found a list, expected text
       4 | author: [Ana, Bea]
         |         ^^^^^^^^^^

      2 errors, 0 warnings"
    `);
  });

  it('empty values', () => {
    expect(report(recapFile({ top: ['title:', 'date: 2024-03-02'], match: { competition: '""' } }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:2:7  title  error: found an empty value, expected text
       2 | title:
         |       ^
         = hint: the field is empty; give it a value or remove it

      content/recaps/test-match.md:5:16  match.competition  error: found "", expected non-empty text
       5 |   competition: ""
         |                ^^

      2 errors, 0 warnings"
    `);
  });

  it('event types, sides, goal kinds and kick results, with suggestions', () => {
    expect(
      report(
        recapFile({
          match: { score: '1-1', penalties: '1-0' },
          events: [
            '{ minute: 5, type: Goal, team: home, player: A }',
            '{ minute: 6, type: yellow, team: visitors, player: B }',
            '{ minute: 7, type: goal, team: away, player: C, how: volley }',
          ],
          shootout: ['{ team: home, result: scores }'],
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:12:24  events[0].type  error: found "Goal", expected one of goal, own-goal, penalty-miss, yellow, second-yellow, red, sub, var
       12 |   - { minute: 5, type: Goal, team: home, player: A }
          |                        ^^^^
          = hint: did you mean \`goal\`?

      content/recaps/test-match.md:13:38  events[1].team  error: found "visitors", expected one of home, away
       13 |   - { minute: 6, type: yellow, team: visitors, player: B }
          |                                      ^^^^^^^^

      content/recaps/test-match.md:14:58  events[2].how  error: found "volley", expected one of open-play, header, free-kick, penalty
       14 |   - { minute: 7, type: goal, team: away, player: C, how: volley }
          |                                                          ^^^^^^

      content/recaps/test-match.md:16:27  shootout[0].result  error: found "scores", expected one of scored, missed, saved
       16 |   - { team: home, result: scores }
          |                           ^^^^^^
          = hint: did you mean \`scored\`?

      4 errors, 0 warnings"
    `);
  });

  it('events and shootout that are not lists', () => {
    expect(report(recapFile({ bottom: ['events: { minute: 5 }', 'shootout: scored'] }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:10:9  events  error: found a mapping, expected a list of entries starting with \`- \`
       10 | events: { minute: 5 }
          |         ^^^^^^^^^^^^^

      content/recaps/test-match.md:11:11  shootout  error: found "scored", expected a list of entries starting with \`- \`
       11 | shootout: scored
          |           ^^^^^^

      2 errors, 0 warnings"
    `);
    expect(report(recapFile({ events: ['5', 'goal'] }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:5  events[0]  error: found 5, expected a mapping of fields
       11 |   - 5
          |     ^

      content/recaps/test-match.md:12:5  events[1]  error: found "goal", expected a mapping of fields
       12 |   - goal
          |     ^^^^

      2 errors, 0 warnings"
    `);
  });
});

describe('impossible minutes', () => {
  const at = (minute: string, extraTime?: string) =>
    report(recapFile({ match: { extraTime }, events: [`{ minute: ${minute}, type: yellow, team: home, player: Ana Lopes }`] }));

  it('accepts regular, added and extra-time minutes', () => {
    for (const m of ['1', '45', '"45+2"', '90', '"90+30"', '" 90 + 4 "']) expect(at(m), m).toBe('ok');
    for (const m of ['91', '105', '"105+1"', '120', '"120+3"']) expect(at(m, 'true'), m).toBe('ok');
  });

  it('refuses minute 0, fractions, text and a missing minute', () => {
    expect(at('0')).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:15  events[0].minute  error: found 0, expected a whole number from 1 to 90
       11 |   - { minute: 0, type: yellow, team: home, player: Ana Lopes }
          |               ^

      1 error, 0 warnings"
    `);
    expect(at('12.5')).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:15  events[0].minute  error: found 12.5, expected a whole number from 1 to 90, or "BASE+ADDED" with BASE one of 45, 90 and ADDED 1-30
       11 |   - { minute: 12.5, type: yellow, team: home, player: Ana Lopes }
          |               ^^^^

      1 error, 0 warnings"
    `);
    expect(at('early')).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:15  events[0].minute  error: found "early", expected a whole number from 1 to 90, or "BASE+ADDED" with BASE one of 45, 90 and ADDED 1-30
       11 |   - { minute: early, type: yellow, team: home, player: Ana Lopes }
          |               ^^^^^

      1 error, 0 warnings"
    `);
    expect(report(recapFile({ events: ['{ type: yellow, team: home, player: Ana Lopes }'] }))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:5  events[0].minute  error: \`minute\` is missing, expected a minute like 63, or "90+3" for added time
       11 |   - { type: yellow, team: home, player: Ana Lopes }
          |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
          = hint: add \`minute:\` to the event

      1 error, 0 warnings"
    `);
  });

  it('minutes past 90 without extra time, with the added-time spelling as hint', () => {
    expect(at('93')).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:15  events[0].minute  error: found 93, expected a whole number from 1 to 90
       11 |   - { minute: 93, type: yellow, team: home, player: Ana Lopes }
          |               ^^
          = hint: write added time as "90+3"; minutes 91-120 need \`extraTime: true\` under \`match\`

      1 error, 0 warnings"
    `);
    expect(at('121', 'true')).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:12:15  events[0].minute  error: found 121, expected a whole number from 1 to 120
       12 |   - { minute: 121, type: yellow, team: home, player: Ana Lopes }
          |               ^^^
          = hint: write added time as "120+1"

      1 error, 0 warnings"
    `);
    expect(at('200')).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:15  events[0].minute  error: found 200, expected a whole number from 1 to 90
       11 |   - { minute: 200, type: yellow, team: home, player: Ana Lopes }
          |               ^^^

      1 error, 0 warnings"
    `);
  });

  it('added time after a minute that does not end a period, or too much of it', () => {
    expect(at('"60+2"')).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:15  events[0].minute  error: found "60+2", expected "BASE+ADDED" with BASE one of 45, 90 and ADDED 1-30
       11 |   - { minute: "60+2", type: yellow, team: home, player: Ana Lopes }
          |               ^^^^^^
          = hint: added time follows the end of a period: 45, 90

      1 error, 0 warnings"
    `);
    expect(at('"105+2"')).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:15  events[0].minute  error: found "105+2", expected "BASE+ADDED" with BASE one of 45, 90 and ADDED 1-30
       11 |   - { minute: "105+2", type: yellow, team: home, player: Ana Lopes }
          |               ^^^^^^^
          = hint: added time after 105 or 120 needs \`extraTime: true\` under \`match\`

      1 error, 0 warnings"
    `);
    expect(at('"90+31"')).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:15  events[0].minute  error: found "90+31", expected "BASE+ADDED" with BASE one of 45, 90 and ADDED 1-30
       11 |   - { minute: "90+31", type: yellow, team: home, player: Ana Lopes }
          |               ^^^^^^^

      1 error, 0 warnings"
    `);
    expect(at('"45+0"')).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:11:15  events[0].minute  error: found "45+0", expected "BASE+ADDED" with BASE one of 45, 90 and ADDED 1-30
       11 |   - { minute: "45+0", type: yellow, team: home, player: Ana Lopes }
          |               ^^^^^^

      1 error, 0 warnings"
    `);
  });

  it('reports every bad minute in one run, also when another field is wrong', () => {
    expect(
      report(
        recapFile({
          top: ['title: A test match', 'date: 2024-03-02', 'autor: Ana'],
          events: [
            '{ minute: 0, type: yellow, team: home, player: A }',
            '{ minute: 12.5, type: yellow, team: home, player: B }',
            '{ minute: "46+1", type: yellow, team: home, player: C }',
          ],
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:4:1  autor  error: found unknown field \`autor\` in the frontmatter, expected one of title, description, date, updated, author, tags, draft, lang, cover, match, events, shootout
       4 | autor: Ana
         | ^^^^^
         = hint: did you mean \`author\`?

      content/recaps/test-match.md:12:15  events[0].minute  error: found 0, expected a whole number from 1 to 90
       12 |   - { minute: 0, type: yellow, team: home, player: A }
          |               ^

      content/recaps/test-match.md:13:15  events[1].minute  error: found 12.5, expected a whole number from 1 to 90, or "BASE+ADDED" with BASE one of 45, 90 and ADDED 1-30
       13 |   - { minute: 12.5, type: yellow, team: home, player: B }
          |               ^^^^

      content/recaps/test-match.md:14:15  events[2].minute  error: found "46+1", expected "BASE+ADDED" with BASE one of 45, 90 and ADDED 1-30
       14 |   - { minute: "46+1", type: yellow, team: home, player: C }
          |               ^^^^^^
          = hint: added time follows the end of a period: 45, 90

      4 errors, 0 warnings"
    `);
  });
});
