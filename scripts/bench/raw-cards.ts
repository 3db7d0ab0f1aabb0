/**
 * The raw card baseline: renders recap cards one after another in this process with the og-cards template
 * and satori + resvg, no Astro, no pool, no cache. Prints one JSON line: the first card's time (fonts and
 * wasm loading included) and the mean of the rest (the steady per-card cost).
 *
 * Usage: node scripts/bench/raw-cards.ts <recaps folder> <how many>
 */
import { loadCollection } from '../../src/recap/collection.ts';
import { cardData } from '../../src/graphics/og/card-data.ts';
import { recapCard } from '../../src/graphics/og/layout.ts';
import { renderPng } from '../../src/graphics/og/render.ts';

/** What the raw run reports. */
export interface RawCardTimes {
  readonly cards: number;
  readonly firstMs: number;
  readonly meanMs: number;
  readonly meanBytes: number;
}

async function main(): Promise<void> {
  const [dir, countText] = process.argv.slice(2);
  if (!dir) throw new Error('usage: raw-cards.ts <recaps folder> <count>');
  const { recaps } = await loadCollection(dir, { includeDrafts: false });
  const sample = recaps.slice(0, Math.max(2, Number(countText ?? 50)));
  const times: number[] = [];
  let bytes = 0;
  for (const recap of sample) {
    const started = performance.now();
    const png = await renderPng(recapCard(cardData(recap, { lang: 'en', brand: 'Fulltime' })));
    times.push(performance.now() - started);
    bytes += png.length;
  }
  const [first = 0, ...rest] = times;
  const result: RawCardTimes = {
    cards: times.length,
    firstMs: first,
    meanMs: rest.reduce((a, b) => a + b, 0) / Math.max(1, rest.length),
    meanBytes: bytes / Math.max(1, times.length),
  };
  console.log(JSON.stringify(result));
}

await main();
