import { describe, expect, it } from 'vitest';
import { headersFor, matchesPattern, parseHeaders } from './headers.ts';

const sample = `# every page
/*
  X-Content-Type-Options: nosniff
  Cache-Control: public, max-age=0, must-revalidate

/_astro/*
  ! Cache-Control
  Cache-Control: public, max-age=31536000, immutable

/recaps/:slug/
  Link: </og.png>; rel=preload
/*
  X-Extra: a
/recaps/*
  x-extra: b
`;

describe('_headers', () => {
  it('parses patterns, headers and detach lines', () => {
    const rules = parseHeaders(sample);
    expect(rules.map((r) => [r.pattern, r.line, r.headers.length, r.detach])).toEqual([
      ['/*', 2, 2, []],
      ['/_astro/*', 6, 1, ['cache-control']],
      ['/recaps/:slug/', 10, 1, []],
      ['/*', 12, 1, []],
      ['/recaps/*', 14, 1, []],
    ]);
  });

  it('matches splats and placeholders', () => {
    expect(matchesPattern('/*', '/')).toBe(true);
    expect(matchesPattern('/recaps/:slug/', '/recaps/a-b/')).toBe(true);
    expect(matchesPattern('/recaps/:slug/', '/recaps/a/b/')).toBe(false);
    expect(matchesPattern('/og/*.png', '/og/x-123.png')).toBe(true);
    expect(matchesPattern('/og/*.png', '/og/x-123.svg')).toBe(false);
    expect(matchesPattern('https://example.com/a', '/a')).toBe(true);
  });

  it('combines every matching rule, detaching and joining repeated headers', () => {
    const rules = parseHeaders(sample);
    expect(Object.fromEntries(headersFor(rules, '/_astro/x.css'))).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Extra': 'a',
    });
    expect(headersFor(rules, '/recaps/a/').get('X-Extra')).toBe('a, b');
    expect(headersFor(rules, '/recaps/a/').get('Link')).toBe('</og.png>; rel=preload');
  });

  it('refuses a header line with no pattern above it', () => {
    expect(() => parseHeaders('  X-A: b')).toThrowErrorMatchingInlineSnapshot(
      `[Error: _headers:1: found a header line before any path pattern]`,
    );
  });
});
