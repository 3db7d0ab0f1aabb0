/** Sample matches for the timeline tests, read through the real recap reader. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Match } from '../../src/recap/model.ts';
import { readRecap } from '../../src/recap/read.ts';
import { ROOT } from '../helpers/site.ts';

/** Reads a recap from text and returns its match, failing loudly on a bad fixture. */
export function matchFrom(text: string, file = 'fixture.md'): Match {
  const result = readRecap(file, path.basename(file, '.md'), text);
  if (!result.ok) throw new Error(`bad fixture ${file}: ${JSON.stringify(result.diagnostics.map((d) => d.message))}`);
  return result.recap.match;
}

function recap(match: string, events = '', shootout = ''): string {
  return `---\ntitle: Fixture\ndate: 2024-05-01\nmatch:\n${match}\n${events}${shootout}---\nBody.\n`;
}

/** The seed recap in content/recaps. */
export const seed = (): Match =>
  matchFrom(readFileSync(path.join(ROOT, 'content/recaps/dallas-miami-leagues-cup-2023.md'), 'utf8'), 'dallas-miami-leagues-cup-2023.md');

/** A final that went to extra time (goals at 90+4, 105+1 and 118) and a sudden-death shootout. */
export const extraTimeShootout = (): Match =>
  matchFrom(
    recap(
      `  competition: Copa Fixture\n  round: Final\n  kickoff: 2024-07-14\n  home: { name: Argentina, short: ARG, color: "#75AADB" }\n  away: { name: France, short: FRA, color: "#002654" }\n  score: 2-2\n  halftime: 1-0\n  extraTime: true\n  penalties: 5-4`,
      `events:\n  - { minute: 23, type: goal, team: home, player: Lionel Messi, how: penalty }\n  - { minute: 41, type: yellow, team: away, player: Adrien Rabiot }\n  - { minute: 71, type: sub, team: away, in: Marcus Thuram, out: Olivier Giroud }\n  - { minute: 80, type: goal, team: away, player: Kylian Mbappé, how: penalty }\n  - { minute: "90+4", type: yellow, team: home, player: Enzo Fernández }\n  - { minute: 97, type: var, team: home, note: "Possible penalty, no foul" }\n  - { minute: "105+1", type: penalty-miss, team: away, player: Kingsley Coman }\n  - { minute: 108, type: goal, team: away, player: Randal Kolo Muani, how: header }\n  - { minute: 118, type: goal, team: home, player: Lautaro Martínez }\n  - { minute: "120+2", type: second-yellow, team: away, player: Adrien Rabiot }\n`,
      `shootout:\n${[
        ['away', 'Kylian Mbappé', 'scored'],
        ['home', 'Lionel Messi', 'scored'],
        ['away', 'Kingsley Coman', 'saved'],
        ['home', 'Paulo Dybala', 'missed'],
        ['away', 'Aurélien Tchouaméni', 'missed'],
        ['home', 'Leandro Paredes', 'scored'],
        ['away', 'Randal Kolo Muani', 'scored'],
        ['home', 'Gonzalo Montiel', 'missed'],
        ['away', 'Marcus Thuram', 'scored'],
        ['home', 'Ángel Di María', 'scored'],
        ['away', 'Theo Hernández', 'scored'],
        ['home', 'Julián Álvarez', 'scored'],
        ['away', 'Ibrahima Konaté', 'saved'],
        ['home', 'Enzo Fernández', 'scored'],
      ]
        .map(([team, player, result]) => `  - { team: ${team}, player: ${player}, result: ${result} }`)
        .join('\n')}\n`,
    ),
  );

/** Added time in both halves: 45+1, 45+3, 90+1, 90+3 and 90+7. */
export const addedTime = (): Match =>
  matchFrom(
    recap(
      `  competition: League Fixture\n  kickoff: 2024-03-02\n  home: { name: Zenit Saint Petersburg, short: ZEN, color: "#0093D8" }\n  away: { name: Spartak Moscow, short: SPA, color: "#D52B1E" }\n  score: 2-2`,
      `events:\n  - { minute: "45+1", type: goal, team: home, player: Артём Дзюба }\n  - { minute: "45+3", type: yellow, team: away, player: Георгий Джикия }\n  - { minute: 90, type: sub, team: home, in: Малком, out: Артём Дзюба }\n  - { minute: "90+1", type: goal, team: away, player: Квинси Промес, how: free-kick }\n  - { minute: "90+3", type: goal, team: home, player: Малком }\n  - { minute: "90+7", type: goal, team: away, player: Александр Соболев, how: header }\n`,
    ),
  );

