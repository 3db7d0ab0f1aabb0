/**
 * Sample matches for the line-up graphic, read through the real recap reader. Every team and person here is
 * invented (no real player's appearance, card or goal).
 */
import type { Match } from '../../src/recap/model.ts';
import { matchFrom } from './timeline-matches.ts';

type P = readonly [number, string];

function side(formation: string | undefined, starting: readonly P[], bench: readonly P[], coach?: string): string {
  const player = ([number, name]: P) => `        - { number: ${number}, name: "${name}" }`;
  return [
    ...(formation ? [`      formation: "${formation}"`] : []),
    ...(coach ? [`      coach: "${coach}"`] : []),
    '      starting:',
    ...starting.map(player),
    ...(bench.length > 0 ? ['      bench:', ...bench.map(player)] : []),
  ].join('\n');
}

interface Sample {
  readonly match: string;
  readonly home: string;
  readonly away: string;
  readonly events?: readonly string[];
  readonly extra?: string;
}

function recap({ match, home, away, events = [], extra = '' }: Sample): string {
  return [
    '---',
    'title: Fixture',
    'date: 2024-05-01',
    'match:',
    match,
    ...(extra ? [extra] : []),
    '  lineups:',
    '    home:',
    home,
    '    away:',
    away,
    ...(events.length > 0 ? ['events:', ...events.map((e) => `  - ${e}`)] : []),
    '---',
    'Body.',
    '',
  ].join('\n');
}

const numbered = (names: readonly string[], from = 1): P[] => names.map((n, i) => [from + i, n]);

const ASHGROVE = numbered([
  'Tomás Ferreira-Lindqvist',
  'Callum Reid',
  'Liam Doyle',
  'Oskar Nyström',
  'Ferdinand Ekwueme',
  'Jamie Okafor',
  'Dario Kovačević',
  'Sam Whitlock',
  'Ruairí Ó Dálaigh',
  'Benedikt Schöneberger',
  'Yusuf Adebayo-Hartmann',
]);
const ASHGROVE_BENCH: P[] = [
  [12, 'Noah Prendergast'],
  [14, 'Élie Marchetti'],
  [15, 'Kasper Thorvaldsen'],
  [18, 'Matteo Brambilla'],
];
const SAINT_AUBIN = numbered([
  'Rémi Castaño',
  'Théo Mercier',
  'Anatole Bérenger',
  'Guillaume Desrosiers',
  'Lucien Vasseur',
  'Maël Kerbrat',
  'Aurélien Poitevin',
  'Bastien Lefèvre',
  'Yannick Ouédraogo',
  'Jean-Baptiste Delacroix-Montfort',
  'Corentin Le Goff',
]);
const SAINT_AUBIN_BENCH: P[] = [
  [16, 'Florian Guérin'],
  [17, 'Sékou Diarrassouba'],
];

/** 4-2-3-1 against 3-4-3, goals, an assist, cards, substitutions, coaches and a player of the match. */
export const cupTie = (): Match =>
  matchFrom(
    recap({
      match: [
        '  competition: Valmont Cup',
        '  kickoff: 2024-04-17T19:45:00+01:00',
        '  home: { name: Ashgrove Athletic, short: ASH, color: "#0B6E4F" }',
        '  away: { name: Saint-Aubin Olympique, short: SAO, color: "#1D3C8F" }',
        '  score: 2-1',
        '  playerOfTheMatch: Sam Whitlock',
      ].join('\n'),
      home: side('4-2-3-1', ASHGROVE, ASHGROVE_BENCH, 'Moira Callaghan'),
      away: side('3-4-3', SAINT_AUBIN, SAINT_AUBIN_BENCH, 'Hervé Lambourde'),
      events: [
        '{ minute: "45+2", type: goal, team: away, player: Théo Mercier, assist: Yannick Ouédraogo }',
        '{ minute: 31, type: yellow, team: home, player: Jamie Okafor }',
        '{ minute: 58, type: sub, team: home, in: Élie Marchetti, out: Benedikt Schöneberger }',
        '{ minute: 63, type: goal, team: home, player: Sam Whitlock, assist: Élie Marchetti }',
        '{ minute: 74, type: second-yellow, team: away, player: Lucien Vasseur }',
        '{ minute: 70, type: yellow, team: away, player: Lucien Vasseur }',
        '{ minute: 80, type: sub, team: away, in: Sékou Diarrassouba, out: Corentin Le Goff }',
        '{ minute: "90+3", type: goal, team: home, player: Sam Whitlock, how: penalty }',
      ],
    }),
  );

