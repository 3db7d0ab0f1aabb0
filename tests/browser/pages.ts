/**
 * Finds, in a built site, one URL per page type the browser tests visit, and the facts to check on them
 * (the richest recap, a team hub that lists it, a player to search for).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Recap } from '../../src/recap/model.ts';

/** The page types every browser check runs on. */
export const PAGE_TYPES = ['index', 'recap', 'team', 'search', '404'] as const;
/** A page type. */
export type PageType = (typeof PAGE_TYPES)[number];

/** A page to visit: its site-relative path and the HTTP status a host answers it with. */
export interface PageTarget {
  readonly path: string;
  readonly status: number;
}

/** The recap with the most events (ties: most shootout kicks), so the timeline has the most to show. */
export function richestRecap(recaps: readonly Recap[]): Recap {
  const score = (r: Recap) => r.match.events.length * 100 + (r.match.shootout?.kicks.length ?? 0);
  const best = [...recaps].sort((a, b) => score(b) - score(a) || a.slug.localeCompare(b.slug))[0];
  if (!best) throw new Error('the content folder has no recaps to test with');
  return best;
}

/** A goal scorer of the recap whose name appears in no other recap's text, so a search for it has one right answer. */
export function distinctiveScorer(recap: Recap, all: readonly Recap[]): string {
  const others = all.filter((r) => r.slug !== recap.slug).map((r) => JSON.stringify(r).toLowerCase());
  const scorers = recap.match.goals.map((g) => g.player).filter((p): p is string => typeof p === 'string');
  const unique = scorers.find((p) => !others.some((text) => text.includes(p.toLowerCase())));
  const chosen = unique ?? scorers[0];
  if (!chosen) throw new Error(`${recap.file} has no named scorer to search for`);
  return chosen;
}

/** Site-relative paths of each page type in the built folder `outDir`. */
export function pageTargets(outDir: string, recap: Recap): Record<PageType, PageTarget> {
  const recapPath = `recaps/${recap.slug}/`;
  const teamsDir = path.join(outDir, 'teams');
  const hubs = existsSync(teamsDir) ? readdirSync(teamsDir).filter((d) => existsSync(path.join(teamsDir, d, 'index.html'))) : [];
  // The home team's hub; failing that, any hub whose page links to the recap.
  const hub = hubs.includes(recap.match.home.slug)
    ? recap.match.home.slug
    : hubs.sort().find((d) => readFileSync(path.join(teamsDir, d, 'index.html'), 'utf8').includes(`/${recapPath}`));
  return {
    index: { path: '', status: 200 },
    recap: { path: recapPath, status: 200 },
    // No hub found: ask for the home team's anyway, so the missing page fails the team checks.
    team: { path: `teams/${hub ?? recap.match.home.slug}/`, status: 200 },
    search: { path: 'search/', status: 200 },
    // A missing path, as a host answers it: 404.html with status 404.
    '404': { path: 'no-such-page/', status: 404 },
  };
}
