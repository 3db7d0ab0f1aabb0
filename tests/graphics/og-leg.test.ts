/** The social cards of a second leg: "Second leg · Aggregate 2-2" in the card's language, on both card templates. */
import { describe, expect, it } from 'vitest';
import { cardData } from '../../src/graphics/og/card-data.ts';
import { recapCard } from '../../src/graphics/og/layout.ts';
import { photoCard } from '../../src/graphics/og/photo-card.ts';
import { recapSocial } from '../../src/graphics/og/social.ts';
import { recapFile, valid } from '../recap/helpers.ts';

// An invented second leg: Northbridge win 2-1 after extra time, level 2-2 on aggregate, Eastport win the shootout.
const second = valid(recapFile({ match: { score: '2-1', extraTime: 'true', penalties: '2-3', leg: '2', aggregate: '2-2' } }));
const options = { lang: 'en', brand: 'Fulltime' };

describe('card of a two-legged tie', () => {
  it('carries the leg and the aggregate in the card language', () => {
    expect(cardData(second, options)).toMatchObject({ leg: 'Second leg · Aggregate 2-2', penalties: { home: 2, away: 3 } });
    expect(cardData({ ...second, lang: 'de' }, options).leg).toBe('Rückspiel · Gesamt 2-2');
    const noAggregate = valid(recapFile({ match: { score: '1-0', penalties: '4-2', leg: '2' } }));
    expect(cardData(noAggregate, options).leg).toBe('Second leg');
  });

  it('draws it on the score card and the photo card', () => {
    const data = cardData(second, options);
    expect(JSON.stringify(recapCard(data))).toContain('Second leg · Aggregate 2-2');
    expect(JSON.stringify(photoCard(data, 'data:image/png;base64,'))).toContain('Second leg · Aggregate 2-2');
  });

  it('adds nothing to the card of a match that is not a leg (its card key stays as it was)', () => {
    const single = valid(recapFile({ match: { score: '1-1', penalties: '4-2' } }));
    expect(cardData(single, options)).not.toHaveProperty('leg');
  });
});

describe('the card’s alt text', () => {
  it('names the leg and the aggregate the card shows', () => {
    expect(recapSocial({ ...second, slug: 'test-match', description: 'A test.', date: '2024-03-02' }).image.alt).toBe(
      'Northbridge FC 2-1 Eastport United (2-3 on penalties) · Second leg · Aggregate 2-2. Test League, March 1, 2024.',
    );
  });
});
