import { describe, expect, it } from 'vitest';
import { matchPaints } from '../../src/design/team-colours.ts';
import { renderLineups } from '../../src/graphics/lineups/index.ts';
import { cardData } from '../../src/graphics/og/card-data.ts';
import { recapCard } from '../../src/graphics/og/layout.ts';
import { renderTimeline } from '../../src/graphics/timeline/index.ts';
import { clashingReds, cupTie } from '../graphics/lineups-matches.ts';

describe('one decision about team colours, on every surface', () => {
  it('gives way on a clash: the away side of two near-identical reds gets another colour', () => {
    const match = clashingReds();
    const paints = matchPaints(match);
    expect(paints.home).toMatchObject({ fill: '#c8102e', substituted: false });
    expect(paints.away.substituted).toBe(true);
    expect(paints.away.fill).not.toBe('#c91432');
  });

  it('the timeline, the line-up pitch and the social card all paint the away side in that colour', () => {
    const match = clashingReds();
    const away = matchPaints(match).away.fill;
    expect(renderTimeline(match)).not.toContain('#c91432');
    const lineups = renderLineups(match);
    expect(lineups).toContain(`fill="${away}"`);
    expect(lineups).not.toContain('#c91432');
    const card = cardData({ title: 'Derby', match }, { lang: 'en', brand: 'Fulltime' });
    expect(card.away.color).toBe(away);
    expect(JSON.stringify(recapCard(card))).toContain(away);
  });

  it('leaves colours that do not clash as the author wrote them', () => {
    const paints = matchPaints(cupTie());
    expect([paints.home.fill, paints.away.fill]).toEqual(['#0b6e4f', '#1d3c8f']);
  });
});

describe('player of the match on the social card', () => {
  it('names the player in the footer, in the card language', () => {
    const card = cardData({ title: 'Cup tie', match: cupTie() }, { lang: 'en', brand: 'Fulltime' });
    expect(card.playerOfTheMatch).toBe('Player of the match: Sam Whitlock');
    expect(JSON.stringify(recapCard(card))).toContain('Player of the match: Sam Whitlock');
  });

  it('leaves the line out when the recap names nobody', () => {
    expect(cardData({ title: 'Derby', match: clashingReds() }, { lang: 'en', brand: 'Fulltime' })).not.toHaveProperty('playerOfTheMatch');
  });
});
