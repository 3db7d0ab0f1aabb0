/** Card data in many scripts and shapes, shared by the OG tests and by anyone eyeballing the cards. */
import type { CardData } from '../../src/graphics/og/card-data.ts';

const base: CardData = {
  headline: 'Messi bends in a late equaliser and Miami win the shootout in Frisco',
  competition: 'Leagues Cup · Round of 16',
  date: 'August 6, 2023',
  venue: 'Toyota Stadium, Frisco',
  home: { name: 'FC Dallas', color: '#D11241', scorers: ["Facundo Quignon 37'", "Alan Velasco 63'"] },
  away: { name: 'Inter Miami CF', color: '#F7B5CD', scorers: ["Lionel Messi 6', 85'"] },
  score: { home: 4, away: 4 },
  penalties: { home: 3, away: 5 },
  status: 'Full time',
  brand: 'Fulltime',
};

const { penalties: _penalties, ...noShootout } = base;

/** Named sample cards. */
export const SAMPLES: Readonly<Record<string, CardData>> = {
  base,
  japanese: {
    ...base,
    headline: '鹿島アントラーズが終盤の逆転で浦和レッズを下す',
    competition: 'J1リーグ · 第12節',
    venue: '県立カシマサッカースタジアム',
    home: { name: '鹿島アントラーズ', color: '#B71940', scorers: ["鈴木優磨 71', 88'"] },
    away: { name: '浦和レッズ', color: '#E6002D', scorers: ["興梠慎三 12'"] },
    score: { home: 2, away: 1 },
  } as CardData,
  arabic: {
    ...noShootout,
    headline: 'الأهلي يفوز على الزمالك في نهائي الكأس بهدف محمد صلاح',
    competition: 'كأس مصر · النهائي',
    venue: 'استاد القاهرة الدولي',
    home: { name: 'الأهلي', color: '#C8102E', scorers: ["محمد صلاح 54'", "Percy Tau 90+2'"] },
    away: { name: 'نادي الزمالك', color: '#FFFFFF', scorers: ["أحمد سيد زيزو 30'"] },
    score: { home: 2, away: 1 },
    status: 'After extra time',
  } as CardData,
  mixed: {
    ...base,
    headline: 'Ολυμπιακός and Спартак Москва meet 서울 and 北京国安 in Zürich 🏆⚽',
    competition: 'Friendly · Ελλάδα',
    home: { name: 'Ολυμπιακός', color: '#E2001A', scorers: ["Αγιούμπ Ελ Κααμπί 9'"] },
    away: { name: 'Спартак Москва', color: '#1C1C1C', scorers: ["Квинси Промес 45+1' pen"] },
  } as CardData,
  long: {
    ...base,
    headline:
      'An extraordinarily long headline that keeps going well past the point where any sub-editor would have reached for the red pen, just to prove that it wraps and never overflows the card',
    competition: 'UEFA Europa Conference League Qualifying · Third qualifying round, second leg',
    home: {
      name: 'Borussia Mönchengladbach Fußball-Club von 1900',
      color: '#000000',
      scorers: Array.from({ length: 9 }, (_, i) => `Player Number ${i + 1} ${i * 9 + 3}'`),
    },
    away: { name: 'Wolverhampton Wanderers Football Club', color: '#FDB913', scorers: [] },
    score: { home: 10, away: 10 },
  } as CardData,
  markup: {
    ...base,
    headline: 'Fish & Chips FC <b>wins</b> "big" & &amp; stays top',
    home: { name: '<script>alert("x")</script>', color: '#004D98', scorers: ['O\'Neil & "Sons" 5\''] },
  } as CardData,
};
