/**
 * Integration: a real build of tests/site/fixtures (5 published recaps, one draft, three team files, two reports
 * of one match naming a team by alias) with 2 recaps per index page, at the root and under /recaps-blog/. The two
 * reports are of the real seed match (facts from the seed reports); every other match, team and venue is invented.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Recap } from '../../src/recap/model.ts';
import { competitionHubs, recapTags, tagHubs, teamHubs } from '../../src/site/hubs.ts';
import { contentDirs, loadContent } from '../../src/site/load.ts';
import { buildSite, type BuiltSite } from '../helpers/site.ts';
import { anchors, attr, brokenRefs, byClass, elementsOf, filesUnder, internalUrl, readPages, refsOf, textOf, type Page } from './dist.ts';

const FIXTURES = 'tests/site/fixtures';
const ORIGIN = 'https://fulltime.example';
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) });

interface Built {
  readonly site: BuiltSite;
  readonly base: string;
  readonly pages: Page[];
  page(urlPath: string): Page;
}

async function build(base: string): Promise<Built> {
  const site = await buildSite({ contentDir: FIXTURES, env: { FULLTIME_BASE: base, FULLTIME_PAGE_SIZE: '2', FULLTIME_SITE_URL: ORIGIN } });
  expect(site.code, site.stderr).toBe(0);
  const pages = await readPages(site.outDir, base);
  const page = (urlPath: string) => {
    const found = pages.find((p) => p.urlPath === urlPath);
    if (!found) throw new Error(`no page at ${urlPath}; pages: ${pages.map((p) => p.urlPath).join(', ')}`);
    return found;
  };
  return { site, base, pages, page };
}

let root: Built;
let based: Built;
let recaps: Recap[];
let draft: { slug: string; title: string };

beforeAll(async () => {
  const content = await loadContent(contentDirs(FIXTURES), { includeDrafts: true });
  expect(content.diagnostics).toEqual([]);
  recaps = content.recaps.filter((r) => !r.draft);
  const [d, ...more] = content.recaps.filter((r) => r.draft);
  expect(d && more.length === 0 && recaps.length === 5).toBe(true);
  draft = { slug: d!.slug, title: d!.title };
  root = await build('/');
  based = await build('/recaps-blog/');
});

const abs = (b: Built, p: string) => `${ORIGIN}${b.base}${p}`;

describe('hubs', () => {
  it('gives every team a hub linking to each of its recaps, and every recap links back to its teams', () => {
    const hubs = teamHubs(recaps);
    expect(hubs.map((h) => h.slug)).toEqual(['fc-dallas', 'inter-miami-cf', 'kelvingate-fc', 'portmoor-rovers', 'saltmarsh-city']);
    const index = anchors(root.page('/teams/'));
    for (const hub of hubs) {
      expect(index).toContain(`/teams/${hub.slug}/`);
      const links = anchors(root.page(`/teams/${hub.slug}/`));
      for (const recap of hub.recaps) expect(links).toContain(`/recaps/${recap.slug}/`);
      for (const recap of hub.recaps) expect(anchors(root.page(`/recaps/${recap.slug}/`))).toContain(`/teams/${hub.slug}/`);
    }
    // The recap that writes "Inter Miami" (and the one writing "portmoor") are filed under the canonical team.
    expect(hubs.find((h) => h.slug === 'inter-miami-cf')?.recaps.map((r) => r.slug)).toEqual([
      'frisco-second-view',
      'dallas-miami-shootout',
    ]);
    expect(hubs.find((h) => h.slug === 'portmoor-rovers')?.recaps.map((r) => r.slug)).toEqual([
      'kelvingate-portmoor-round-of-16',
      'portmoor-saltmarsh-round-of-32',
    ]);
    expect(existsSync(path.join(root.site.outDir, 'teams/inter-miami/index.html'))).toBe(false);
    expect(existsSync(path.join(root.site.outDir, 'teams/portmoor/index.html'))).toBe(false);
  });

  it('shows each team’s results as W/D/L with scores from its side, one row per match', () => {
    const rows = (slug: string) =>
      byClass(root.page(`/teams/${slug}/`), 'results__row').map((row) => {
        const cell = (name: string) => textOf(row.children.find((c) => c.type === 'element' && attr(c, 'className')?.includes(name))!);
        return `${cell('results__result').replace(/\s+/g, ' ').trim()} ${cell('results__opponent').replace(/\s+/g, ' ').trim()}`;
      });
    expect(rows('portmoor-rovers')).toEqual(['D 1-1 @ Kelvingate FC', 'W 3-1 v Saltmarsh City']);
    expect(rows('kelvingate-fc')).toEqual(['L 0-2 v Saltmarsh City', 'D 1-1 v Portmoor Rovers']);
    // Two reports of one match make one row; a shootout counts as won or lost.
    expect(rows('inter-miami-cf')).toEqual(['W 4-4 (5-3 pens) @ FC Dallas']);
    expect(rows('fc-dallas')).toEqual(['L 4-4 (3-5 pens) v Inter Miami CF']);
    const figures = (slug: string) => byClass(root.page(`/teams/${slug}/`), 'team-record__figure').map((f) => textOf(f));
    expect(figures('portmoor-rovers')).toEqual(['Played2', 'Won1', 'Drawn1', 'Lost0', 'Goals for4', 'Goals against2']);
    expect(figures('inter-miami-cf')).toEqual(['Played1', 'Won1', 'Drawn0', 'Lost0', 'Goals for4', 'Goals against4']);
  });

  it('gives every competition a hub by season and round, and every tag a hub, linked both ways', () => {
    for (const hub of competitionHubs(recaps)) {
      expect(anchors(root.page('/competitions/'))).toContain(`/competitions/${hub.slug}/`);
      const links = anchors(root.page(`/competitions/${hub.slug}/`));
      for (const recap of hub.recaps) {
        expect(links).toContain(`/recaps/${recap.slug}/`);
        expect(anchors(root.page(`/recaps/${recap.slug}/`))).toContain(`/competitions/${hub.slug}/`);
      }
    }
    const cup = root.page('/competitions/harbour-cup/');
    const headings = [...byClass(cup, 'hub__season-title'), ...byClass(cup, 'hub__round-title')]
      .sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0))
      .map((e) => `${e.tagName}:${textOf(e)}`);
    expect(headings).toEqual(['h2:2023', 'h3:Round of 16', 'h3:Round of 32']);
    const tags = tagHubs(recaps);
    expect(tags.map((t) => t.slug)).toEqual(['harbour-cup', 'leagues-cup', 'messi', 'サッカー']);
    // Tags without a Latin spelling keep their letters, percent-encoded in links.
    for (const hub of tags) {
      const tagPath = `/tags/${encodeURIComponent(hub.slug)}/`;
      expect(anchors(root.page('/tags/'))).toContain(tagPath);
      for (const recap of hub.recaps) expect(anchors(root.page(tagPath))).toContain(`/recaps/${recap.slug}/`);
    }
    for (const recap of recaps)
      for (const tag of recapTags(recap))
        expect(anchors(root.page(`/recaps/${recap.slug}/`))).toContain(`/tags/${encodeURIComponent(tag.slug)}/`);
  });
});

describe('index pages', () => {
  it('lists recaps newest first, two a page, with prev/next links', () => {
    const urls = ['/', '/page/2/', '/page/3/'];
    const listed = urls.flatMap((u) =>
      byClass(root.page(u), 'card').flatMap((card) => anchors({ ...root.page(u), elements: elementsOf(card) })),
    );
    expect(listed).toEqual(recaps.map((r) => `/recaps/${r.slug}/`));
    expect(existsSync(path.join(root.site.outDir, 'page/1/index.html'))).toBe(false);
    expect(existsSync(path.join(root.site.outDir, 'page/4/index.html'))).toBe(false);
    const rel = (u: string, name: string) => {
      const link = root.page(u).elements.find((e) => e.tagName === 'a' && attr(e, 'rel') === name);
      return link && attr(link, 'href');
    };
    expect(urls.map((u) => [rel(u, 'prev'), rel(u, 'next')])).toEqual([
      [undefined, '/page/2/'],
      ['/', '/page/3/'],
      ['/page/2/', undefined],
    ]);
  });
});

describe('feeds, sitemap and robots.txt', () => {
  it('lists every published recap in the site feed, newest first, with absolute links, dates and categories', async () => {
    const feed = xml.parse(await root.site.read('rss.xml')).rss.channel;
    expect(feed.item.map((i: { link: string }) => i.link)).toEqual(recaps.map((r) => abs(root, `recaps/${r.slug}/`)));
    for (const item of feed.item) {
      expect(new Date(item.pubDate).getTime()).not.toBeNaN();
      expect(item.category.length).toBeGreaterThanOrEqual(3);
      expect(item.description).toMatch(/\d+-\d+/);
    }
    expect(feed['atom:link']['@_href']).toBe(abs(root, 'rss.xml'));
  });

  it('gives each team a feed of its own recaps', async () => {
    for (const hub of teamHubs(recaps)) {
      const feed = xml.parse(await root.site.read(`teams/${hub.slug}/rss.xml`)).rss.channel;
      expect(feed.link).toBe(abs(root, `teams/${hub.slug}/`));
      expect(feed.item.map((i: { link: string }) => i.link)).toEqual(hub.recaps.map((r) => abs(root, `recaps/${r.slug}/`)));
    }
  });

  it('has a sitemap of every page but the 404, and robots.txt pointing at it', async () => {
    const robots = await root.site.read('robots.txt');
    const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemapUrl).toBe(abs(root, 'sitemap-index.xml'));
    const index = xml.parse(await root.site.read('sitemap-index.xml')).sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    const locs: string[] = [];
    for (const loc of index)
      locs.push(...xml.parse(await root.site.read(loc.slice(abs(root, '').length))).urlset.url.map((u: { loc: string }) => u.loc));
    const pages = root.pages.filter((p) => p.file !== '404.html').map((p) => ORIGIN + p.urlPath);
    expect([...locs].sort()).toEqual([...pages].sort());
    for (const recap of recaps) expect(locs).toContain(abs(root, `recaps/${recap.slug}/`));
  });

  it('never publishes the draft, nor its teams, competition or tags', async () => {
    const files = await filesUnder(root.site.outDir);
    expect(files.filter((f) => f.includes(draft.slug) || /draft/i.test(f))).toEqual([]);
    for (const file of files.filter((f) => /\.(html|xml|txt)$/.test(f))) {
      const text = await readFile(path.join(root.site.outDir, file), 'utf8');
      expect(text.includes(draft.title) || text.includes('Draft United') || text.includes('draft-only-tag'), file).toBe(false);
    }
  });
});

describe('structured data', () => {
  it('has one JSON-LD NewsArticle about a SportsEvent on every recap, which no title can break out of', () => {
    for (const recap of recaps) {
      const page = root.page(`/recaps/${recap.slug}/`);
      const blocks = page.elements.filter((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json');
      expect(blocks).toHaveLength(1);
      const raw = textOf(blocks[0]!);
      expect(raw).not.toMatch(/[<>&\u2028\u2029]/);
      const data = JSON.parse(raw);
      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: recap.title,
        datePublished: recap.date,
      });
      const event = data.about;
      const team = (t: Recap['match']['home']) => ({ '@type': 'SportsTeam', name: t.name, url: abs(root, `teams/${t.slug}/`) });
      expect(event).toMatchObject({
        '@type': 'SportsEvent',
        sport: 'Soccer',
        startDate: recap.match.kickoff,
        eventStatus: 'https://schema.org/EventScheduled',
        homeTeam: team(recap.match.home),
        awayTeam: team(recap.match.away),
        competitor: [team(recap.match.home), team(recap.match.away)],
      });
      // The image is the page's social card, and the card is in the build.
      const ogImage = page.elements.find((e) => e.tagName === 'meta' && attr(e, 'property') === 'og:image');
      expect(data.image).toEqual([attr(ogImage!, 'content')]);
      expect(existsSync(path.join(root.site.outDir, new URL(data.image[0]).pathname)), data.image[0]).toBe(true);
      if (recap.match.venue) expect(event.location).toEqual({ '@type': 'Place', name: recap.match.venue });
      else expect(event.location).toBeUndefined();
    }
    // The hostile title stays inside its elements: no script element was opened by it.
    const hostile = root.page('/recaps/frisco-second-view/');
    const scripts = hostile.elements.filter((e) => e.tagName === 'script').map((e) => textOf(e));
    expect(scripts.filter((text) => text.includes('alert(1)'))).toHaveLength(1);
    expect(scripts).not.toContain('alert(1)');
  });
});

describe('links', () => {
  it('has no broken internal link, src or fragment anywhere in the site', () => {
    expect(brokenRefs(root.pages, root.site.outDir, '/', ORIGIN)).toEqual([]);
  });

  it('gives every page a canonical URL of its own address', () => {
    for (const page of root.pages.filter((p) => p.file !== '404.html')) {
      const canonical = page.elements.filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical').map((e) => attr(e, 'href'));
      expect(canonical, page.file).toEqual([ORIGIN + page.urlPath]);
    }
  });

  it('serves a 404 page that works at any address: no relative links, links to hubs and the latest recaps', () => {
    const page = root.page('/404.html');
    const refs = refsOf(page).map((r) => r.value);
    expect(refs.filter((v) => !/^(\/|https?:|#)/.test(v))).toEqual([]);
    const links = anchors(page);
    for (const hub of ['/', '/teams/', '/competitions/', '/tags/']) expect(links).toContain(hub);
    expect(links).toContain(`/recaps/${recaps[0]!.slug}/`);
    // Hosts serve it with status 404, which search engines never index; /404.html is in no sitemap (test above), so a
    // robots meta would only cost the page its SEO score (Lighthouse's is-crawlable).
    expect(page.elements.filter((e) => e.tagName === 'meta' && attr(e, 'name') === 'robots')).toEqual([]);
  });
});

describe('a build under /recaps-blog/', () => {
  it('keeps every internal link, src, canonical and feed URL inside the base, and none is broken', async () => {
    const escaping = based.pages.flatMap((page) =>
      refsOf(page).flatMap((ref) => {
        const target = internalUrl(ref, page, ORIGIN);
        return target && !target.pathname.startsWith('/recaps-blog/') ? [`${page.file}: ${ref.value}`] : [];
      }),
    );
    expect(escaping).toEqual([]);
    expect(brokenRefs(based.pages, based.site.outDir, '/recaps-blog/', ORIGIN)).toEqual([]);
    for (const file of ['rss.xml', 'teams/inter-miami-cf/rss.xml', 'sitemap-0.xml', 'robots.txt']) {
      const text = await based.site.read(file);
      const urls = [...text.matchAll(/https?:\/\/[^\s<"]+/g)].map((m) => m[0]).filter((u) => u.startsWith(ORIGIN));
      expect(urls.length, file).toBeGreaterThan(0);
      expect(
        urls.filter((u) => !u.startsWith(`${ORIGIN}/recaps-blog/`)),
        file,
      ).toEqual([]);
    }
    const ld = JSON.parse(
      textOf(based.page('/recaps-blog/recaps/dallas-miami-shootout/').elements.find((e) => attr(e, 'type') === 'application/ld+json')!),
    );
    expect(ld.url).toBe(`${ORIGIN}/recaps-blog/recaps/dallas-miami-shootout/`);
    expect(ld.about.homeTeam.url).toBe(`${ORIGIN}/recaps-blog/teams/fc-dallas/`);
    expect(anchors(based.page('/recaps-blog/page/2/'))).toContain('/recaps-blog/');
  });
});
