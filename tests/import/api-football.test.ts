import { describe, expect, it } from 'vitest';
import { readApiFootball, statNumber } from '../../src/import/api-football.ts';
import { parseZone, type Zone } from '../../src/import/kickoff.ts';
import type { ImportedFile, ImportedMatch } from '../../src/import/model.ts';
import { checkRecapFile, recapFile } from '../../src/import/recap-file.ts';
import { readRecap } from '../../src/recap/read.ts';
import { dataFile, fixtureJson, fixtureText, renamePlayer } from './helpers.ts';

const FILE = 'fixtures-cl-penalties.json';

function read(content: string | object, timezone?: string): ImportedFile {
  const zone = timezone === undefined ? undefined : (parseZone(timezone) as Zone);
  const result = readApiFootball(dataFile(FILE, content), { timezone: zone });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.file;
}

type Raw = { response: Fixture[] };
type Fixture = {
  fixture: { id: number };
  goals: { home: number; away: number };
  score: { fulltime: { home: number; away: number } };
  events: ApiEvent[];
  lineups: {
    team: { id: number };
    startXI: { player: { id: number; name: string } }[];
    substitutes: { player: { id: number; name: string } }[];
  }[];
  statistics: { statistics: { type: string; value: unknown }[] }[];
};
type ApiEvent = {
  time: { elapsed: number; extra: number | null };
  team: { id: number; name: string };
  player: { id: number | null; name: string | null };
  assist: { id: number | null; name: string | null };
  type: string;
  detail: string;
  comments: string | null;
};

const byId = (file: ImportedFile, id: string): ImportedMatch => {
  const match = file.matches.find((m) => m.id === id);
  if (!match) throw new Error(`no fixture ${id}`);
  return match;
};