/** 0-0 with an empty event list. */
export const goalless = (): Match =>
  matchFrom(
    recap(
      `  competition: League Fixture\n  kickoff: 2024-02-10\n  home: { name: Kawasaki Frontale, short: KAW, color: "#0FA0E1" }\n  away: { name: Yokohama F. Marinos, short: YOK, color: "#0A3A8C" }\n  score: 0-0`,
      'events: []\n',
    ),
  );

/** Twenty events, several in the same and neighbouring minutes, names in five scripts. */
export const dense = (): Match =>
  matchFrom(
    recap(
      `  competition: Friendly Fixture\n  kickoff: 2024-08-01\n  home: { name: Al-Hilal, short: HIL, color: "#1C4FA1" }\n  away: { name: Urawa Red Diamonds, short: URA, color: "#E60012" }\n  score: 4-3`,
      `events:\n${[
        '{ minute: 3, type: goal, team: home, player: سالم الدوسري }',
        '{ minute: 4, type: yellow, team: away, player: 酒井宏樹 }',
        '{ minute: 5, type: goal, team: away, player: 興梠慎三, how: header }',
        '{ minute: 5, type: var, team: away, player: 興梠慎三, note: Checked for offside }',
        '{ minute: 6, type: yellow, team: home, player: Rúben Neves }',
        '{ minute: 30, type: goal, team: home, player: Aleksandar Mitrović, how: penalty }',
        '{ minute: 31, type: own-goal, team: home, player: Kalidou Koulibaly }',
        '{ minute: 31, type: yellow, team: home, player: Sergej Milinković-Savić }',
        '{ minute: 32, type: red, team: away, player: 岩尾憲 }',
        '{ minute: "45+2", type: yellow, team: away, player: José Kanté }',
        '{ minute: 46, type: sub, team: home, in: Malcom, out: Aleksandar Mitrović }',
        '{ minute: 46, type: sub, team: away, in: 小泉佳穂, out: 酒井宏樹 }',
        '{ minute: 60, type: goal, team: home, player: Malcom }',
        '{ minute: 61, type: goal, team: away, player: José Kanté }',
        '{ minute: 62, type: second-yellow, team: home, player: Rúben Neves }',
        '{ minute: 70, type: penalty-miss, team: away, player: 小泉佳穂 }',
        '{ minute: 75, type: sub, team: home, in: 박주영, out: Malcom }',
        '{ minute: 88, type: goal, team: home, player: Sergej Milinković-Savić, assist: 박주영 }',
        '{ minute: "90+2", type: yellow, team: away, player: 小泉佳穂 }',
        '{ minute: "90+4", type: var, team: home, note: Goal ruled out for handball }',
      ]
        .map((e) => `  - ${e}`)
        .join('\n')}\n`,
    ),
  );

/** Both teams in near-identical reds, and a white kit: colours that need fallbacks and outlines. */
export const clashingColours = (): Match =>
  matchFrom(
    recap(
      `  competition: Cup Fixture\n  kickoff: 2024-04-04\n  home: { name: Real Madrid, short: RMA, color: "#FFFFFF" }\n  away: { name: Real Madrid Castilla, short: RMC, color: "#FEFEFE" }\n  score: 1-0`,
      `events:\n  - { minute: 12, type: goal, team: home, player: Jude Bellingham }\n  - { minute: 40, type: yellow, team: away, player: Some Player }\n`,
    ),
  );

/** Names carrying markup and quotes. */
export const hostileNames = (): Match =>
  matchFrom(
    recap(
      `  competition: "<b>Cup</b> & \\"Co\\""\n  kickoff: 2024-01-01\n  home: { name: "Tom & Jerry's <XI>", short: TJX, color: "#123456" }\n  away: { name: "Quote \\"United\\"", short: QUO, color: "#fedcba" }\n  score: 1-0`,
      `events:\n  - { minute: 10, type: goal, team: home, player: "<script>alert(1)</script>", note: "a & b < c > d \\"e\\" 'f'" }\n`,
    ),
  );
