import { describe, expect, it } from 'vitest';
import { parseZone, type Zone } from '../../src/import/kickoff.ts';
import type { ImportedFile, ImportedMatch } from '../../src/import/model.ts';
import { readOpenfootball, splitCompetition } from '../../src/import/openfootball.ts';
import { recapFile, checkRecapFile } from '../../src/import/recap-file.ts';
import { dataFile, fixtureJson, fixtureText } from './helpers.ts';

function read(name: string, content: string | object, timezone?: string): ImportedFile {
  const zone = timezone === undefined ? undefined : (parseZone(timezone) as Zone);
  const result = readOpenfootball(dataFile(name, content), { timezone: zone });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.file;
}

function find(file: ImportedFile, home: string, away: string): ImportedMatch {
  const match = file.matches.find((m) => m.home.name === home && m.away.name === away);
  if (!match) throw new Error(`no ${home} v ${away}`);
  return match;
}

type Raw = { name: string; matches: Record<string, unknown>[] };

describe('openfootball: World Cup 2022', () => {
  const wc = read('worldcup-2022.json', fixtureText('worldcup-2022.json'));

  it('reads all 64 matches, each of which becomes a recap the reader accepts', () => {
    expect(wc.matches).toHaveLength(64);
    expect(wc.passedOver).toEqual([]);
    for (const match of wc.matches) {
      const recap = recapFile(match, { draft: true, source: 'worldcup-2022.json' });
      expect(checkRecapFile(`${recap.slug}.md`, recap), recap.slug).toEqual([]);
    }
  });

  it('gives the final as 3-3 after extra time, 4-2 on penalties, with the goals in time order', () => {
    const final = find(wc, 'Argentina', 'France');
    expect(final).toMatchObject({
      competition: 'World Cup',
      season: '2022',
      round: 'Final',
      kickoff: '2022-12-18',
      venue: 'Lusail Iconic Stadium, Lusail',
      score: { home: 3, away: 3 },
      halftime: { home: 2, away: 0 },
      extraTime: true,
      penalties: { home: 4, away: 2 },
    });
    expect(final.events?.map((e) => `${e.minute}' ${e.team} ${e.player}${e.how ? ` (${e.how})` : ''}`)).toEqual([
      "23' home Lionel Messi (penalty)",
      "36' home Ángel Di María",
      "80' away Kylian Mbappé (penalty)",
      "81' away Kylian Mbappé",
      "108' home Lionel Messi",
      "118' away Kylian Mbappé (penalty)",
    ]);
  });

  it("writes stoppage time as BASE+N, an own goal on the scorer's side, and the group as the round", () => {
    expect(find(wc, 'Senegal', 'Netherlands').events).toContainEqual({
      minute: '90+9',
      type: 'goal',
      team: 'away',
      player: 'Davy Klaassen',
    });
    expect(find(wc, 'Croatia', 'Brazil').events).toContainEqual({ minute: '105+1', type: 'goal', team: 'away', player: 'Neymar' });
    // Canada 1-2 Morocco: Aguerd's own goal is listed under Canada, the team it counted for; he plays for Morocco.
    const canada = find(wc, 'Canada', 'Morocco');
    expect(canada.events).toContainEqual({ minute: 40, type: 'own-goal', team: 'away', player: 'Nayef Aguerd' });
    expect(canada.round).toBe('Group F');
    expect(canada.notCarried).toContainEqual({ field: 'round', why: expect.stringContaining('its group') });
  });

  it('lists no goals for goalless matches whose goal lists are missing, and no half-time where the data has none', () => {
    const goalless = find(wc, 'Morocco', 'Spain');
    expect(goalless).toMatchObject({ score: { home: 0, away: 0 }, extraTime: true, penalties: { home: 3, away: 0 }, events: [] });
    const ghana = find(wc, 'Ghana', 'Uruguay');
    expect(ghana.halftime).toBeUndefined();
    expect(ghana.events).toHaveLength(2);
  });

  it("drops a half-time score the goals' minutes contradict, with a warning", () => {
    const japan = find(wc, 'Japan', 'Spain');
    expect(japan.halftime).toBeUndefined();
    expect(japan.warnings).toEqual(["the half-time score 0-0 does not match the goals' minutes (0-1); it was left out"]);
  });

  it('keeps local kick-off times only with a time zone, and says so otherwise', () => {
    expect(find(wc, 'Argentina', 'France').notCarried).toContainEqual({
      field: 'time',
      why: 'a local time without a time zone; give --timezone to keep kick-off times',
    });
    const zoned = read('worldcup-2022.json', fixtureText('worldcup-2022.json'), 'Asia/Qatar');
    const final = find(zoned, 'Argentina', 'France');
    expect(final.kickoff).toBe('2022-12-18T18:00:00+03:00');
    expect(final.notCarried.map((n) => n.field)).not.toContain('time');
  });
});

