import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenRefs, readPages } from './dist.ts';

/** The link checker the integration tests rely on must itself catch each kind of broken link. */
describe('brokenRefs', () => {
  it('reports missing files, missing fragments and links outside the base; accepts directory URLs and external links', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'site-links-'));
    await mkdir(path.join(out, 'teams/a'), { recursive: true });
    await writeFile(path.join(out, 'teams/a/index.html'), '<h2 id="results">Results</h2><img srcset="/b/x.png 1x, /b/missing.png 2x">');
    await writeFile(path.join(out, 'x.png'), '');
    await writeFile(
      path.join(out, 'index.html'),
      [
        '<a href="/b/teams/a/">ok</a>',
        '<a href="teams/a/#results">ok, relative</a>',
        '<a href="https://elsewhere.test/">external</a>',
        '<a href="https://site.test/b/teams/a/">absolute, same site</a>',
        '<a href="/b/teams/b/">missing page</a>',
        '<a href="/b/teams/a/#nowhere">missing fragment</a>',
        '<link rel="icon" href="/favicon.ico">',
        '<a href="/b/teams/%61/">encoded</a>',
      ].join(''),
    );
    const pages = await readPages(out, '/b/');
    expect(brokenRefs(pages, out, '/b/', 'https://site.test')).toEqual([
      'index.html: <a href="/b/teams/b/"> → teams/b/index.html',
      'index.html: <a href="/b/teams/a/#nowhere"> → no element with id "nowhere"',
      'index.html: <link href="/favicon.ico"> → outside the base',
      'teams/a/index.html: <img srcset="/b/missing.png"> → missing.png',
    ]);
  });
});
