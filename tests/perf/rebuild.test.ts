/**
 * Rebuilds reuse work (pages from Astro's incremental cache, cards, the search index, the CSP audit) and
 * still produce the right site: an edited recap's page, card and search entry change, nothing else renders.
 * With nothing changed at all, the build finds its output up to date and stops; `--force` runs every step.
 */
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editRecap, generateRecaps } from '../../scripts/bench/generate.ts';
import { renderedRoutes } from '../helpers/route-log.ts';
import { buildSite, type BuiltSite } from '../helpers/site.ts';
import { snapshotFolder } from '../site/dist.ts';

/** The routes a build rendered (not copied from its cache) that match `route`. */
const rendered = (site: BuiltSite, route: RegExp) => renderedRoutes(site.stdout).filter((r) => route.test(r));

describe('rebuilding a site', () => {
  let work: string;
  let content: string;
  const recaps = generateRecaps(6, 21);
  const edited = recaps[2];
  let cold: BuiltSite;
  let idle: BuiltSite;
  let idleMs: number;
  let idleFiles: Map<string, string>;
  let same: BuiltSite;
  let after: BuiltSite;
  /** The edited content built with an empty cache into a folder of its own. */
  let clean: BuiltSite;
  /** Files of a build read before the next build replaces the folder. */
  let coldFiles: Map<string, string>;
  let sameFiles: Map<string, string>;
  const kept = () => [...recaps.map((r) => `recaps/${r.slug}/index.html`), 'pagefind/pagefind-entry.json'];
  const snapshot = async (site: BuiltSite) => new Map(await Promise.all(kept().map(async (f) => [f, await site.read(f)] as const)));

  beforeAll(async () => {
    if (!edited) throw new Error('no recap to edit');
    work = await mkdtemp(path.join(tmpdir(), 'fulltime-rebuild-'));
    content = path.join(work, 'content');
    await mkdir(path.join(content, 'recaps'), { recursive: true });
    for (const r of recaps) await writeFile(path.join(content, 'recaps', `${r.slug}.md`), r.text);
    // One cache folder for all three builds, and info-level output to see what was rendered.
    const env = { FULLTIME_CACHE_DIR: path.join(work, 'cache'), FULLTIME_QUIET: '' };
    // Into the same folder each time, as `npm run build` does: Astro writes the output folder into its image module,
    // so a page showing images has other code, and renders again, when built into another folder.
    const outDir = path.join(work, 'dist');
    cold = await buildSite({ contentDir: content, env, outDir });
    coldFiles = await snapshot(cold);
    const started = performance.now();
    idle = await buildSite({ contentDir: content, env, outDir });
    idleMs = performance.now() - started;
    idleFiles = await snapshot(idle);
    // The pipeline with nothing changed: every step runs and takes what it can from its cache.
    same = await buildSite({ contentDir: content, env, outDir, force: true });
    sameFiles = await snapshot(same);
    const file = path.join(content, 'recaps', `${edited.slug}.md`);
    await writeFile(file, editRecap(await readFile(file, 'utf8')));
    after = await buildSite({ contentDir: content, env, outDir });
    clean = await buildSite({
      contentDir: content,
      env: { ...env, FULLTIME_CACHE_DIR: path.join(work, 'clean-cache') },
      outDir: path.join(work, 'clean'),
    });
  });

  it('builds every time', () => {
    for (const site of [cold, idle, same, after]) expect(site.code, site.stderr).toBe(0);
  });

  it('with nothing changed, finds the site up to date and leaves it as it was', () => {
    expect(idle.stdout).toContain('is up to date: nothing it is built from has changed');
    expect(idle.stdout).not.toMatch(/Built \d+ recaps/);
    expect(renderedRoutes(idle.stdout)).toEqual([]);
    expect(idleFiles).toEqual(coldFiles);
    // No Astro, no cards, no search index: node starting and the files read and hashed (generous for a loaded machine).
    expect(idleMs).toBeLessThan(5000);
    // --force builds again.
    expect(same.stdout).toMatch(/Built \d+ recaps/);
  });

  it('renders no recap page, timeline or card when nothing changed, and gives the same files', async () => {
    expect(rendered(cold, /\/recaps\/[^/]+\/index\.html/)).toHaveLength(recaps.length);
    expect(rendered(same, /\/recaps\/[^/]+\/(index\.html|timeline\.svg)/)).toEqual([]);
    // Index, hubs, feeds and player pages are keyed by the whole content (contentKeyed): copied too. Only pages
    // without parameters render again (404, the player list, robots.txt), and they are few.
    const routes = rendered(same, /\.(html|xml|svg|txt)$/);
    expect(routes.filter((r) => !['/404.html', '/players/index.html', '/robots.txt'].includes(r))).toEqual([]);
    expect(same.stdout).toMatch(/0 rendered, \d+ from cache/);
    // Every card was in the cache: the Astro step linked them into the site and no card step started.
    expect(same.stdout).not.toContain('[cards]');
    for (const r of recaps) {
      const page = `recaps/${r.slug}/index.html`;
      expect(sameFiles.get(page)).toBe(coldFiles.get(page));
    }
    expect(sameFiles.get('pagefind/pagefind-entry.json')).toBe(coldFiles.get('pagefind/pagefind-entry.json'));
  });

  it('re-renders exactly the edited recap, and its page, card and search index show the edit', async () => {
    if (!edited) throw new Error('no recap');
    const pages = rendered(after, /\/recaps\/[^/]+\/(index\.html|timeline\.svg)/);
    expect(pages.every((l) => l.includes(`/recaps/${edited.slug}/`))).toBe(true);
    expect(pages.length).toBeGreaterThan(0);
    expect(after.stdout).toMatch(/1 rendered, \d+ from cache/);
    // The Astro step hands over only the card it found no cached copy of, and links the others from the cache.
    expect(after.stdout).toMatch(/\d+ cards: \d+ from the cache, 1 to render once Astro has finished/);
    const cards = await readdir(path.join(after.outDir, 'og'));
    const links = await Promise.all(cards.map(async (card) => (await stat(path.join(after.outDir, 'og', card))).nlink));
    expect(links.every((n) => n >= 2)).toBe(true);
    const page = await after.read(`recaps/${edited.slug}/index.html`);
    expect(page).toContain('(updated)');
    const og = /property="og:image" content="[^"]*\/(og\/[^"]+\.png)"/.exec(page)?.[1];
    const before = /property="og:image" content="[^"]*\/(og\/[^"]+\.png)"/.exec(
      coldFiles.get(`recaps/${edited.slug}/index.html`) ?? '',
    )?.[1];
    expect(og).toBeDefined();
    expect(og).not.toBe(before);
    await expect(after.read(og ?? '')).resolves.toBeDefined();
    expect(await after.read('pagefind/pagefind-entry.json')).not.toBe(coldFiles.get('pagefind/pagefind-entry.json'));
    // The index Pagefind finished from the pages it read ahead (src/delivery/search-early.ts) is a clean build's.
    expect(await snapshotFolder(path.join(after.outDir, 'pagefind'))).toEqual(await snapshotFolder(path.join(clean.outDir, 'pagefind')));
    // Player pages are keyed by their own props: only the edited match's players render again.
    const players = (site: BuiltSite) => rendered(site, /^\/players\/[^/]+\/index\.html$/).length;
    expect(players(after)).toBeGreaterThan(0);
    expect(players(after)).toBeLessThan(players(cold));
    // Team and competition hubs are keyed by their own props and stats: only the edited match's two teams and its
    // competition render again, not every hub.
    const hubs = (site: BuiltSite, kind: string) => rendered(site, new RegExp(`^/${kind}/[^/]+/index\\.html$`)).length;
    expect(hubs(cold, 'teams')).toBeGreaterThan(2);
    expect(hubs(after, 'teams')).toBe(2);
    expect(hubs(cold, 'competitions')).toBeGreaterThan(1);
    expect(hubs(after, 'competitions')).toBe(1);
    // Index pages list every recap, so they always render: the edited headline shows there too.
    const indexPages = await Promise.all([after.read('index.html')]);
    expect(indexPages.join('')).toContain('(updated)');
  });
});
