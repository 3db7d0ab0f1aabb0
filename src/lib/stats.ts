/**
 * The site's statistics for pages (src/site/stats-index.ts), built once per build from the recap, competition and
 * player collections and reused by every page.
 */
import { getCollection } from 'astro:content';
import type { Match, Side } from '../recap/model.ts';
import type { CompetitionFile } from '../site/competitions.ts';
import { identifyWith, type PlayerFile } from '../site/players.ts';
import { playerUrl } from '../site/stat-routes.ts';
import { buildStatsIndex, type StatsIndex } from '../site/stats-index.ts';
import { recapDigests, storedRecaps } from './content.ts';
import { contentJson } from './page-cache.ts';

/** An entry of any collection (the competition and player collections are typed once `astro sync` has run). */
type AnyEntry = { id: string; digest?: string | undefined; data: unknown };
const entries = getCollection as unknown as (name: string) => Promise<AnyEntry[]>;

let held: { key: string; index: StatsIndex } | undefined;
let built: Promise<StatsIndex> | undefined;

/**
 * The statistics index of the content in the store. A build's content never changes, so the index is built once
 * and every page (a thousand recap pages each ask) gets the same object; `astro dev` rebuilds it when an entry's
 * digest changes.
 */
export async function statsIndex(): Promise<StatsIndex> {
  if (!import.meta.env.DEV) return (built ??= fromStore().then(({ index }) => index));
  held = await fromStore();
  return held.index;
}

async function fromStore(): Promise<{ key: string; index: StatsIndex }> {
  // Recaps through src/lib/content.ts, which serves `astro dev` the loader's latest content without waiting for the store.
  const [recaps, digests, competitions, players] = await Promise.all([
    storedRecaps(),
    recapDigests(),
    entries('competitions'),
    entries('players'),
  ]);
  const key = [
    recaps.map((r) => `${r.slug}:${digests.get(r.slug) ?? ''}`).join(','),
    ...[competitions, players].map((list) => list.map((e) => `${e.id}:${String(e.digest ?? '')}`).join(',')),
  ].join('|');
  if (held?.key === key) return held;
  const playerFiles = filesOf<PlayerFile>(players);
  const index = buildStatsIndex({
    recaps,
    competitions: filesOf<CompetitionFile>(competitions),
    players: { identify: identifyWith(playerFiles) },
  });
  return { key, index };
}

/** The files of a competition or player collection: its one entry holds them all (src/loaders/stat-files-loader.ts). */
function filesOf<T>(collection: readonly AnyEntry[]): T[] {
  return collection.flatMap((entry) => (entry.data as { files: T[] }).files);
}

/** Links names of a match to player pages: what EventList, ShootoutTable and the line-ups take as `playerHref`. */
export type PlayerHref = (name: string, side?: Side) => string | undefined;

/** The `playerHref` of one match. */
export function playerHrefFor(index: StatsIndex, match: Match): PlayerHref {
  return (name, side) => {
    const slug = index.playerSlug(match, name, side);
    return slug ? playerUrl(slug) : undefined;
  };
}

/** What a team's hub shows from the index (its squad), for the hub's cache key (src/lib/page-cache.ts). */
export async function teamSquadKey({ hub }: { hub: { slug: string } }): Promise<string> {
  return contentJson((await statsIndex()).squads.get(hub.slug) ?? []);
}

/** What a competition's hub shows from the index (tables, leaders, round-ups), for the hub's cache key. */
export async function competitionStatsKey({ hub }: { hub: { slug: string } }): Promise<string> {
  return contentJson((await statsIndex()).competitions.get(hub.slug) ?? null);
}
