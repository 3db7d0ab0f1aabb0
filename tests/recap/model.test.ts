import { describe, expect, it } from 'vitest';
import { compareMinutes, minute, parseMinute, periodOf } from '../../src/recap/minute.ts';
import { describeBody, normaliseColor, shortName } from '../../src/recap/normalise.ts';
import { translator } from '../../src/i18n/index.ts';
import { legText, matchHeadline, resultFor, resultText, scoreWithNote, statusText } from '../../src/recap/present.ts';

const en = translator('en');
import { recapFile, valid } from './helpers.ts';

const labels = (events: readonly { minute: { label: string }; type: string; player?: string; in?: string }[]) =>
  events.map((e) => `${e.minute.label} ${e.type} ${e.player ?? e.in ?? ''}`.trim());

describe('match-time order', () => {
  it('sorts events by minute, 45+N after 45 and before 46, keeping the author’s order for equal minutes', () => {
    const recap = valid(
      recapFile({
        match: { score: '1-1', extraTime: 'true' },
        events: [
          '{ minute: 46, type: yellow, team: home, player: C }',
          '{ minute: "45+2", type: yellow, team: away, player: B2 }',
          '{ minute: 45, type: yellow, team: home, player: A }',
          '{ minute: "45+2", type: yellow, team: home, player: B1 }',
          '{ minute: "90+3", type: goal, team: home, player: E }',
          '{ minute: 91, type: goal, team: away, player: F }',
          '{ minute: "45+10", type: yellow, team: away, player: B3 }',
          '{ minute: 9, type: var, team: away }',
        ],
      }),
    );
    expect(labels(recap.match.events)).toEqual([
      '9 var',
      '45 yellow A',
      '45+2 yellow B2',
      '45+2 yellow B1',
      '45+10 yellow B3',
      '46 yellow C',
      '90+3 goal E',
      '91 goal F',
    ]);
    expect(recap.match.events.map((e) => e.index)).toEqual([7, 2, 1, 3, 6, 0, 4, 5]);
    expect(recap.match.events.map((e) => e.period)).toEqual([
      'first-half',
      'first-half',
      'first-half',
      'first-half',
      'first-half',
      'second-half',
      'second-half',
      'extra-time-first-half',
    ]);
  });

  it('orders and labels minutes, and knows their period', () => {
    const parsed = ['120+2', '105+1', '106', '90+3', '45+2', '46', '45', '1'].map((m) => parseMinute(m, true));
    const sorted = [...parsed].sort((a, b) => compareMinutes(a as never, b as never));
    expect(sorted.map((m) => ('label' in m ? m.label : m.expected))).toEqual(['1', '45', '45+2', '46', '90+3', '105+1', '106', '120+2']);
    expect(['45+2', '90+3', '105+1', '120+2'].map((m) => periodOf(parseMinute(m, true) as never))).toEqual([
      'first-half',
      'second-half',
      'extra-time-first-half',
      'extra-time-second-half',
    ]);
    expect(minute(90, 4)).toEqual({ base: 90, added: 4, label: '90+4', order: 9004 });
  });
});

describe('running score, half-time and full-time', () => {
  const recap = valid(
    recapFile({
      match: { score: '2-3', halftime: '1-1' },
      events: [
        '{ minute: 80, type: goal, team: away, player: Ivo Petrov, how: header }',
        '{ minute: 12, type: own-goal, team: away, player: Kofi Mensah }',
        '{ minute: 30, type: yellow, team: home, player: Ana Lopes }',
        '{ minute: "45+1", type: goal, team: away, player: Ivo Petrov, how: penalty }',
        '{ minute: 60, type: own-goal, team: home, player: Bea Costa }',
        '{ minute: "90+2", type: goal, team: home, player: Dana Ruiz, assist: Ana Lopes }',
      ],
    }),
  );

  it('gives each goal the score after it, an own goal counting for the other side', () => {
    expect(recap.match.goals.map((g) => `${g.minute.label} ${g.type} for ${g.scoredFor} ${g.score?.home}-${g.score?.away}`)).toEqual([
      '12 own-goal for home 1-0',
      '45+1 goal for away 1-1',
      '60 own-goal for away 1-2',
      '80 goal for away 1-3',
      '90+2 goal for home 2-3',
    ]);
    const card = recap.match.events.find((e) => e.type === 'yellow');
    expect(card?.score).toBeUndefined();
    expect(card?.scoredFor).toBeUndefined();
  });

  it('keeps the full-time and half-time score, and the winner', () => {
    expect(recap.match.score).toEqual({ home: 2, away: 3 });
    expect(recap.match.halftime).toEqual({ home: 1, away: 1 });
    expect(recap.match.winner).toBe('away');
    expect(recap.match.status).toBe('full-time');
    expect(matchHeadline(recap.match, en)).toBe('Northbridge FC 2-3 Eastport United');
  });

  it('counts the half-time score from the events when it is not written, and leaves it out without events', () => {
    const counted = valid(
      recapFile({
        match: { score: '1-1' },
        events: ['{ minute: "45+3", type: goal, team: home, player: A }', '{ minute: 46, type: goal, team: away, player: B }'],
      }),
    );
    expect(counted.match.halftime).toEqual({ home: 1, away: 0 });
    const none = valid(recapFile({ match: { score: '1-1' } }));
    expect(none.match.halftime).toBeUndefined();
    expect(none.match.hasEvents).toBe(false);
    expect(none.match.winner).toBeUndefined();
    expect(resultText(none.match, en)).toBe('Draw');
  });
});

