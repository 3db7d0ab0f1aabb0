import { cupTie } from '../graphics/lineups-matches.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recapJsonLd, serialiseJsonLd, type JsonLdSettings } from '../../src/site/json-ld.ts';
import { readRecaps, recapFile } from './recap-text.ts';

const settings: JsonLdSettings = {
  pageUrl: 'https://example.test/blog/recaps/x/',
  siteName: 'Fulltime',
  siteUrl: 'https://example.test/blog/',
  lang: 'en',
  teamUrl: (slug) => `https://example.test/blog/teams/${slug}/`,
};

describe('serialiseJsonLd', () => {
  it('escapes everything that could end the script element or break a JavaScript reader', () => {
    const text = 'a</script><script>alert(1)</script><!-- & \u2028\u2029 "quoted"';
    const out = serialiseJsonLd({ headline: text });
    expect(out).toBe(
      '{"headline":"a\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 \\"quoted\\""}',
    );
    expect(JSON.parse(out)).toEqual({ headline: text });
  });

  it('round-trips any text and never emits <, >, &, U+2028 or U+2029', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        const data = { value, text };
        const out = serialiseJsonLd(data);
        expect(out).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(data)));
      }),
    );
  });
});

describe('recapJsonLd', () => {
  const [played] = readRecaps([
    recapFile('x', {
      title: 'Late drama',
      date: '2024-03-02',
      updated: '2024-03-04',
      author: 'Ann Writer',
      tags: ['cup'],
      match: {
        competition: 'Cup',
        season: '2024',
        round: 'Final',
        kickoff: '2024-03-01T19:30:00+01:00',
        venue: 'Big Stadium, Town',
        referee: 'Ref Eree',
        home: 'Reds',
        away: 'Blues',
        score: '2-2',
        penalties: '4-3',
      },
    }),
  ]);

  it('is a NewsArticle about the SportsEvent, with teams, competitor, start date, location and status', () => {
    const data = recapJsonLd(played!, { ...settings, image: 'https://example.test/blog/og/x.png' });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Late drama',
      datePublished: '2024-03-02',
      dateModified: '2024-03-04',
      author: { '@type': 'Person', name: 'Ann Writer' },
      publisher: { '@type': 'Organization', name: 'Fulltime', url: 'https://example.test/blog/' },
      mainEntityOfPage: { '@type': 'WebPage', '@id': settings.pageUrl },
      image: ['https://example.test/blog/og/x.png'],
      keywords: ['cup'],
    });
    const reds = { '@type': 'SportsTeam', name: 'Reds', sport: 'Soccer', url: 'https://example.test/blog/teams/reds/' };
    const blues = { '@type': 'SportsTeam', name: 'Blues', sport: 'Soccer', url: 'https://example.test/blog/teams/blues/' };
    expect(data.about).toMatchObject({
      '@type': 'SportsEvent',
      name: 'Reds v Blues, Cup 2024 · Final',
      description: 'Reds 2-2 Blues (4-3 on penalties)',
      sport: 'Soccer',
      startDate: '2024-03-01T19:30:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'Place', name: 'Big Stadium, Town' },
      referee: { '@type': 'Person', name: 'Ref Eree' },
      homeTeam: reds,
      awayTeam: blues,
      competitor: [reds, blues],
    });
  });

  it('leaves out what the recap does not give, and credits the publication when there is no author', () => {
    const [bare] = readRecaps([recapFile('y', { match: { home: 'Reds', away: 'Blues' } })]);
    const data = recapJsonLd(bare!, settings);
    expect(data.author).toEqual({ '@type': 'Organization', name: 'Fulltime', url: 'https://example.test/blog/' });
    expect(data).not.toHaveProperty('image');
    expect(data).not.toHaveProperty('keywords');
    expect(data.about).not.toHaveProperty('location');
    expect(data.about).not.toHaveProperty('referee');
    expect(data.dateModified).toBe(data.datePublished);
  });
});

describe('players in structured data', () => {
  const [entry] = readRecaps([recapFile('z', { match: { home: 'Reds', away: 'Blues' } })]);

  it('gives each team of a match with line-ups its players, starters then substitutes, as athlete', () => {
    const match = cupTie();
    const about = recapJsonLd({ ...entry!, match }, settings).about as unknown as {
      homeTeam: { athlete: unknown[] };
      awayTeam: { athlete: unknown[] };
    };
    expect(about.homeTeam.athlete).toHaveLength(15);
    expect(about.homeTeam.athlete[0]).toEqual({ '@type': 'Person', name: 'Tomás Ferreira-Lindqvist' });
    expect(about.homeTeam.athlete.at(-1)).toEqual({ '@type': 'Person', name: 'Matteo Brambilla' });
    expect(about.awayTeam.athlete).toHaveLength(13);
  });

  it('leaves athlete out when the recap gives no line-up', () => {
    const about = recapJsonLd(entry!, settings).about as unknown as { homeTeam: object };
    expect(about.homeTeam).not.toHaveProperty('athlete');
  });
});
