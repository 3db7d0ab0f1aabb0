/**
 * Social cards per language: the card's own words (status, shootout badge, scorer minutes, date) are drawn in the
 * recap's language, and a right-to-left card mirrors its board (home team on the right).
 */
import { describe, expect, it } from 'vitest';
import { cardData } from '../../src/graphics/og/card-data.ts';
import { recapCard } from '../../src/graphics/og/layout.ts';
import { renderCard } from '../../src/graphics/og/render.ts';
import { LANGUAGES, translator } from '../../src/i18n/index.ts';
import type { Match, MatchEvent } from '../../src/recap/model.ts';
import { minuteMark, scorerLineText } from '../../src/recap/present.ts';
import { bidiText, stripIsolates } from '../../src/graphics/og/bidi.ts';
import { familyOrder, fontFamilyCss } from '../../src/graphics/og/font-stack.ts';
import { box } from '../../src/graphics/og/h.ts';
import { paragraph } from '../../src/graphics/og/text.ts';

const HOME = '#0b6e4f';
const AWAY = '#7a1f5c';
const WIDTH = 1200;

const goal = (label: string, base: number, added: number, scoredFor: 'home' | 'away', player: string, score: [number, number]) =>
  ({
    minute: { label, base, added },
    type: 'goal',
    team: scoredFor,
    scoredFor,
    player,
    score: { home: score[0], away: score[1] },
  }) as unknown as MatchEvent;

// An invented cup tie: 1-1 after extra time, won 4-3 on penalties by the home side.
const match = {
  competition: 'Valmont Cup',
  round: 'Final',
  kickoffDate: '2024-04-17',
  venue: 'Ashgrove Park',
  home: { name: 'Ashgrove Athletic', short: 'ASH', color: HOME, slug: 'ashgrove-athletic' },
  away: { name: 'Saint-Aubin Olympique', short: 'SAO', color: AWAY, slug: 'saint-aubin-olympique' },
  score: { home: 1, away: 1 },
  penalties: { home: 4, away: 3 },
  extraTime: true,
  goals: [goal('30', 30, 0, 'away', 'Théo Mercier', [0, 1]), goal('90+3', 90, 3, 'home', 'Jamie Okafor', [1, 1])],
} as unknown as Match;

const card = (lang: string) =>
  renderCard(recapCard(cardData({ title: 'Ashgrove Athletic 1-1 Saint-Aubin Olympique', match, lang }, { lang: 'en', brand: 'Fulltime' })));

/** Fraction of pixels that differ inside a box. */
function differenceIn(a: Uint8Array, b: Uint8Array, box: { x0: number; y0: number; x1: number; y1: number }): number {
  let n = 0;
  for (let y = box.y0; y < box.y1; y++)
    for (let x = box.x0; x < box.x1; x++) {
      const i = (y * WIDTH + x) * 4;
      if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) n++;
    }
  return n / ((box.x1 - box.x0) * (box.y1 - box.y0));
}

/** Pixels of exactly `hex` in the columns from x0 to x1 of the board. */
function colourIn(pixels: Uint8Array, hex: string, x0: number, x1: number): number {
  const v = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  let n = 0;
  for (let y = 64; y < 394; y++)
    for (let x = x0; x < x1; x++) {
      const i = (y * WIDTH + x) * 4;
      if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) n++;
    }
  return n;
}

// The centre panel below the score: the shootout badge and the status line.
const LABELS = { x0: 460, y0: 225, x1: 740, y1: 390 };

describe('social cards in every language', () => {
  it('writes the card’s own words in the recap’s language', () => {
    const words = (lang: string) => JSON.stringify(recapCard(cardData({ title: 'x', match, lang }, { lang: 'en', brand: 'Fulltime' })));
    for (const lang of LANGUAGES) {
      const t = translator(lang);
      expect(words(lang), lang).toContain(JSON.stringify(t('match.after-extra-time').toLocaleUpperCase(lang)).slice(1, -1).split(' ')[0]);
      expect(words(lang), lang).toContain(t('match.minute', { minute: '90+3' }));
    }
  });

  it.each(LANGUAGES.filter((lang) => lang !== 'en'))('%s: the badge and status are drawn in other words than English', async (lang) => {
    const [english, other] = await Promise.all([card('en'), card(lang)]);
    expect(differenceIn(english.pixels, other.pixels, LABELS)).toBeGreaterThan(0.01);
  });

  it('mirrors the board right to left: the home colour on the right half in Arabic, on the left in English', async () => {
    const [english, arabic] = await Promise.all([card('en'), card('ar')]);
    const left = (p: Uint8Array, hex: string) => colourIn(p, hex, 0, 450);
    const right = (p: Uint8Array, hex: string) => colourIn(p, hex, 750, 1200);
    expect(left(english.pixels, HOME)).toBeGreaterThan(100_000);
    expect(right(english.pixels, HOME)).toBe(0);
    expect(right(arabic.pixels, HOME)).toBeGreaterThan(100_000);
    expect(left(arabic.pixels, HOME)).toBe(0);
    expect(left(arabic.pixels, AWAY)).toBeGreaterThan(100_000);
  });

  it('keeps a minute left to right after an Arabic name (90+3′, not 3+90′)', () => {
    const ar = translator('ar');
    const line = scorerLineText({ player: 'زياد الراشد', goals: [minuteMark('90+3', ar)] }, ar);
    const words = (text: string) => bidiText(text).words.map((w) => w.runs.map((r) => r.text).join(''));
    expect(words(line)).toEqual(['90+3′', 'الراشد', 'زياد']);
    // Without the isolates the digits after the Arabic name are read as Arabic numbers and come out turned round.
    expect(words(stripIsolates(line))).not.toContain('90+3′');
  });

  it('keeps the dots of Arabic letters in bold (teh marbuta is not heh: الواحة, not الواحه)', async () => {
    const bold = (word: string) =>
      renderCard(
        box(
          { width: 1200, height: 630, background: '#ffffff', padding: 40, fontFamily: fontFamilyCss(familyOrder(word)) },
          paragraph(word, { sizes: [160], maxWidth: 1100, maxLines: 1, weight: 800, color: '#000000' }),
        ),
      );
    const [marbuta, heh] = await Promise.all([bold('الواحة'), bold('الواحه')]);
    expect(differenceIn(marbuta.pixels, heh.pixels, { x0: 0, y0: 0, x1: 1200, y1: 630 })).toBeGreaterThan(0.0005);
  });
});