describe('status', () => {
  it('full time, after extra time, on penalties', () => {
    expect(valid(recapFile({ match: { score: '1-0' } })).match.status).toBe('full-time');
    const aet = valid(recapFile({ match: { score: '2-1', extraTime: 'true' } })).match;
    expect([aet.status, statusText(aet, en), resultText(aet, en)]).toEqual([
      'after-extra-time',
      'After extra time',
      'Northbridge FC win after extra time',
    ]);
    const pens = valid(recapFile({ match: { score: '1-1', penalties: '3-4' } })).match;
    expect([pens.status, statusText(pens, en), resultText(pens, en), pens.winner]).toEqual([
      'on-penalties',
      'On penalties',
      'Eastport United win 4-3 on penalties',
      'away',
    ]);
    const both = valid(recapFile({ match: { score: '1-1', extraTime: 'true', penalties: '5-4' } })).match;
    expect([both.status, statusText(both, en)]).toEqual(['on-penalties', 'After extra time, on penalties']);
  });
});

describe('two-legged ties', () => {
  // An invented second leg: Northbridge win 2-1 after extra time, the tie is level at 2-2, Eastport win the shootout.
  const second = valid(recapFile({ match: { score: '2-1', extraTime: 'true', penalties: '2-3', leg: '2', aggregate: '2-2' } })).match;

  it('keeps the leg and the aggregate; the shootout winner is the winner', () => {
    expect([second.leg, second.aggregate, second.status, second.winner]).toEqual([2, { home: 2, away: 2 }, 'on-penalties', 'away']);
    expect([resultFor(second, 'home'), resultFor(second, 'away')]).toEqual(['L', 'W']);
  });

  it('says it in words: status, result, headline and the leg line', () => {
    expect([statusText(second, en), resultText(second, en), matchHeadline(second, en), scoreWithNote(second.score, second, en)]).toEqual([
      'After extra time, on penalties',
      'Eastport United win 3-2 on penalties',
      'Northbridge FC 2-1 Eastport United (2-3 on penalties) · Second leg · Aggregate 2-2',
      '2-1 (2-3 pens)',
    ]);
    expect(['en', 'es', 'de', 'ja'].map((lang) => legText(second, translator(lang)))).toEqual([
      'Second leg · Aggregate 2-2',
      'Vuelta · Global 2-2',
      'Rückspiel · Gesamt 2-2',
      '第2戦 · 2試合合計2-2',
    ]);
  });

  it('a leg without an aggregate, a first leg, and a match that is no leg', () => {
    const noAggregate = valid(recapFile({ match: { score: '1-0', penalties: '4-2', leg: '2' } })).match;
    expect([noAggregate.aggregate, noAggregate.winner, legText(noAggregate, en)]).toEqual([undefined, 'home', 'Second leg']);
    const first = valid(recapFile({ match: { score: '0-1', leg: '1' } })).match;
    expect([first.leg, first.winner, legText(first, en), matchHeadline(first, en)]).toEqual([
      1,
      'away',
      'First leg',
      'Northbridge FC 0-1 Eastport United · First leg',
    ]);
    const single = valid(recapFile({ match: { score: '1-1', penalties: '4-2' } })).match;
    expect([single.leg, legText(single, en)]).toEqual([undefined, undefined]);
  });
});

