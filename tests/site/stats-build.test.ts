/**
 * Integration: a real build of tests/site/stats-fixture (a league over two rounds with a competition file, an
 * alias of the competition, a player file with an alias, a match told twice, a draft with its own scorer, a cup
 * final on penalties), under a base path: the table, player pages, round-ups, their feed, squads, head-to-head,
 * player links, the sitemap, and no broken link anywhere.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/site.ts';
import type { Element } from 'hast';
import { anchors, attr, brokenRefs, readPages, textOf, type Page } from './dist.ts';

const FIXTURE = 'tests/site/stats-fixture';
const ORIGIN = 'https://fulltime.example';
const BASE = '/league/';
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url'].includes(name) });

let site: BuiltSite;
let pages: Page[];
const page = (urlPath: string): Page => {
  const found = pages.find((p) => p.urlPath === BASE + urlPath);
  if (!found) throw new Error(`no page at ${urlPath}`);
  return found;
};
const isElement = (node: { type: string }): node is Element => node.type === 'element';
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The rows of the first table with a class, each as its cells' text joined by ` | `. */
const rowsOf = (p: Page, tableClass: string): string[] => {
  const table = p.elements.find((e) => e.tagName === 'table' && (attr(e, 'className') ?? '').split(' ').includes(tableClass));
  if (!table) throw new Error(`no table.${tableClass} in ${p.file}`);
  const body = table.children.filter(isElement).find((c) => c.tagName === 'tbody');
  return (body?.children ?? []).filter(isElement).map((row) =>
    row.children
      .filter(isElement)
      .map((cell) => squash(textOf(cell)))
      .join(' | '),
  );
};
/** The text of a page's main element, block by block (a space between elements, so words do not run together). */
const mainText = (p: Page): string => {
  const main = p.elements.find((e) => e.tagName === 'main');
  if (!main) throw new Error(`no main in ${p.file}`);
  const parts: string[] = [];
  const walk = (node: Element | { type: string; value?: string }) => {
    if (node.type === 'text') parts.push((node as { value: string }).value);
    else if (isElement(node as { type: string })) for (const child of (node as Element).children) walk(child as Element);
    if (isElement(node as { type: string })) parts.push(' ');
  };
  walk(main);
  return squash(parts.join(''));
};

beforeAll(async () => {
  site = await buildSite({ contentDir: FIXTURE, env: { FULLTIME_BASE: BASE, FULLTIME_SITE_URL: ORIGIN } });
  expect(site.code, site.stderr).toBe(0);
  pages = await readPages(site.outDir, BASE);
});

describe('league table', () => {
  it('counts each match once, the alias of the competition too, takes off the deduction and says what it is built from', () => {
    const hub = page('competitions/test-league/');
    // Dunmore above Belmont on goal difference; Corbie's point taken off.
    expect(rowsOf(hub, 'league-table')).toEqual([
      '1 | Ashford | 2 | 1 | 1 | 0 | 3 | 2 | +1 | 4 | WD',
      '2 | Dunmore | 1 | 0 | 1 | 0 | 0 | 0 | 0 | 1 | D',
      '3 | Belmont | 2 | 0 | 1 | 1 | 2 | 3 | -1 | 1 | LD',
      '4 | Corbie | 1 | 0 | 1 | 0 | 0 | 0 | 0 | 0* (points deducted: 1) | D',
    ]);
    expect(mainText(hub)).toContain('Built from 3 matches, told in 4 recaps.');
    expect(mainText(hub)).toContain('* Corbie: 1 point deducted (late registration).');
  });

  it('ranks the scorers, with the alias merged into the player file’s name and the draft’s scorer nowhere', () => {
    const hub = page('competitions/test-league/');
    const scorers = hub.elements.filter((e) => e.tagName === 'table').map((t) => squash(textOf(t)));
    expect(scorers.find((t) => t.includes('top scorers'))).toContain('Al StrikerAshford3');
    expect(rowsOf(hub, 'stat-table').length).toBeGreaterThan(0);
    expect(mainText(hub)).not.toContain('Draft Ghost');
  });
});

