/**
 * Reads a build's phases and card counts from its timed output lines. The markers are Astro's own log lines
 * (content sync, static route generation) and the summary lines of our build steps; a phase whose markers are
 * missing is reported as absent rather than guessed.
 */
import type { TimedLine } from './measure.ts';

/** Named phases of one build, in ms; absent when the build did not print the markers. */
export interface Phases {
  /** Process start, config, validation, up to the content sync. */
  readonly startup?: number;
  readonly contentSync?: number;
  /** Vite bundling of the server and client code. */
  readonly bundle?: number;
  /** Rendering pages and endpoints (timeline SVGs). */
  readonly pages?: number;
  /** Astro's build:done hooks: sitemap, and waiting for the OG cards still rendering, then copying them. */
  readonly buildDone?: number;
  /** After Astro: search index, CSP check, `_headers`, the swap into place. */
  readonly finish?: number;
  /** The card step's own time as it reports it (it starts early and overlaps the phases above). */
  readonly cards?: number;
}

/** OG cards a build rendered and took from the cache, as it reported them. */
export interface CardCounts {
  readonly rendered: number;
  readonly cached: number;
  readonly total: number;
}

const at = (lines: readonly TimedLine[], pattern: RegExp): number | undefined => lines.find((l) => pattern.test(l.text))?.at;
const span = (from: number | undefined, to: number | undefined) =>
  from !== undefined && to !== undefined && to >= from ? to - from : undefined;
/** Drops absent entries, so the object fits optional properties under exactOptionalPropertyTypes. */
const defined = <T extends object>(o: { [K in keyof T]-?: T[K] | undefined }): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** Phase boundaries in ms since the start, in order, for splitting other series (memory) by phase. */
export function phaseWindows(phases: Phases): [keyof Phases, number, number][] {
  const order: (keyof Phases)[] = ['startup', 'contentSync', 'bundle', 'pages', 'buildDone', 'finish'];
  const out: [keyof Phases, number, number][] = [];
  let t = 0;
  for (const key of order) {
    const length = phases[key];
    if (length === undefined) continue;
    out.push([key, t, t + length]);
    t += length;
  }
  return out;
}

/** Phase durations of a build of the real site (or a bare Astro build, which has no validation or finish). */
export function buildPhases(lines: readonly TimedLine[], wallMs: number): Phases {
  const syncing = at(lines, /\[content\] Syncing content/);
  const synced = at(lines, /\[content\] Synced content/);
  const routesIndex = lines.findIndex((l) => /generating static routes/.test(l.text));
  const routes = lines[routesIndex]?.at;
  // Astro closes page generation with a bare "✓ Completed in …" line, then runs the build:done hooks.
  const generated = routesIndex === -1 ? undefined : lines.slice(routesIndex).find((l) => /^\S*\s*✓ Completed in/.test(l.text))?.at;
  const built = at(lines, /page\(s\) built in/);
  const cards = cardSeconds(lines);
  // `npm run build` renders the cards after Astro has exited: the card wait then ends at its summary line.
  const cardsDone = lines.find((l) => /^\[cards\] \d+ cards in /.test(l.text))?.at;
  const waited = cardsDone !== undefined && built !== undefined && cardsDone > built ? cardsDone : built;
  return defined<Phases>({
    startup: span(0, syncing),
    contentSync: span(syncing, synced),
    bundle: span(synced, routes),
    pages: span(routes, generated),
    buildDone: span(generated, waited),
    finish: span(waited, wallMs),
    cards,
  });
}

/** The card step's own timing line, e.g. `51 cards in 0.2s: 0 rendered, 51 from cache`. */
function cardSeconds(lines: readonly TimedLine[]): number | undefined {
  for (const line of lines) {
    const m = /cards?\b.*\bin (\d+(?:\.\d+)?)\s*(ms|s)\b/i.exec(line.text);
    if (m && /render/i.test(line.text)) return Number(m[1]) * (m[2] === 's' ? 1000 : 1);
  }
  return undefined;
}

/** The last card summary the build printed (`N rendered`, `N cached`, `N total` in any order), if any. */
export function cardCounts(lines: readonly TimedLine[]): CardCounts | undefined {
  let found: CardCounts | undefined;
  for (const { text } of lines) {
    if (!/card/i.test(text)) continue;
    const rendered = /(\d+)\s+rendered/i.exec(text);
    const cached = /(\d+)\s+(?:cached|from (?:the )?cache)/i.exec(text);
    const total = /(\d+)\s+total|\((\d+)\)|of (\d+)/i.exec(text);
    if (!rendered || !cached) continue;
    const r = Number(rendered[1]);
    const c = Number(cached[1]);
    found = { rendered: r, cached: c, total: total ? Number(total[1] ?? total[2] ?? total[3]) : r + c };
  }
  return found;
}