/** 3-4-1-2 against 4-2-3-1 in two near-identical reds: the away side must give way. */
export const clashingReds = (): Match =>
  matchFrom(
    recap({
      match: [
        '  competition: Harbour League',
        '  kickoff: 2024-03-09',
        '  home: { name: Portmoor Rovers, short: POR, color: "#C8102E" }',
        '  away: { name: Kelvingate FC, short: KEL, color: "#C91432" }',
        '  score: 0-0',
      ].join('\n'),
      home: side(
        '3-4-1-2',
        numbered([
          'Ivo Radić',
          'Pádraig Mulvey',
          'Hamish Urquhart',
          'Lars Øvergaard',
          'Nuno Barreto',
          'Cian Fogarty',
          'Ewan Baird',
          'Mikel Etxeberria',
          'Fraser Lindsay',
          'Tobias Hølmebakk',
          'Declan Mahony',
        ]),
        [],
      ),
      away: side(
        '4-2-3-1',
        numbered([
          'Arlo Penhaligon',
          'Gethin Pryce',
          'Ross McAteer',
          'Brodie Kinnaird',
          'Alasdair Munro',
          'Kieran Dunphy',
          'Owain Llewelyn',
          'Finlay Drummond',
          'Eoin Sheridan',
          'Lachlan Strachan',
          'Rhys Cadwaladr',
        ]),
        [],
      ),
    }),
  );

/** Seven-a-side youth match, 2-3-1 each, halves of 25 minutes, names in Japanese and Arabic. */
export const sevenASide = (): Match =>
  matchFrom(
    recap({
      match: [
        '  competition: Riverside Youth League U12',
        '  kickoff: 2024-09-14',
        '  home: { name: 桜ヶ丘ジュニア, short: SAK, color: "#E4007F" }',
        '  away: { name: نادي الواحة للناشئين, short: WAH, color: "#F2C500" }',
        '  score: 2-2',
        '  halfLength: 25',
        '  playerOfTheMatch: 佐々木結衣',
      ].join('\n'),
      home: side(
        '2-3-1',
        numbered(['高橋健太', '中村翔', '渡辺大翔', '佐々木結衣', '小林陽斗', '山本悠真', '加藤蒼空']),
        [
          [8, '吉田湊'],
          [9, '松本颯太'],
        ],
        '井上真由美',
      ),
      away: side(
        '2-3-1',
        numbered(['يوسف الحربي', 'عمر الزهراني', 'خالد العتيبي', 'سلمان القحطاني', 'فيصل الشمري', 'ماجد الدوسري', 'عبدالرحمن الغامدي']),
        [[8, 'راشد المطيري']],
        'سعاد البلوشي',
      ),
      events: [
        '{ minute: 7, type: goal, team: home, player: 佐々木結衣, assist: 加藤蒼空 }',
        '{ minute: 19, type: goal, team: away, player: عبدالرحمن الغامدي }',
        '{ minute: "25+1", type: goal, team: home, player: 佐々木結衣 }',
        '{ minute: 30, type: sub, team: home, in: 吉田湊, out: 山本悠真 }',
        '{ minute: 41, type: goal, team: away, player: ماجد الدوسري, assist: عمر الزهراني }',
        '{ minute: 44, type: sub, team: away, in: راشد المطيري, out: يوسف الحربي }',
      ],
    }),
  );

