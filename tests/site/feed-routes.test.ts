import { describe, expect, it } from 'vitest';
import { escapeXml, feedItem, feedOptions, pubDate, type FeedSettings } from '../../src/site/feed.ts';
import { pageUrlFormat, underPageSegment } from '../../src/site/pagination.ts';
import { competitionPath, indexPagePath, teamFeedPath, teamPath } from '../../src/site/routes.ts';
import { readRecaps, recapFile } from './recap-text.ts';

const settings: FeedSettings = {
  title: 'Feed',
  description: 'All recaps',
  link: 'https://example.test/blog/',
  self: 'https://example.test/blog/rss.xml',
  lang: 'en',
  absolute: (path) => `https://example.test/blog/${path}`,
  html: (slug) => (slug === 'a' ? '<p>Body of a</p>' : undefined),
};

describe('feeds', () => {
  const recaps = readRecaps(
    [
      recapFile('a', {
        date: '2024-02-01',
        author: 'Ann & Bo <ab@example.test>',
        tags: ['cup', 'Reds'],
        match: { home: 'Reds', away: 'Blues' },
      }),
      recapFile('b', { date: '2024-03-01', updated: '2024-03-09' }),
      recapFile('c', { date: '2024-04-01', draft: true }),
    ],
    { includeDrafts: true },
  );

  it('makes an item with an absolute link, the scoreline and description, categories and the escaped author', () => {
    const item = feedItem(
      recaps.find((r) => r.slug === 'a')!,
      settings,
    );
    expect(item).toEqual({
      title: 'Recap a',
      link: 'https://example.test/blog/recaps/a/',
      pubDate: new Date('2024-02-01T00:00:00Z'),
      description: 'Reds 1-0 Blues. The story of a.',
      categories: ['Test League', 'Reds', 'Blues', 'cup'],
      customData: '<dc:creator>Ann &#38; Bo &#60;ab@example.test&#62;</dc:creator>',
      content: '<p>Body of a</p>',
    });
  });

  it('leaves drafts out and dates the channel by its newest content, not the clock', () => {
    const options = feedOptions(recaps, settings);
    expect((options.items as { link: string }[]).map((i) => i.link)).toEqual([
      'https://example.test/blog/recaps/b/',
      'https://example.test/blog/recaps/a/',
    ]);
    expect(options.customData).toBe(
      '<language>en</language><atom:link href="https://example.test/blog/rss.xml" rel="self" type="application/rss+xml"/><lastBuildDate>Sat, 09 Mar 2024 00:00:00 GMT</lastBuildDate>',
    );
    expect(pubDate('2024-03-09').toISOString()).toBe('2024-03-09T00:00:00.000Z');
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});

describe('routes and pagination', () => {
  it('percent-encodes slugs without a Latin transliteration', () => {
    expect(teamPath('fc-dallas')).toBe('teams/fc-dallas/');
    expect(teamFeedPath('東京')).toBe('teams/%E6%9D%B1%E4%BA%AC/rss.xml');
    expect(competitionPath('a/b')).toBe('competitions/a%2Fb/');
  });

  it('puts index pages after the first under page/N/', () => {
    expect([1, 2, 10].map((n) => indexPagePath(n))).toEqual(['', 'page/2/', 'page/10/']);
    const format = pageUrlFormat('/');
    expect(['/', '/2/', '/12'].map(format)).toEqual(['/', '/page/2/', '/page/12/']);
    // A base that is itself a number is not mistaken for a page.
    expect(pageUrlFormat('/2024/')('/2024/')).toBe('/2024/');
    expect(underPageSegment([{ params: { page: undefined } }, { params: { page: '3' } }])).toEqual([
      { params: { page: undefined } },
      { params: { page: 'page/3' } },
    ]);
  });
});
