/**
 * Card data in many scripts and shapes, shared by the OG tests and by anyone eyeballing the cards. The base card is
 * the real seed match (facts from the seed reports); every other team, person, venue and competition is invented.
 */
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
/** Date and venue for the invented samples, so that none of them is set at the real match's ground on its day. */
const elsewhere = { date: 'May 18, 2024', venue: 'Harbour Park, Portmoor' };

/** Named sample cards. */
export const SAMPLES: Readonly<Record<string, CardData>> = {
  base,
  japanese: {
    ...base,
    ...elsewhere,
    headline: '港南ファルコンズが終盤の逆転で北山レッズを下す',
    competition: '湾岸リーグ · 第12節',
    venue: '県立港南サッカースタジアム',
    home: { name: '港南ファルコンズ', color: '#B71940', scorers: ["鈴村悠真 71', 88'"] },
    away: { name: '北山レッズ', color: '#E6002D', scorers: ["岡嶋慎吾 12'"] },
    score: { home: 2, away: 1 },
  } as CardData,
  arabic: {
    ...noShootout,
    ...elsewhere,
    headline: 'الواحة يفوز على القصر في نهائي الكأس بهدف زياد الراشد',
    competition: 'كأس الساحل · النهائي',
    venue: 'ملعب النخيل الدولي',
    home: { name: 'الواحة', color: '#C8102E', scorers: ["زياد الراشد 54'", "Percy Mabote 90+2'"] },
    away: { name: 'نادي القصر', color: '#FFFFFF', scorers: ["فيصل سيد الهاجري 30'"] },
    score: { home: 2, away: 1 },
    status: 'After extra time',
  } as CardData,
  mixed: {
    ...base,
    ...elsewhere,
    headline: 'Ακρογιαλός and Невский Маяк meet 한빛 and 白鹭湾队 in Zürich 🏆⚽',
    competition: 'Friendly · Ελλάδα',
    home: { name: 'Ακρογιαλός', color: '#E2001A', scorers: ["Αγιούμπ Ελ Μανσούρι 9'"] },
    away: { name: 'Невский Маяк', color: '#1C1C1C', scorers: ["Квинси Ромер 45+1' pen"] },
  } as CardData,
  long: {
    ...base,
    ...elsewhere,
    headline:
      'An extraordinarily long headline that keeps going well past the point where any sub-editor would have reached for the red pen, just to prove that it wraps and never overflows the card',
    competition: 'Continental Conference League Qualifying · Third qualifying round, second leg',
    home: {
      name: 'Borussia Kühlenbrückenau Fußball-Club von 1900',
      color: '#000000',
      scorers: Array.from({ length: 9 }, (_, i) => `Player Number ${i + 1} ${i * 9 + 3}'`),
    },
    away: { name: 'Wetherhampton Wanderers Football Club', color: '#FDB913', scorers: [] },
    score: { home: 10, away: 10 },
  } as CardData,
  markup: {
    ...base,
    ...elsewhere,
    headline: 'Fish & Chips FC <b>wins</b> "big" & &amp; stays top',
    home: { name: '<script>alert("x")</script>', color: '#004D98', scorers: ['O\'Neil & "Sons" 5\''] },
    away: { name: 'Portmoor Rovers', color: '#F7B5CD', scorers: ["Declan Mahony 6', 85'"] },
  } as CardData,
};