describe('openfootball: Premier League 2023-24', () => {
  const pl = read('en.1-2023-24.json', fixtureText('en.1-2023-24.json'), 'Europe/London');

  it('reads 380 results without events (the file lists no goals)', () => {
    expect(pl.matches).toHaveLength(380);
    expect(pl.matches.every((m) => m.events === undefined)).toBe(true);
    expect(pl.matches[0]).toMatchObject({
      competition: 'English Premier League',
      season: '2023/24',
      round: 'Matchday 1',
      home: { name: 'Burnley FC' },
      away: { name: 'Manchester City FC' },
      score: { home: 0, away: 3 },
      halftime: { home: 0, away: 2 },
    });
  });

  it('follows summer time in a named zone', () => {
    expect(pl.matches[0]?.kickoff).toBe('2023-08-11T20:00:00+01:00');
    expect(find(pl, 'AFC Bournemouth', 'Fulham FC').kickoff).toBe('2023-12-26T15:00:00+00:00');
  });
});

describe('openfootball: changed inputs', () => {
  it('reports fields it does not know instead of dropping them', () => {
    const raw = fixtureJson<Raw>('worldcup-2022.json');
    raw.matches[0] = { ...raw.matches[0], num: 1, attendance: '67,372', score: { ...(raw.matches[0]?.score as object), note: 'x' } };
    const match = read('changed.json', raw).matches[0];
    expect(match?.notCarried.map((n) => n.field)).toEqual(['round', 'time', 'score.note', 'num', 'attendance']);
  });

  it('reads minutes written as "90+9", sorts goals given out of order, and leaves out goals that do not add up', () => {
    const file = read('goals.json', {
      name: 'Test Cup 2031',
      matches: [
        {
          date: '2031-05-01',
          team1: 'Ashgrove Athletic',
          team2: 'Saint-Aubin Olympique',
          score: { ft: [2, 1] },
          goals1: [
            { name: 'Una Reid', minute: '90+2' },
            { name: 'Una Reid', minute: 12 },
          ],
          goals2: [{ name: 'Bo Lind', minute: '45+1' }],
        },
        {
          date: '2031-05-02',
          team1: 'Quay Albion',
          team2: 'Dockside Rovers',
          score: { ft: [3, 0] },
          goals1: [{ name: 'Una Reid', minute: 5 }],
        },
        { date: '2031-05-09', team1: 'Quay Albion', team2: 'Ashgrove Athletic' },
      ],
    });
    expect(file.matches[0]?.events?.map((e) => e.minute)).toEqual([12, '45+1', '90+2']);
    expect(file.matches[1]?.events).toBeUndefined();
    expect(file.matches[1]?.warnings).toEqual(['the goals listed (1-0) do not add up to the score 3-0; the goals were left out']);
    expect(file.passedOver).toEqual([
      { at: 'matches[2]', label: 'Quay Albion v Ashgrove Athletic, 2031-05-09', reason: 'no score yet (not played)' },
    ]);
  });

  it('names the file after the match date and its place in the file when the team names have no Latin letters', () => {
    const file = read('j1.json', {
      name: 'J1 League 2031',
      matches: [{ date: '2031-03-01', team1: '北風FC', team2: '南海ユナイテッド', score: { ft: [1, 0] } }],
    });
    const match = file.matches[0] as ImportedMatch;
    const recap = recapFile(match, { draft: true, source: 'j1.json' });
    expect(recap.slug).toBe('2031-03-01-match-0');
    expect(recap.text).toContain('home: { name: 北風FC }');
    expect(checkRecapFile(`${recap.slug}.md`, recap)).toEqual([]);
  });

  it('reads the older layout with rounds', () => {
    const file = read('rounds.json', {
      name: 'Harbour League 2030/31',
      rounds: [
        { name: 'Matchday 1', matches: [{ date: '2030-08-10', team1: 'Quay Albion', team2: 'Dockside Rovers', score: { ft: [1, 1] } }] },
      ],
    });
    expect(file.matches[0]).toMatchObject({
      at: 'rounds[0].matches[0]',
      round: 'Matchday 1',
      competition: 'Harbour League',
      season: '2030/31',
    });
  });

  it('splits the season off the competition name', () => {
    expect(splitCompetition('World Cup 2022')).toEqual({ competition: 'World Cup', season: '2022' });
    expect(splitCompetition('English Premier League 2023/24')).toEqual({ competition: 'English Premier League', season: '2023/24' });
    expect(splitCompetition('Copa Libertadores')).toEqual({ competition: 'Copa Libertadores' });
  });
});
