/**
 * Word pools for the synthetic recaps of the benchmark: invented teams, players, competitions and
 * narrative sentences. All names are made up; a few are in non-Latin scripts so the graphics get real work.
 */

/** An invented team: `key` is its ASCII slug part, `names` its squad's name pool. */
export interface PoolTeam {
  readonly key: string;
  readonly name: string;
  readonly short: string;
  readonly color: string;
  readonly city: string;
  readonly names: 'latin' | 'japanese' | 'arabic' | 'cyrillic' | 'greek';
}

const LATIN_CITIES = [
  'Ashbury',
  'Brightmoor',
  'Caldera',
  'Dunmore',
  'Eastvale',
  'Fairhaven',
  'Glenrock',
  'Harrowgate',
  'Ironbridge',
  'Juniper Bay',
  'Kingsport',
  'Lakemont',
  'Millbrook',
  'Northwick',
  'Oakridge',
  'Port Adelin',
  'Queensferry',
  'Riverton',
  'São Caetano',
  'Tórshavn Bay',
  'Uppsala Norte',
  'Valmont',
  'Westerholt',
  'Yarrow',
  'Zelenograd Park',
  'Montclair-sur-Mer',
  'Ciudad Alameda',
  'Østerby',
];
const SUFFIXES = ['FC', 'United', 'Athletic', 'Rovers', 'City', 'Wanderers', 'Sporting Club', 'Albion'];

const SPECIAL_TEAMS: readonly PoolTeam[] = [
  { key: 'kawanishi', name: '川西ユナイテッド', short: 'KWU', color: '#1B3F8B', city: '川西', names: 'japanese' },
  { key: 'minato-sc', name: '港町SC', short: 'MNT', color: '#E4002B', city: '港町', names: 'japanese' },
  { key: 'al-nakheel', name: 'نادي النخيل', short: 'NAK', color: '#006C35', city: 'الواحة', names: 'arabic' },
  { key: 'al-sahel', name: 'الساحل الرياضي', short: 'SAH', color: '#F2C500', city: 'الساحل', names: 'arabic' },
  { key: 'zarya-volzhsk', name: 'Заря Волжск', short: 'ZAR', color: '#C8102E', city: 'Волжск', names: 'cyrillic' },
  { key: 'astrapi', name: 'Αστραπή Πειραιά', short: 'AST', color: '#0D5EAF', city: 'Πειραιάς', names: 'greek' },
  {
    key: 'royal-borough',
    name: 'Royal Borough of Kensington Heath Athletic Football Club',
    short: 'RKH',
    color: '#FFFFFF',
    city: 'Kensington Heath',
    names: 'latin',
  },
];

/** Thirty-odd invented teams: Latin names in varied colours, plus some in other scripts and one very long name. */
export function poolTeams(hex: (i: number) => string): PoolTeam[] {
  const latin = LATIN_CITIES.map((city, i): PoolTeam => {
    const suffix = SUFFIXES[i % SUFFIXES.length] ?? 'FC';
    const name = i % 3 === 0 ? `${suffix === 'FC' ? 'FC' : 'Real'} ${city}` : `${city} ${suffix}`;
    const letters = city
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toUpperCase();
    const key = `${city} ${suffix}`
      .normalize('NFD')
      .replace(/[^A-Za-z0-9 -]/g, '')
      .toLowerCase()
      .replace(/[\s-]+/g, '-');
    return { key, name, short: letters.slice(0, 3), color: hex(i), city, names: 'latin' };
  });
  return [...latin, ...SPECIAL_TEAMS];
}

/** First and last names per script. */
export const PLAYER_NAMES: Readonly<Record<PoolTeam['names'], { first: readonly string[]; last: readonly string[] }>> = {
  latin: {
    first: [
      'Aaron',
      'Bruno',
      'Carlos',
      'Dániel',
      'Emeka',
      'Felipe',
      'Gareth',
      'Hugo',
      'Ibrahim',
      'João',
      'Kasper',
      'Luka',
      'Mateo',
      'Niall',
      'Oskar',
      'Pierre',
      'Rafael',
      'Sebastián',
      'Tomás',
      'Youssef',
      'Zoltán',
      'Kwame',
      'Lorenzo',
      'Mikkel',
    ],
    last: [
      'Abara',
      'Bergström',
      'Castillo',
      'Dembélé',
      'Eriksen',
      'Fernández',
      'Gallagher',
      'Hernández',
      'Ivanović',
      'Jørgensen',
      'Kowalski',
      'Lindqvist',
      'Müller',
      "O'Connell",
      'Pereira',
      'Quaresma',
      'Rossi',
      'Schäfer',
      'Traoré',
      'Valverde',
      'Wójcik',
      'Yılmaz',
      'Zieliński',
      'de la Cruz',
    ],
  },
  japanese: {
    first: ['翔太', '大輝', '健太', '拓海', '陸', '蓮', '悠真', '颯太', '湊', '樹'],
    last: ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤'],
  },
  arabic: {
    first: ['محمد', 'أحمد', 'يوسف', 'عمر', 'خالد', 'سالم', 'فهد', 'علي', 'حسن', 'كريم'],
    last: ['العتيبي', 'الحربي', 'الشمري', 'القحطاني', 'الزهراني', 'المالكي', 'الدوسري', 'الغامدي'],
  },
  cyrillic: {
    first: ['Алексей', 'Дмитрий', 'Иван', 'Никита', 'Павел', 'Сергей', 'Артём', 'Егор'],
    last: ['Смирнов', 'Кузнецов', 'Попов', 'Соколов', 'Лебедев', 'Морозов', 'Волков', 'Зайцев'],
  },
  greek: {
    first: ['Γιώργος', 'Νίκος', 'Κώστας', 'Δημήτρης', 'Παναγιώτης', 'Σπύρος', 'Θανάσης'],
    last: ['Παπαδόπουλος', 'Οικονόμου', 'Γεωργίου', 'Νικολάου', 'Καραγιάννης', 'Βασιλείου'],
  },
};

