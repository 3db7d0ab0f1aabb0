/** Who played and for how long: appearances() over validated recaps, with minutes pinned by hand. */
import { describe, expect, it } from 'vitest';
import { appearances, playerKey } from '../../src/recap/appearances.ts';
import type { Appearance } from '../../src/recap/model.ts';
import { recapFile, valid } from './helpers.ts';

const ELEVEN = [
  'Gus Keller',
  'Ana Lopes',
  'Bea Costa',
  'Dana Ruiz',
  'Eli Moss',
  'Fay Hart',
  'Ivo Petrov',
  'Jon Wade',
  'Kai Lund',
  'Leo Park',
  'Max Holt',
];
const SEVEN = ELEVEN.slice(0, 7);

function lineups(starting: string[], bench: string[], formation?: string): string {
  const list = (names: string[], from: number) => `[${names.map((n, i) => `{ name: ${n}, number: ${from + i} }`).join(', ')}]`;
  return `\n    home: { ${formation ? `formation: ${formation}, ` : ''}starting: ${list(starting, 1)}, bench: ${list(bench, 12)} }`;
}

/** One line per appearance: `name  started|on 63'  off 80' (sub)  minutes`. */
function lines(list: readonly Appearance[]): string[] {
  return list.map((a) =>
    [
      a.name,
      a.started ? 'started' : a.on ? `on ${a.on.label}'` : 'bench',
      ...(a.off ? [`off ${a.off.label}' (${a.offReason})`] : []),
      String(a.minutes),
    ].join('  '),
  );
}

describe('appearances in a 90-minute match', () => {
  const recap = valid(
    recapFile({
      match: { score: '1-0', lineups: lineups(ELEVEN, ['Ned Cole', 'Oli Vance', 'Pat Shaw', 'Ray Dunn', 'Sam Roth']) },
      events: [
        '{ minute: 63, type: sub, team: home, in: Ned Cole, out: Ana Lopes }',
        '{ minute: "45+2", type: red, team: home, player: Bea Costa }',
        '{ minute: 70, type: goal, team: home, player: Ned Cole }',
        '{ minute: 75, type: sub, team: home, in: Oli Vance, out: Dana Ruiz }',
        '{ minute: 88, type: sub, team: home, in: Pat Shaw, out: Oli Vance }',
        '{ minute: "90+3", type: sub, team: home, in: Ray Dunn, out: Eli Moss }',
        '{ minute: 80, type: yellow, team: home, player: Fay Hart }',
        '{ minute: 85, type: second-yellow, team: home, player: Fay Hart }',
        '{ minute: 60, type: red, team: home, player: Sam Roth, note: Sent off from the bench }',
      ],
    }),
  );
  const { home, away } = appearances(recap.match);

  it('counts minutes from the line-up, substitutions and sendings-off', () => {
    expect(lines(home)).toEqual([
      'Gus Keller  started  90',
      "Ana Lopes  started  off 63' (sub)  63",
      "Bea Costa  started  off 45+2' (red)  45",
      "Dana Ruiz  started  off 75' (sub)  75",
      "Eli Moss  started  off 90+3' (sub)  90",
      "Fay Hart  started  off 85' (second-yellow)  85",
      'Ivo Petrov  started  90',
      'Jon Wade  started  90',
      'Kai Lund  started  90',
      'Leo Park  started  90',
      'Max Holt  started  90',
      "Ned Cole  on 63'  27",
      "Oli Vance  on 75'  off 88' (sub)  13",
      "Pat Shaw  on 88'  2",
      "Ray Dunn  on 90+3'  1",
      "Sam Roth  bench  off 60' (red)  0",
    ]);
  });

  it('carries numbers and positions from the line-up, and leaves a side without a line-up empty', () => {
    expect(home[11]).toMatchObject({ name: 'Ned Cole', number: 12, started: false, on: { label: '63' } });
    expect(home[0]?.position).toBeUndefined();
    expect(away).toEqual([]);
  });
});

describe('appearances with extra time and short halves', () => {
  it('a match with extra time lasts 120 minutes', () => {
    const recap = valid(
      recapFile({
        match: { score: '0-0', extraTime: 'true', lineups: lineups(ELEVEN, ['Ned Cole', 'Oli Vance']) },
        events: [
          '{ minute: 100, type: sub, team: home, in: Ned Cole, out: Max Holt }',
          '{ minute: "105+1", type: sub, team: home, in: Oli Vance, out: Leo Park }',
        ],
      }),
    );
    expect(lines(appearances(recap.match).home).slice(-4)).toEqual([
      "Leo Park  started  off 105+1' (sub)  105",
      "Max Holt  started  off 100' (sub)  100",
      "Ned Cole  on 100'  20",
      "Oli Vance  on 105+1'  15",
    ]);
    expect(appearances(recap.match).home[0]?.minutes).toBe(120);
  });

  it('a seven-a-side match of two 25-minute halves lasts 50, with 25+N counted as 25', () => {
    const recap = valid(
      recapFile({
        match: { score: '0-0', halfLength: '25', lineups: lineups(SEVEN, ['Ned Cole'], '2-3-1') },
        events: ['{ minute: "25+1", type: sub, team: home, in: Ned Cole, out: Ivo Petrov }'],
      }),
    );
    expect(lines(appearances(recap.match).home)).toEqual([
      'Gus Keller  started  50',
      'Ana Lopes  started  50',
      'Bea Costa  started  50',
      'Dana Ruiz  started  50',
      'Eli Moss  started  50',
      'Fay Hart  started  50',
      "Ivo Petrov  started  off 25+1' (sub)  25",
      "Ned Cole  on 25+1'  25",
    ]);
  });
});

describe('playerKey', () => {
  it('ignores case, spacing and Unicode composition', () => {
    expect(playerKey('  Théo   MERCIER ')).toBe(playerKey('the\u0301o mercier'));
    expect(playerKey('Ana Lopes')).not.toBe(playerKey('Ana Lopez'));
  });
});
