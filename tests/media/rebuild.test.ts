/**
 * A photo replaced under the same name between two builds on one cache (`npm run build` twice): the rebuild
 * renders again exactly the pages and the social card that show it, and gives the same site as a clean build.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderedRoutes as routesRendered } from '../helpers/route-log.ts';
import { buildSite, type BuiltSite } from '../helpers/site.ts';
import { filesUnder } from '../site/dist.ts';
import { cameraJpeg, PHOTO_RECAP, PLAIN_RECAP, smallPng } from './fixture.ts';

const PHOTO = 'harbourside-millbrook';
const PLAIN = 'millbrook-eastgate';

/** Routes the build rendered (not taken from its cache), from its route list. */
const renderedRoutes = (site: BuiltSite) => routesRendered(site.stdout);

/** Every file of a built site with its bytes, by path. */
async function siteFiles(dir: string): Promise<Map<string, Buffer>> {
  const files = await filesUnder(dir);
  return new Map(await Promise.all(files.map(async (f) => [f, await readFile(path.join(dir, f))] as const)));
}

describe('a photo replaced between two builds', () => {
  let cold: BuiltSite;
  let rebuilt: BuiltSite;
  let clean: BuiltSite;

  beforeAll(async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'fulltime-media-rebuild-'));
    const content = path.join(work, 'content');
    await mkdir(path.join(content, 'recaps', 'photos'), { recursive: true });
    const photo = (name: string, bytes: Buffer) => writeFile(path.join(content, 'recaps', 'photos', name), bytes);
    await photo('cover.jpg', await cameraJpeg(1, 1600, 1200));
    await photo('winner.png', await smallPng());
    await writeFile(path.join(content, 'recaps', `${PHOTO}.md`), PHOTO_RECAP);
    await writeFile(path.join(content, 'recaps', `${PLAIN}.md`), PLAIN_RECAP);
    // One cache and one output folder for both builds, as `npm run build` twice; info-level output lists what rendered.
    const env = { FULLTIME_CACHE_DIR: path.join(work, 'cache'), FULLTIME_QUIET: '' };
    const outDir = path.join(work, 'dist');
    cold = await buildSite({ contentDir: content, env, outDir });
    await photo('cover.jpg', await cameraJpeg(2, 1600, 1200));
    rebuilt = await buildSite({ contentDir: content, env, outDir });
    clean = await buildSite({ contentDir: content, env: { FULLTIME_CACHE_DIR: path.join(work, 'clean-cache') } });
  }, 900_000);

  it('builds each time', () => {
    for (const site of [cold, rebuilt, clean]) expect(site.code, site.stderr).toBe(0);
  });

  it('renders again the pages that show the photo and its social card, none of the other recap', () => {
    const routes = renderedRoutes(rebuilt);
    expect(renderedRoutes(cold)).toEqual(expect.arrayContaining([`/recaps/${PLAIN}/index.html`, '/teams/eastgate-united/index.html']));
    // The recap page, and the lists that show its cover as a card or a feed image.
    expect(routes).toEqual(
      expect.arrayContaining([`/recaps/${PHOTO}/index.html`, '/index.html', '/rss.xml', '/teams/harbourside-rovers/index.html']),
    );
    // Nothing only about the other recap: its page, its timeline, its other team's hub and feed.
    expect(routes.filter((r) => r.includes(PLAIN) || r.includes('eastgate-united'))).toEqual([]);
    expect(rebuilt.stdout).toMatch(/cards in .*: 1 rendered, \d+ from cache/);
  });

  it('gives the same site as a clean build of the new content', async () => {
    const [after, fresh] = await Promise.all([siteFiles(rebuilt.outDir), siteFiles(clean.outDir)]);
    expect([...after.keys()].sort()).toEqual([...fresh.keys()].sort());
    const differing = [...after].filter(([file, bytes]) => !bytes.equals(fresh.get(file) ?? Buffer.alloc(0))).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