/** Competitions with their rounds; `cup` ones may end in extra time and penalties. */
export const COMPETITIONS: readonly { readonly name: string; readonly cup: boolean; readonly rounds: readonly string[] }[] = [
  { name: 'Premier Division', cup: false, rounds: ['Matchday 3', 'Matchday 11', 'Matchday 19', 'Matchday 27', 'Matchday 34'] },
  { name: 'Championship North', cup: false, rounds: ['Week 2', 'Week 9', 'Week 21', 'Week 40'] },
  { name: 'Coastal League', cup: false, rounds: ['Round 5', 'Round 14', 'Round 22'] },
  { name: 'National Cup', cup: true, rounds: ['Third Round', 'Round of 16', 'Quarter-final', 'Semi-final', 'Final'] },
  { name: 'League Cup', cup: true, rounds: ['First Round', 'Second Round', 'Quarter-final', 'Final'] },
  { name: 'Continental Champions Cup', cup: true, rounds: ['Group A', 'Group C', 'Round of 16', 'Quarter-final', 'Semi-final'] },
  { name: 'Women’s Super League', cup: false, rounds: ['Matchday 6', 'Matchday 15'] },
  { name: 'Friendly', cup: false, rounds: [] },
];

/** Writers' names for bylines. */
export const AUTHORS = ['Ada Mensah', 'Bea Lindholm', 'Chidi Okafor', 'Dana Kowal', 'Eitan Levi', 'Fulltime desk', 'Grace Tan'];

/** Generic narrative sentences; `{home}`, `{away}`, `{venue}` and `{competition}` are filled in. */
export const FILLER = [
  'The opening exchanges were scrappy, with both midfields more interested in closing space than creating it.',
  '{home} pressed high from the first whistle and forced a string of hurried clearances.',
  '{away} were content to sit in a compact block and wait for the counter-attack.',
  'The pitch at {venue} looked heavy after a week of rain, and it slowed the passing on both sides.',
  'Set pieces were the main threat for long spells, with every corner drawing a crowd into the six-yard box.',
  'A tactical switch at the break, moving to a back three, changed the shape of the game.',
  'The full-backs pushed on at every opportunity, leaving gaps that the wingers were quick to exploit.',
  'Possession statistics told one story; the quality of the chances told another.',
  'The travelling supporters made themselves heard throughout, even when their side was under pressure.',
  'Neither goalkeeper had much to do in a first half short on clear openings.',
  'A misplaced pass in midfield almost proved costly, but the last defender recovered in time.',
  'The referee let play flow, waving away several appeals for fouls on the edge of the area.',
  'Fatigue set in during the final quarter of an hour, and the game stretched from end to end.',
  'For a side fighting at this end of the {competition} table, the result carries extra weight.',
  'The substitutes added energy, pressing the defence into mistakes it had avoided all evening.',
  'There were spells when the ball barely left the centre circle, both sides cancelling each other out.',
  'A long-range effort flew narrowly wide, drawing a groan from the home end.',
  'The captain organised the back line with constant instructions, and it held firm when it mattered.',
  'It was a performance built on work rate rather than flair, and few in the ground complained.',
  'The tempo dropped after the hour as both coaches reached for their benches.',
  'Chances came and went at both ends in a frantic spell just before half-time.',
  'The crossbar denied a header that would have changed the complexion of the match.',
  'A brief stoppage for an injury broke the rhythm that had been building for ten minutes.',
  'The midfield duo covered every blade of grass, winning second balls and recycling possession.',
];

/** Quotes for the manager's reaction. */
export const QUOTES = [
  'We knew it would be hard, and the players gave everything they had.',
  'In the first half we were too passive. The reaction after the break was what I want to see every week.',
  'Football can be cruel, but we have to take the positives and move on quickly.',
  'I am proud of the group. Nobody gave us a chance tonight.',
  'We made it difficult for ourselves, but the result is what matters at this stage of the season.',
];

/** Headline templates; `{winner}`, `{loser}`, `{home}`, `{away}`, `{score}`, `{scorer}` are filled in. */
export const HEADLINES = {
  win: [
    '{scorer} fires {winner} past {loser}',
    '{winner} beat {loser} {score} to keep up the pace',
    '{winner} edge a tense contest with {loser}',
    'Late pressure pays off as {winner} see off {loser}',
  ],
  draw: [
    '{home} and {away} share the points in a {score} draw',
    'Honours even between {home} and {away}',
    'No way through for {home} or {away}',
  ],
  penalties: ['{winner} hold their nerve to beat {loser} on penalties', 'Shootout drama as {winner} go through against {loser}'],
} as const;
