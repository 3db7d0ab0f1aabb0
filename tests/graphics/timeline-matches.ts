/**
 * Sample matches for the timeline tests, read through the real recap reader. Apart from the seed match (a real one,
 * facts from the seed reports), every team and person here is invented.
 */
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
      `  competition: Copa Fixture\n  round: Final\n  kickoff: 2024-07-14\n  home: { name: Rioplata, short: RPL, color: "#75AADB" }\n  away: { name: Valmoré, short: VAL, color: "#002654" }\n  score: 2-2\n  halftime: 1-0\n  extraTime: true\n  penalties: 5-4`,
      `events:\n  - { minute: 23, type: goal, team: home, player: Joaquín Arrieta, how: penalty }\n  - { minute: 41, type: yellow, team: away, player: Basile Ravenel }\n  - { minute: 71, type: sub, team: away, in: Gaël Thouvenot, out: Loïc Giraudière }\n  - { minute: 80, type: goal, team: away, player: Kévin Mbakolo, how: penalty }\n  - { minute: "90+4", type: yellow, team: home, player: Tobías Ferrándiz }\n  - { minute: 97, type: var, team: home, note: "Possible penalty, no foul" }\n  - { minute: "105+1", type: penalty-miss, team: away, player: Anselme Corbière }\n  - { minute: 108, type: goal, team: away, player: Rodrigue Kamba Ndolo, how: header }\n  - { minute: 118, type: goal, team: home, player: Ulises Barrientos }\n  - { minute: "120+2", type: second-yellow, team: away, player: Basile Ravenel }\n`,
      `shootout:\n${[
        ['away', 'Kévin Mbakolo', 'scored'],
        ['home', 'Joaquín Arrieta', 'scored'],
        ['away', 'Anselme Corbière', 'saved'],
        ['home', 'Paulo Dalmasso', 'missed'],
        ['away', 'Séraphin Tchakounté', 'missed'],
        ['home', 'Ramiro Paredón', 'scored'],
        ['away', 'Rodrigue Kamba Ndolo', 'scored'],
        ['home', 'Gonzalo Montaña', 'missed'],
        ['away', 'Gaël Thouvenot', 'scored'],
        ['home', 'Ángel Del Valle', 'scored'],
        ['away', 'Théo Hervouët', 'scored'],
        ['home', 'Julián Echagüe', 'scored'],
        ['away', 'Mamadou Keïta-Bâ', 'saved'],
        ['home', 'Tobías Ferrándiz', 'scored'],
      ]
        .map(([team, player, result]) => `  - { team: ${team}, player: ${player}, result: ${result} }`)
        .join('\n')}\n`,
    ),
  );

/** Added time in both halves: 45+1, 45+3, 90+1, 90+3 and 90+7. */
export const addedTime = (): Match =>
  matchFrom(
    recap(
      `  competition: League Fixture\n  kickoff: 2024-03-02\n  home: { name: Nevsky Lighthouse Petrograd, short: NEV, color: "#0093D8" }\n  away: { name: Volga Boatmen, short: VOL, color: "#D52B1E" }\n  score: 2-2`,
      `events:\n  - { minute: "45+1", type: goal, team: home, player: Артём Зарубин }\n  - { minute: "45+3", type: yellow, team: away, player: Георгий Шелепин }\n  - { minute: 90, type: sub, team: home, in: Лиандро, out: Артём Зарубин }\n  - { minute: "90+1", type: goal, team: away, player: Квинси Ромер, how: free-kick }\n  - { minute: "90+3", type: goal, team: home, player: Лиандро }\n  - { minute: "90+7", type: goal, team: away, player: Александр Стрельников, how: header }\n`,
    ),
  );

/** 0-0 with an empty event list. */
export const goalless = (): Match =>
  matchFrom(
    recap(
      `  competition: League Fixture\n  kickoff: 2024-02-10\n  home: { name: Tamagawa Kingfishers, short: TAM, color: "#0FA0E1" }\n  away: { name: Shiomi F. Seagulls, short: SHI, color: "#0A3A8C" }\n  score: 0-0`,
      'events: []\n',
    ),
  );

/** Twenty events, several in the same and neighbouring minutes, names in five scripts. */
export const dense = (): Match =>
  matchFrom(
    recap(
      `  competition: Friendly Fixture\n  kickoff: 2024-08-01\n  home: { name: Al-Sahel, short: SAH, color: "#1C4FA1" }\n  away: { name: Minuma Red Cranes, short: MIN, color: "#E60012" }\n  score: 4-3`,
      `events:\n${[
        '{ minute: 3, type: goal, team: home, player: نايف الحمدان }',
        '{ minute: 4, type: yellow, team: away, player: 石渡崇史 }',
        '{ minute: 5, type: goal, team: away, player: 岡嶋慎吾, how: header }',
        '{ minute: 5, type: var, team: away, player: 岡嶋慎吾, note: Checked for offside }',
        '{ minute: 6, type: yellow, team: home, player: Rúben Lousada }',
        '{ minute: 30, type: goal, team: home, player: Aleksandar Zekavić, how: penalty }',
        '{ minute: 31, type: own-goal, team: home, player: Kalidou Toubaly }',
        '{ minute: 31, type: yellow, team: home, player: Sergej Milojković-Savin }',
        '{ minute: 32, type: red, team: away, player: 岩城遼 }',
        '{ minute: "45+2", type: yellow, team: away, player: José Bandé }',
        '{ minute: 46, type: sub, team: home, in: Gelcimar, out: Aleksandar Zekavić }',
        '{ minute: 46, type: sub, team: away, in: 今泉夏穂, out: 石渡崇史 }',
        '{ minute: 60, type: goal, team: home, player: Gelcimar }',
        '{ minute: 61, type: goal, team: away, player: José Bandé }',
        '{ minute: 62, type: second-yellow, team: home, player: Rúben Lousada }',
        '{ minute: 70, type: penalty-miss, team: away, player: 今泉夏穂 }',
        '{ minute: 75, type: sub, team: home, in: 한도윤, out: Gelcimar }',
        '{ minute: 88, type: goal, team: home, player: Sergej Milojković-Savin, assist: 한도윤 }',
        '{ minute: "90+2", type: yellow, team: away, player: 今泉夏穂 }',
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
      `  competition: Cup Fixture\n  kickoff: 2024-04-04\n  home: { name: Real Valdemora, short: RVA, color: "#FFFFFF" }\n  away: { name: Real Valdemora Castellana, short: RVC, color: "#FEFEFE" }\n  score: 1-0`,
      `events:\n  - { minute: 12, type: goal, team: home, player: Jude Bellamy-Hart }\n  - { minute: 40, type: yellow, team: away, player: Some Player }\n`,
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
