import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/site.ts';

const SITE = 'https://cards.example.org';
let built: BuiltSite;

beforeAll(async () => {
  built = await buildSite({
    contentDir: 'tests/fixtures/site',
    env: { FULLTIME_SITE_URL: SITE, FULLTIME_BASE: '/news/', FULLTIME_QUIET: '' },
  });
  if (built.code !== 0) throw new Error(built.stderr);
});

function metaTags(html: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const [, key, value] of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) tags[key as string] = value as string;
  return tags;
}

describe('social meta tags in a built site', () => {
  it('gives a recap page its own card with absolute URLs under the base path', async () => {
    const tags = metaTags(await built.read('recaps/dallas-miami-leagues-cup-2023/index.html'));
    expect(tags['og:image']).toMatch(/^https:\/\/cards\.example\.org\/news\/og\/dallas-miami-leagues-cup-2023-[0-9a-f]{12}\.png$/);
    const file = new URL(tags['og:image'] as string).pathname.replace('/news/', '');
    expect(existsSync(path.join(built.outDir, file))).toBe(true);
    expect(tags).toMatchObject({
      'og:type': 'article',
      'og:title': 'Messi bends in a late equaliser and Miami win the shootout in Frisco',
      'og:url': `${SITE}/news/recaps/dallas-miami-leagues-cup-2023/`,
      'og:image:width': '1200',
      'og:image:height': '630',
      'article:published_time': '2023-08-07',
      'twitter:card': 'summary_large_image',
    });
    expect(tags['og:description']).toMatch(/^Two goals down/);
    expect(tags['og:image:alt']).toBe('FC Dallas 4-4 Inter Miami CF (3-5 on penalties). Leagues Cup 2023 · Round of 16, August 6, 2023.');
  });

  it('gives other pages the site-wide card', async () => {
    const tags = metaTags(await built.read('index.html'));
    expect(tags['og:type']).toBe('website');
    expect(tags['og:image']).toMatch(/^https:\/\/cards\.example\.org\/news\/og\/site-[0-9a-f]{12}\.png$/);
    expect(existsSync(path.join(built.outDir, new URL(tags['og:image'] as string).pathname.replace('/news/', '')))).toBe(true);
  });

  it('reports card progress in the build output', () => {
    expect(built.stdout + built.stderr).toMatch(/\d+ cards in [\d.]+s: \d+ rendered, 0 from cache/);
  });
});
