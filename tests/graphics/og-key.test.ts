import { describe, expect, it } from 'vitest';
import { cardUrl, recapCardJob } from '../../src/graphics/og/cards.ts';
import { cardKey } from '../../src/graphics/og/key.ts';
import { fontCatalogue, planFonts, type FamilySource } from '../../src/graphics/og/fonts.ts';
import type { Family } from '../../src/graphics/og/font-stack.ts';
import { cardData } from '../../src/graphics/og/card-data.ts';
import { recapCard } from '../../src/graphics/og/layout.ts';
import { box } from '../../src/graphics/og/h.ts';
import { FIXTURE, edited, readRecap } from './og-recaps.ts';
import { SAMPLES } from './og-samples.ts';

const base = readRecap(FIXTURE);
const url = cardUrl(base);

describe('card URL', () => {
  it('is /og/<slug>-<12 hex>.png and stable', () => {
    expect(url).toMatch(/^\/og\/dallas-miami-leagues-cup-2023-[0-9a-f]{12}\.png$/);
    expect(cardUrl(readRecap(FIXTURE))).toBe(url);
  });

  it.each([
    ['the headline', 'title: Messi bends', 'title: Messi curls'],
    ['a team name', 'name: FC Dallas', 'name: FC Dallas II'],
    ['a team colour', '#D11241', '#D11242'],
    ['the competition', 'competition: Leagues Cup', 'competition: Leagues Cup 2023'],
    ['the round', 'round: Round of 16', 'round: Last 16'],
    ['the venue', 'venue: Toyota Stadium, Frisco', 'venue: Toyota Stadium'],
    ['the match date', 'kickoff: 2023-08-06', 'kickoff: 2023-08-05'],
    ['a scorer', 'player: Bernard Kamungo', 'player: Bernard Kamungo Jr'],
    ['a goal minute', 'minute: 37, type: goal', 'minute: 38, type: goal'],
  ])('changes when %s changes', (_what, from, to) => {
    expect(cardUrl(edited(from, to))).not.toBe(url);
  });

  it.each([
    ['the body', 'still left with a place', 'still left with a spot'],
    ['the description', 'Two goals down', 'Two down'],
    ['the publication date', 'date: 2023-08-07', 'date: 2023-08-09'],
    ['the author', 'author: Fulltime desk', 'author: Someone Else'],
    ['the tags', 'tags: [leagues-cup, messi, comebacks]', 'tags: [messi]'],
    ['an assist', 'assist: Marco Farfan', 'assist: M. Farfan'],
    ['a VAR note', 'note: Offside flag overturned after review; the goal stands', 'note: Checked'],
    [
      'a yellow card',
      '  - { minute: 85, type: goal',
      '  - { minute: 70, type: yellow, team: home, player: Some Defender }\n  - { minute: 85, type: goal',
    ],
  ])('stays the same when %s changes (not on the card)', (_what, from, to) => {
    expect(cardUrl(edited(from, to))).toBe(url);
  });
});

describe('card key', () => {
  const tree = recapCard(cardData(base, { lang: 'en', brand: 'Fulltime' }));

  it('changes when the template draws anything differently', () => {
    // The key hashes the template's output, so a changed style, size or layout is a changed key.
    const restyled = { ...tree, props: { ...tree.props, style: { ...tree.props.style, background: '#ffffff' } } };
    const wrapped = box({ width: 1200, height: 630 }, tree);
    expect(cardKey(restyled)).not.toBe(cardKey(tree));
    expect(cardKey(wrapped)).not.toBe(cardKey(tree));
    expect(cardKey(JSON.parse(JSON.stringify(tree)))).toBe(cardKey(tree));
  });

  it('changes with the rasteriser versions and settings', () => {
    expect(cardKey(tree, planFonts(tree), 'satori@0.0.1')).not.toBe(cardKey(tree));
  });

  it('changes when a font file the card uses changes, and only then', () => {
    const bumped = (family: Family) => {
      const catalogue = new Map(fontCatalogue());
      const source = catalogue.get(family) as FamilySource;
      catalogue.set(family, { ...source, version: `${source.version}-patched` });
      return catalogue;
    };
    const japanese = recapCard(SAMPLES['japanese'] as (typeof SAMPLES)[string]);
    const key = (t: typeof tree, catalogue = fontCatalogue()) => cardKey(t, planFonts(t, catalogue));
    expect(key(tree, bumped('Noto Sans JP'))).toBe(key(tree));
    expect(key(japanese, bumped('Noto Sans JP'))).not.toBe(key(japanese));
    expect(key(tree, bumped('Noto Sans'))).not.toBe(key(tree));
    expect(key(tree, bumped('Noto Sans Arabic'))).toBe(key(tree));
  });

  it('plans only the font subsets and weights the card draws', () => {
    const files = (t: typeof tree) => planFonts(t).map((f) => f.id.replace(/@\d[^/]*/, ''));
    expect(files(tree)).toMatchInlineSnapshot(`
      [
        "@fontsource/noto-sans/noto-sans-latin-400-normal.woff",
        "@fontsource/noto-sans/noto-sans-latin-700-normal.woff",
        "@fontsource/noto-sans/noto-sans-latin-800-normal.woff",
      ]
    `);
    expect(files(recapCard(SAMPLES['japanese'] as (typeof SAMPLES)[string])).filter((f) => f.includes('-jp/')).length).toBeGreaterThan(1);
  });

  it('names the job after the slug and the key', () => {
    const job = recapCardJob(base);
    expect(job.file).toBe(`dallas-miami-leagues-cup-2023-${job.key}.png`);
  });
});