describe('player pages', () => {
  it('gives every player a page with a JSON-LD Person, and none to a draft’s scorer or to an alias', () => {
    const striker = page('players/al-striker/');
    const ld = striker.elements.find((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json');
    expect(JSON.parse(textOf(ld!))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Al Striker',
      url: `${ORIGIN}${BASE}players/al-striker/`,
      memberOf: [{ '@type': 'SportsTeam', name: 'Ashford', url: `${ORIGIN}${BASE}teams/ashford/` }],
    });
    expect(striker.html).toContain('data-pagefind-body');
    // Searchable by name, teams and competitions; the list of matches is left to the recaps it links.
    expect(striker.html).toMatch(/<section[^>]*aria-labelledby="matches-title"[^>]*data-pagefind-ignore/);
    const players = pages.filter((p) => p.urlPath.startsWith(`${BASE}players/`) && p.urlPath !== `${BASE}players/`).map((p) => p.urlPath);
    expect(players.sort()).toEqual(['al-striker', 'jo-middle', 'kai-kicker', 'rex-wall', 'vic-forward'].map((s) => `${BASE}players/${s}/`));
    expect(existsSync(path.join(site.outDir, 'players/draft-ghost'))).toBe(false);
  });

  it('lists a player’s matches, latest first, with every report', () => {
    const striker = page('players/al-striker/');
    const links = anchors(striker).filter((href) => href.startsWith(`${BASE}recaps/`));
    expect(links).toEqual([
      `${BASE}recaps/cup-ashford-corbie/`,
      `${BASE}recaps/r2-belmont-ashford-second/`,
      `${BASE}recaps/r2-belmont-ashford/`,
      `${BASE}recaps/r1-ashford-belmont/`,
    ]);
  });
});

describe('round-ups', () => {
  it('has a page per round with every result, scorers with minutes, sendings-off and the reports', () => {
    const round = mainText(page('competitions/test-league/2024/round-1/'));
    expect(round).toContain('Test League 2024: Round 1');
    expect(round).toContain('Ashford 2–1 Belmont');
    expect(round).toContain('Al Striker 10′, 80′');
    expect(round).toContain('Vic Forward 50′ (pen)');
    expect(round).toContain('Rex Wall (BEL, 85′, red card)');
    expect(round).toContain('Corbie 0–0 Dunmore');
    expect(anchors(page('competitions/test-league/2024/round-1/'))).toContain(`${BASE}competitions/test-league/2024/round-2/`);
  });

  it('publishes a feed of round-ups, latest first', async () => {
    const feed = xml.parse(await site.read('competitions/test-league/rss.xml')) as {
      rss: { channel: { item: { title: string; link: string; description: string }[] } };
    };
    expect(feed.rss.channel.item.map((i) => [i.title, i.link, i.description])).toEqual([
      ['Test League 2024: Round 2', `${ORIGIN}${BASE}competitions/test-league/2024/round-2/`, 'Belmont 1-1 Ashford'],
      ['Test League 2024: Round 1', `${ORIGIN}${BASE}competitions/test-league/2024/round-1/`, 'Ashford 2-1 Belmont. Corbie 0-0 Dunmore'],
    ]);
  });

  it('lists players and round-ups in the sitemap', async () => {
    const sitemap = xml.parse(await site.read('sitemap-0.xml')) as { urlset: { url: { loc: string }[] } };
    const locs = sitemap.urlset.url.map((u) => u.loc);
    expect(locs).toEqual(
      expect.arrayContaining([`${ORIGIN}${BASE}players/al-striker/`, `${ORIGIN}${BASE}competitions/test-league/2024/round-2/`]),
    );
  });
});

describe('recap and team pages', () => {
  it('links names in the event list and the shootout to player pages, and shows earlier meetings', () => {
    const final = page('recaps/cup-ashford-corbie/');
    expect(anchors(final).filter((href) => href.includes('/players/'))).toEqual([
      `${BASE}players/al-striker/`,
      `${BASE}players/kai-kicker/`,
      `${BASE}players/al-striker/`,
      `${BASE}players/kai-kicker/`,
    ]);
    const returnLeg = page('recaps/r2-belmont-ashford/');
    const h2h = returnLeg.elements.find((e) => attr(e, 'className') === 'h2h');
    expect(squash(textOf(h2h!))).toContain('Earlier meetings on this site: Belmont 0, Ashford 1, draws 0.');
    expect(anchors(page('recaps/r1-ashford-belmont/')).some((a) => a.includes('h2h'))).toBe(false);
  });

  it('shows each team’s squad', () => {
    const squad = page('teams/belmont/').elements.find((e) => attr(e, 'id') === 'squad-title');
    expect(squad).toBeDefined();
    expect(rowsOf(page('teams/belmont/'), 'stat-table')).toEqual([
      // Apps, goals, assists, penalties (a column only because someone scored one), yellow, red.
      'Vic Forward | 2 | 2 | 0 | 1 | 0 | 0',
      'Rex Wall | 1 | 0 | 0 | 0 | 0 | 1',
    ]);
  });
});

describe('links', () => {
  it('has no broken internal link, src or fragment on any page', () => {
    expect(brokenRefs(pages, site.outDir, BASE, ORIGIN)).toEqual([]);
  });
});