describe('API-Football: the two Champions League fixtures', () => {
  const raw = fixtureJson<Raw>(FILE);
  const file = read(fixtureText(FILE));
  const atletico = byId(file, '1149519');
  const arsenal = byId(file, '1149523');

  it('reads both fixtures with the match facts', () => {
    expect(file.matches).toHaveLength(2);
    expect(atletico).toMatchObject({
      competition: 'UEFA Champions League',
      season: '2023',
      round: 'Round of 16',
      kickoff: '2024-03-13T20:00:00+00:00',
      venue: 'Estádio Cívitas Metropolitano, Madrid',
      referee: 'S. Marciniak',
      home: { name: 'Atletico Madrid', color: '#f00000' },
      away: { name: 'Inter', color: '#024ec0' },
      score: { home: 2, away: 1 },
      halftime: { home: 1, away: 1 },
      extraTime: true,
      penalties: { home: 3, away: 2 },
    });
    expect(arsenal).toMatchObject({ score: { home: 1, away: 0 }, extraTime: true, penalties: { home: 4, away: 2 }, referee: 'C. Turpin' });
  });

  it.each([
    ['1149519', 0],
    ['1149523', 1],
  ])('fixture %s has both line-ups: goalkeeper first, formation, numbers, positions and coach', (id, index) => {
    const match = byId(file, id);
    const source = raw.response[index] as unknown as {
      lineups: { formation: string; coach: { name: string }; startXI: unknown[]; substitutes: unknown[] }[];
    };
    for (const [i, side] of (['home', 'away'] as const).entries()) {
      const lineup = match.lineups?.[side];
      const given = source.lineups[i];
      expect(lineup?.starting).toHaveLength(11);
      expect(lineup?.bench).toHaveLength(given?.substitutes.length ?? -1);
      expect(lineup?.formation).toBe(given?.formation);
      expect(lineup?.coach).toBe(given?.coach.name);
      expect(lineup?.starting[0]?.position).toBe('GK');
    }
    expect(match.lineups?.home?.starting.slice(0, 2)).toEqual(
      id === '1149519'
        ? [
            { name: 'J. Oblak', number: 13, position: 'GK' },
            { name: 'S. Savić', number: 15, position: 'DF' },
          ]
        : [
            { name: 'David Raya', number: 22, position: 'GK' },
            // Right-back first: grid column 4 of row 2.
            { name: 'B. White', number: 4, position: 'DF' },
          ],
    );
  });

  it('imports every substitution, player going off and assist coming on, with line-up names', () => {
    for (const [index, match] of [atletico, arsenal].entries()) {
      const subs = (raw.response[index]?.events ?? []).filter((e) => e.type === 'subst');
      const written = (match.events ?? []).filter((e) => e.type === 'sub');
      expect(written).toHaveLength(subs.length);
    }
    expect(atletico.events?.filter((e) => e.type === 'sub').slice(0, 2)).toEqual([
      { minute: 71, type: 'sub', team: 'home', in: 'Rodrigo Riquelme', out: 'Samuel Lino' },
      { minute: 71, type: 'sub', team: 'home', in: 'Á. Correa', out: 'R. De Paul' },
    ]);
    expect(arsenal.events).toContainEqual({ minute: '90+7', type: 'sub', team: 'away', in: 'M. Grujić', out: 'A. Varela' });
  });

  it('names players as the line-up does, matched by id ("Mario Hermoso" is "Hermoso")', () => {
    expect(atletico.events).toContainEqual({ minute: 41, type: 'yellow', team: 'home', player: 'Hermoso', note: 'Foul' });
    expect(atletico.events).toContainEqual({ minute: '105+2', type: 'yellow', team: 'away', player: 'F. Acerbi', note: 'Foul' });
    expect(arsenal.events).toContainEqual({ minute: 39, type: 'yellow', team: 'home', player: 'W. Saliba', note: 'Foul' });
  });

  it('puts the shootout kicks back in the order taken', () => {
    expect(atletico.shootout?.map((k) => `${k.team} ${k.player} ${k.result}`)).toEqual([
      'away H. Çalhanoğlu scored',
      'home M. Depay scored',
      'away A. Sánchez missed',
      'home Saúl missed',
      'away D. Klaassen missed',
      'home Rodrigo Riquelme scored',
      'away F. Acerbi scored',
      'home Á. Correa scored',
      'away L. Martínez missed',
    ]);
    expect(arsenal.shootout?.map((k) => `${k.team} ${k.player} ${k.result}`)).toEqual([
      'home M. Ødegaard scored',
      'away Pepê Aquino scored',
      'home K. Havertz scored',
      'away Wendell missed',
      'home B. Saka scored',
      'away M. Grujić scored',
      'home D. Rice scored',
      'away Galeno missed',
    ]);
  });

  it('reads the statistics: null is 0, "47%" and "2.73" are numbers', () => {
    expect(atletico.stats).toEqual({
      possession: '47-53',
      shots: '23-15',
      shotsOnTarget: '9-5',
      corners: '5-1',
      fouls: '21-14',
      offsides: '0-0',
      saves: '4-7',
      xg: '2.73-1.57',
    });
    expect(arsenal.stats?.possession).toBe('58-42');
    expect([statNumber(null), statNumber('47%'), statNumber('2.73'), statNumber(9), statNumber('n/a')]).toEqual([
      0,
      47,
      2.73,
      9,
      undefined,
    ]);
  });

  it('lists what the recaps cannot carry', () => {
    expect(atletico.notCarried.map((n) => n.field)).toEqual([
      'statistics "Shots off Goal"',
      'statistics "Blocked Shots"',
      'statistics "Shots insidebox"',
      'statistics "Shots outsidebox"',
      'statistics "Yellow Cards"',
      'statistics "Red Cards"',
      'statistics "Total passes"',
      'statistics "Passes accurate"',
      'statistics "Passes %"',
      'fixture.id',
      'fixture.periods',
      'fixture.venue.id',
      'league.id',
      'league.country',
      'league.logo',
      'teams.home.logo',
      'teams.away.logo',
      'events[].team.logo',
      'lineups[].team.logo',
      'lineups[].team.colors.player.number',
      'lineups[].team.colors.player.border',
      'lineups[].team.colors.goalkeeper',
      'lineups[].coach.id',
      'lineups[].coach.photo',
      'statistics[].team.logo',
      'players',
    ]);
  });

  it.each([
    ['1149519', 0],
    ['1149523', 1],
  ])(
    'fixture %s becomes a second leg the reader accepts: both line-ups, every substitution, the shootout in the order taken and the stats',
    (id, index) => {
      const source = raw.response[index] as Fixture;
      const recap = recapFile(byId(file, id), { draft: true, source: FILE });
      const read = readRecap(`${recap.slug}.md`, recap.slug, recap.text);
      if (!read.ok) throw new Error(read.diagnostics.map((d) => d.message).join('\n'));
      const { match } = read.recap;
      // Names as the line-up gives them, by player id; sides by team id.
      const names = new Map(source.lineups.flatMap((l) => [...l.startXI, ...l.substitutes].map((p) => [p.player.id, p.player.name])));
      const sideOf = (teamId: number) => (teamId === source.lineups[0]?.team.id ? 'home' : 'away');
      const nameOf = (ref: { id: number | null; name: string | null }) => names.get(ref.id as number) ?? ref.name;

      // The shootout: the data's kick counter (`extra` at 120') gives the order, whatever the array's order.
      const kicks = source.events
        .filter((e) => e.comments === 'Penalty Shootout')
        .sort((a, b) => (a.time.extra ?? 0) - (b.time.extra ?? 0))
        .map((e) => ({ team: sideOf(e.team.id), player: nameOf(e.player), result: e.detail === 'Penalty' ? 'scored' : 'missed' }));
      expect(kicks.length).toBeGreaterThan(0);
      expect(match.shootout?.kicks.map((k) => ({ team: k.team, player: k.player, result: k.result }))).toEqual(kicks);
      const pens = (source as unknown as { score: { penalty: { home: number; away: number } } }).score.penalty;
      expect([match.penalties, match.status, match.winner]).toEqual([pens, 'on-penalties', pens.home > pens.away ? 'home' : 'away']);
      // A second leg won on the night: leg 2; the first leg is not in the data, so there is no aggregate, and the report says so.
      expect([match.leg, match.aggregate, match.score]).toEqual([2, undefined, source.goals]);
      expect(recap.notCarried).toEqual([{ field: 'the aggregate score', why: expect.stringContaining('the data does not give it') }]);

      // Both line-ups and every substitution, in the line-up's names.
      for (const [i, side] of (['home', 'away'] as const).entries()) {
        const given = source.lineups[i];
        expect(match.lineups?.[side]?.starting.map((p) => p.name)).toEqual(given?.startXI.map((p) => p.player.name));
        expect(match.lineups?.[side]?.bench.map((p) => p.name)).toEqual(given?.substitutes.map((p) => p.player.name));
      }
      const subs = source.events
        .filter((e) => e.type === 'subst')
        .map((e) => `${sideOf(e.team.id)} ${nameOf(e.assist)} for ${nameOf(e.player)}`)
        .sort();
      expect(subs.length).toBeGreaterThan(0);
      expect(
        match.events
          .filter((e) => e.type === 'sub')
          .map((e) => `${e.team} ${e.in} for ${e.out}`)
          .sort(),
      ).toEqual(subs);

      // The stats the format has, from the data's values.
      const value = (side: number, type: string) => source.statistics[side]?.statistics.find((s) => s.type === type)?.value ?? 0;
      expect(match.stats?.shots).toEqual({ home: value(0, 'Total Shots'), away: value(1, 'Total Shots') });
      expect(match.stats?.possession).toEqual({
        home: Number(String(value(0, 'Ball Possession')).replace('%', '')),
        away: Number(String(value(1, 'Ball Possession')).replace('%', '')),
      });
    },
  );

  it('says "second leg" in the placeholder, with no kicks left in the text', () => {
    const text = recapFile(arsenal, { draft: true, source: FILE }).text;
    expect(text).toContain('Write the story of Arsenal 1-0 FC Porto (after extra time, 4-2 on penalties, second leg) here');
    expect(text).toMatch(/^ {2}leg: 2$/m);
    expect(text).not.toMatch(/aggregate:/);
    expect(text).not.toContain('The shootout in the order taken');
  });

  it('writes the shootout in order when the match was drawn', () => {
    // The same fixture as if Depay's 87th-minute goal had not stood: 1-1 after extra time, then the shootout.
    const changed = fixtureJson<Raw>(FILE);
    const fixture = changed.response[0] as Fixture;
    fixture.events = fixture.events.filter((e) => !(e.type === 'Goal' && e.time.elapsed === 87));
    fixture.goals = { home: 1, away: 1 };
    fixture.score.fulltime = { home: 1, away: 1 };
    const match = byId(read(changed), '1149519');
    const recap = recapFile(match, { draft: false, source: FILE });
    const result = readRecap(`${recap.slug}.md`, recap.slug, recap.text);
    expect(result.ok && result.recap.match.shootout?.kicks.map((k) => k.player)).toEqual([
      'H. Çalhanoğlu',
      'M. Depay',
      'A. Sánchez',
      'Saúl',
      'D. Klaassen',
      'Rodrigo Riquelme',
      'F. Acerbi',
      'Á. Correa',
      'L. Martínez',
    ]);
    expect(result.ok && result.recap.match.lineups?.away?.starting).toHaveLength(11);
    expect(result.ok && result.recap.match.stats?.xg).toEqual({ home: 2.73, away: 1.57 });
  });

  it("imports own goals on the scorer's side, missed penalties, red cards and VAR decisions", () => {
    const changed = fixtureJson<Raw>(FILE);
    const fixture = changed.response[1] as Fixture;
    const porto = { id: 212, name: 'FC Porto' };
    const arsenalTeam = { id: 42, name: 'Arsenal' };
    const none = { id: null, name: null };
    // Invented changes to the real fixture: an own goal (listed under Arsenal, who it counts for), a missed penalty,
    // a sending-off and a VAR check. They happen to two Porto starters renamed to invented people first, so no real
    // player is given an event he never had; the line-up still spells one of them longer than the events do.
    renamePlayer(fixture, 373, { Pepe: 'Zeca Ficção' });
    renamePlayer(fixture, 10500, { 'Pepê Aquino': 'Ícaro Ficção', Pepê: 'Ícaro' });
    fixture.events.push(
      {
        time: { elapsed: 50, extra: null },
        team: arsenalTeam,
        player: { id: 373, name: 'Zeca Ficção' },
        assist: none,
        type: 'Goal',
        detail: 'Own Goal',
        comments: null,
      },
      {
        time: { elapsed: 60, extra: null },
        team: porto,
        player: { id: 10500, name: 'Ícaro' },
        assist: none,
        type: 'Goal',
        detail: 'Missed Penalty',
        comments: null,
      },
      {
        time: { elapsed: 62, extra: null },
        team: porto,
        player: { id: 10500, name: 'Ícaro' },
        assist: none,
        type: 'Var',
        detail: 'Penalty confirmed',
        comments: null,
      },
      {
        time: { elapsed: 90, extra: 3 },
        team: porto,
        player: { id: 373, name: 'Zeca Ficção' },
        assist: none,
        type: 'Card',
        detail: 'Red Card',
        comments: 'Violent conduct',
      },
      {
        time: { elapsed: 70, extra: null },
        team: porto,
        player: { id: 990001, name: 'Ovídio Inventado' },
        assist: none,
        type: 'Card',
        detail: 'Yellow Card',
        comments: 'Argument',
      },
    );
    fixture.goals = { home: 2, away: 0 };
    fixture.score.fulltime = { home: 2, away: 0 };
    const match = byId(read(changed), '1149523');
    expect(match.events).toContainEqual({ minute: 50, type: 'own-goal', team: 'away', player: 'Zeca Ficção' });
    expect(match.events).toContainEqual({ minute: 60, type: 'penalty-miss', team: 'away', player: 'Ícaro Ficção' });
    expect(match.events).toContainEqual({ minute: 62, type: 'var', team: 'away', player: 'Ícaro Ficção', note: 'Penalty confirmed' });
    expect(match.events).toContainEqual({ minute: '90+3', type: 'red', team: 'away', player: 'Zeca Ficção', note: 'Violent conduct' });
    // An (invented) coach's booking has no place when the line-up does not list him: reported, not dropped in silence.
    expect(match.notCarried).toContainEqual({
      field: 'events[]',
      why: 'a card for someone the line-up does not list (a coach or official)',
    });
    const recap = recapFile(match, { draft: true, source: FILE });
    expect(checkRecapFile(`${recap.slug}.md`, recap)).toEqual([]);
  });

  it('writes kick-offs in a given zone', () => {
    expect(byId(read(fixtureText(FILE), 'Europe/Madrid'), '1149519').kickoff).toBe('2024-03-13T21:00:00+01:00');
  });

  it('passes over fixtures that are not finished', () => {
    const changed = fixtureJson<Raw>(FILE);
    (changed.response[0] as unknown as { fixture: { status: object } }).fixture.status = {
      long: 'Match Postponed',
      short: 'PST',
      elapsed: null,
    };
    expect(read(changed).passedOver).toEqual([
      { at: 'response[0]', label: 'Atletico Madrid v Inter, 2024-03-13', reason: 'not finished (status PST, Match Postponed)' },
    ]);
  });
});