describe('shootout', () => {
  const recap = valid(
    recapFile({
      match: { score: '0-0' },
      shootout: [
        '{ team: away, player: Ivo Petrov, result: scored }',
        '{ team: home, player: Ana Lopes, result: saved }',
        '{ team: away, result: missed }',
        '{ team: home, result: scored }',
        '{ team: away, result: scored }',
        '{ team: home, result: scored }',
        '{ team: away, result: scored }',
        '{ team: home, result: scored }',
        '{ team: away, result: scored }',
        '{ team: home, result: scored }',
        '{ team: away, result: scored }',
        '{ team: home, result: missed }',
      ],
    }),
  );
  const shootout = recap.match.shootout;

  it('gives each kick its round, the score after it and marks the decisive one', () => {
    expect(
      shootout?.kicks.map((k) => `${k.round}${k.team[0]} ${k.result} ${k.score.home}-${k.score.away}${k.decisive ? ' decisive' : ''}`),
    ).toEqual([
      '1a scored 0-1',
      '1h saved 0-1',
      '2a missed 0-1',
      '2h scored 1-1',
      '3a scored 1-2',
      '3h scored 2-2',
      '4a scored 2-3',
      '4h scored 3-3',
      '5a scored 3-4',
      '5h scored 4-4',
      '6a scored 4-5',
      '6h missed 4-5 decisive',
    ]);
    expect(shootout?.kicks[0]?.player).toBe('Ivo Petrov');
    expect(shootout?.kicks[2]).not.toHaveProperty('player');
  });

  it('groups kicks into rounds with the score after each round', () => {
    expect(shootout?.rounds.map((r) => `${r.round}: ${r.home?.result}/${r.away?.result} ${r.score.home}-${r.score.away}`)).toEqual([
      '1: saved/scored 0-1',
      '2: scored/missed 1-1',
      '3: scored/scored 2-2',
      '4: scored/scored 3-3',
      '5: scored/scored 4-4',
      '6: missed/scored 4-5',
    ]);
  });

  it('gives the winner, who kicked first, and penalties counted from the kicks', () => {
    expect([shootout?.winner, shootout?.first]).toEqual(['away', 'away']);
    expect(recap.match.penalties).toEqual({ home: 4, away: 5 });
    expect(recap.match.winner).toBe('away');
  });

  it('ends a round early when the first kicker settles it', () => {
    const early = valid(
      recapFile({
        match: { score: '0-0' },
        shootout: ['S', 'M', 'S', 'M', 'S', 'M'].map(
          (r, i) => `{ team: ${i % 2 ? 'away' : 'home'}, result: ${r === 'S' ? 'scored' : 'missed'} }`,
        ),
      }),
    ).match.shootout;
    expect(early?.rounds.map((r) => r.score)).toEqual([
      { home: 1, away: 0 },
      { home: 2, away: 0 },
      { home: 3, away: 0 },
    ]);
    expect([early?.winner, early?.kicks.at(-1)?.decisive]).toEqual(['home', true]);
  });
});

describe('recap fields', () => {
  it('defaults the description to the first paragraph, cut at a word near 160 characters', () => {
    const body = `## A heading first\n\n${'The home side pressed high from the first whistle and **never** let go, '.repeat(4)}\n\nSecond paragraph.`;
    const recap = valid(recapFile({ body }));
    expect(recap.description.length).toBeLessThanOrEqual(161);
    expect(recap.description).toMatchInlineSnapshot(
      `"The home side pressed high from the first whistle and never let go, The home side pressed high from the first whistle and never let go, The home side pressed…"`,
    );
    expect(describeBody('Short and sweet.')).toBe('Short and sweet.');
  });

  it('keeps a written description, and falls back to the title for a body without a paragraph', () => {
    expect(valid(recapFile({ bottom: ['description: "  One line.  "'] })).description).toBe('One line.');
    expect(valid(recapFile({ body: '## Only a heading\n\n- and a list\n' })).description).toBe('A test match');
  });

  it('describes by the first paragraph of the whole body, though it stops parsing after that paragraph', () => {
    // A fence or an HTML block open across blank lines is not a paragraph; a heading and a list come before it.
    expect(describeBody('```\ncode\n\nstill code\n```\n\nFirst words.\n\nLater.')).toBe('First words.');
    expect(describeBody('<pre>\nkept\n\nas is\n</pre>\n\nAfter the block.')).toBe('After the block.');
    expect(describeBody('# Title\n\n- a list\n\n  in two parts\n\nThe story\nruns on.\n\nNext.')).toBe('The story runs on.');
    // A link reference defined at the end of the body still reads as a link.
    expect(describeBody('A [report][r] of the game.\n\nMore.\n\n[r]: https://example.com/')).toBe('A report of the game.');
  });

  it('derives short names and expands colours', () => {
    const recap = valid(
      recapFile({ match: { home: '{ name: "  Northbridge FC " , color: "#1Ab" }', away: '{ name: Eastport United, short: epu }' } }),
    );
    expect(recap.match.home).toEqual({ name: 'Northbridge FC', short: 'NOR', color: '#11aabb', slug: 'northbridge-fc' });
    expect(recap.match.away).toMatchObject({ short: 'EPU', color: '#b91c1c' });
    expect(['FC Dallas', 'Manchester United', 'Paris Saint-Germain', 'Atlético de Madrid', '東京ヴェルディ'].map(shortName)).toEqual([
      'DAL',
      'MUN',
      'PSG',
      'AMA',
      '東京ヴ',
    ]);
    expect(normaliseColor('#ABCDEF')).toBe('#abcdef');
  });

  it('gives the match identity from the kick-off date and the team names', () => {
    const recap = valid(recapFile({ match: { kickoff: '2024-03-01T20:00:00+01:00' } }));
    expect([recap.match.key, recap.match.kickoffDate, recap.match.kickoffHasTime]).toEqual([
      '2024-03-01|northbridge fc|eastport united',
      '2024-03-01',
      true,
    ]);
  });
});
