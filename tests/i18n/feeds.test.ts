/** A recap's feed item and structured data speak its language: headline words, event name and `inLanguage`. */
import { describe, expect, it } from 'vitest';
import { feedItem } from '../../src/site/feed.ts';
import { recapJsonLd } from '../../src/site/json-ld.ts';
import { readRecaps, recapFile } from '../site/recap-text.ts';

const file = recapFile('final', {
  match: { competition: 'Copa del Sur', round: 'Final', home: 'CD Norte', away: 'Real Sur', score: '1-1', penalties: '4-3' },
});
const settings = {
  pageUrl: 'https://example.test/recaps/final/',
  siteName: 'Fulltime',
  siteUrl: 'https://example.test/',
  lang: 'en',
  teamUrl: (slug: string) => `https://example.test/teams/${slug}/`,
};
const feed = {
  title: 'Fulltime',
  description: 'x',
  link: 'https://example.test/',
  self: 'https://example.test/rss.xml',
  lang: 'en',
  absolute: (p: string) => `https://example.test/${p}`,
};

describe('feeds and structured data in the recap’s language', () => {
  it.each([
    ['en', 'CD Norte 1-1 Real Sur (4-3 on penalties)', 'CD Norte v Real Sur, Copa del Sur · Final'],
    ['es', 'CD Norte 1-1 Real Sur (4-3 en la tanda de penaltis)', 'CD Norte - Real Sur, Copa del Sur · Final'],
    ['ja', 'CD Norte 1-1 Real Sur (PK戦4-3)', 'CD Norte対Real Sur、Copa del Sur · Final'],
  ])('%s', (lang, headline, eventName) => {
    const [recap] = readRecaps([file], { defaultLang: lang });
    if (!recap) throw new Error('no recap');
    expect(recap.lang).toBe(lang);
    expect(feedItem(recap, feed).description).toBe(`${headline}. ${recap.description}`);
    const data = recapJsonLd(recap, settings);
    expect(data.inLanguage).toBe(lang);
    expect(data.about).toMatchObject({ name: eventName, description: headline });
  });
});