/** One player with everything: a hat-trick (one a penalty), two assists, a yellow, an own goal, subbed off. */
export const busyPlayer = (): Match =>
  matchFrom(
    recap({
      match: [
        '  competition: Harbour League',
        '  kickoff: 2024-03-16',
        '  home: { name: Portmoor Rovers, short: POR, color: "#C8102E" }',
        '  away: { name: Westholm Athletic Football and Athletic Club, short: WES, color: "#FFFFFF" }',
        '  score: 5-1',
        '  playerOfTheMatch: Maximilian-Alexander Wolkenstein-Rodeneck',
      ].join('\n'),
      home: side(
        '4-4-2',
        numbered([
          'Ivo Radić',
          'Pádraig Mulvey',
          'Hamish Urquhart',
          'Lars Øvergaard',
          'Nuno Barreto',
          'Cian Fogarty',
          'Ewan Baird',
          'Mikel Etxeberria',
          'Fraser Lindsay',
          'Maximilian-Alexander Wolkenstein-Rodeneck',
          'Declan Mahony',
        ]),
        [[14, 'Tobias Hølmebakk']],
      ),
      away: side(
        '5-3-2',
        numbered([
          'Arlo Penhaligon',
          'Gethin Pryce',
          'Ross McAteer',
          'Brodie Kinnaird',
          'Alasdair Munro',
          'Kieran Dunphy',
          'Owain Llewelyn',
          'Finlay Drummond',
          'Eoin Sheridan',
          'Lachlan Strachan',
          'Rhys Cadwaladr',
        ]),
        [],
      ),
      events: [
        '{ minute: 5, type: goal, team: home, player: Maximilian-Alexander Wolkenstein-Rodeneck, assist: Declan Mahony }',
        '{ minute: 12, type: goal, team: home, player: Declan Mahony, assist: Maximilian-Alexander Wolkenstein-Rodeneck }',
        '{ minute: 23, type: yellow, team: home, player: Maximilian-Alexander Wolkenstein-Rodeneck }',
        '{ minute: 34, type: goal, team: home, player: Maximilian-Alexander Wolkenstein-Rodeneck, how: penalty }',
        '{ minute: 41, type: own-goal, team: home, player: Maximilian-Alexander Wolkenstein-Rodeneck }',
        '{ minute: "45+1", type: goal, team: home, player: Fraser Lindsay, assist: Maximilian-Alexander Wolkenstein-Rodeneck }',
        '{ minute: 67, type: goal, team: home, player: Maximilian-Alexander Wolkenstein-Rodeneck, how: header }',
        '{ minute: 80, type: sub, team: home, in: Tobias Hølmebakk, out: Maximilian-Alexander Wolkenstein-Rodeneck }',
      ],
    }),
  );

/** Line-ups without formations: the graphic lists the players instead of placing them. */
export const noFormation = (): Match =>
  matchFrom(
    recap({
      match: [
        '  competition: Sunday Cup',
        '  kickoff: 2024-02-04',
        '  home: { name: Old Mill United, short: OMU, color: "#6B2C91" }',
        '  away: { name: Brookfield Wanderers, short: BRW, color: "#F28C28" }',
        '  score: 1-0',
      ].join('\n'),
      home: side(
        undefined,
        numbered([
          'Ivo Radić',
          'Pádraig Mulvey',
          'Hamish Urquhart',
          'Lars Øvergaard',
          'Nuno Barreto',
          'Cian Fogarty',
          'Ewan Baird',
          'Mikel Etxeberria',
          'Fraser Lindsay',
          'Tobias Hølmebakk',
          'Declan Mahony',
        ]),
        [[12, 'Jonas Færøvik']],
        'Agnes Whitcombe',
      ),
      away: side(
        undefined,
        numbered([
          'Arlo Penhaligon',
          'Gethin Pryce',
          'Ross McAteer',
          'Brodie Kinnaird',
          'Alasdair Munro',
          'Kieran Dunphy',
          'Owain Llewelyn',
          'Finlay Drummond',
          'Eoin Sheridan',
          'Lachlan Strachan',
          'Rhys Cadwaladr',
        ]),
        [],
      ),
      events: [
        '{ minute: 52, type: goal, team: home, player: Fraser Lindsay, assist: Ewan Baird }',
        '{ minute: 70, type: sub, team: home, in: Jonas Færøvik, out: Ewan Baird }',
      ],
    }),
  );
