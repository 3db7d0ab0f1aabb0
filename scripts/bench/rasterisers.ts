/**
 * Which rasteriser for the social cards: satori draws each card as SVG (text as paths, emoji as images), then either
 * resvg (what the build uses) or sharp (libvips with librsvg, installed with Astro) turns it into a PNG. Renders the
 * same cards with both, one after another in this process, and prints the time per card, the PNG sizes, whether a
 * second render gives the same bytes, and how far the pixels are apart. Wall time is noisy on a shared machine;
 * the CPU time (all threads of this process) is steadier.
 *
 * Usage: node scripts/bench/rasterisers.ts [how many cards, default 60]
 */
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { checkCollection } from '../../src/recap/collection.ts';
import { cardData } from '../../src/graphics/og/card-data.ts';
import { RESVG_OPTIONS } from '../../src/graphics/og/engine.ts';
import { recapCard } from '../../src/graphics/og/layout.ts';
import { renderSvg } from '../../src/graphics/og/render.ts';
import { generateRecaps } from './generate.ts';

const count = Number(process.argv[2] ?? 60);
const generated = generateRecaps(count, 7);
const { recaps } = checkCollection(
  generated.map((g) => ({ path: `${g.slug}.md`, content: g.text })),
  { includeDrafts: false },
);
// sharp (libvips) keeps its own thread pool and caches; one thread each, like one card worker.
sharp.concurrency(1);
sharp.cache(false);

const viaResvg = (svg: string) => new Resvg(svg, RESVG_OPTIONS).render().asPng();
const viaSharp = (svg: string) => sharp(Buffer.from(svg)).png().toBuffer();
const rgba = async (png: Buffer) => sharp(png).ensureAlpha().raw().toBuffer();

const svgs: string[] = [];
let satoriMs = 0;
for (const recap of recaps) {
  const started = performance.now();
  svgs.push(await renderSvg(recapCard(cardData(recap, { lang: 'en', brand: 'Fulltime' }))));
  satoriMs += performance.now() - started;
}
// Warm both up once (wasm and library loading), then time them.
viaResvg(svgs[0] ?? '');
await viaSharp(svgs[0] ?? '');
const timed = async (render: (svg: string) => Buffer | Promise<Buffer>) => {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const out: Buffer[] = [];
  for (const svg of svgs) out.push(await render(svg));
  const used = process.cpuUsage(cpu);
  return { ms: (performance.now() - started) / svgs.length, cpuMs: (used.user + used.system) / 1000 / svgs.length, out };
};
const resvg = await timed(viaResvg);
const sharpRun = await timed(viaSharp);
const again = await timed(viaSharp);
const resvgAgain = await timed(viaResvg);

let maxDiff = 0;
let differing = 0;
let pixels = 0;
let sumDiff = 0;
for (let i = 0; i < svgs.length; i++) {
  const [a, b] = await Promise.all([rgba(resvg.out[i] as Buffer), rgba(sharpRun.out[i] as Buffer)]);
  for (let p = 0; p < a.length; p += 4) {
    let d = 0;
    for (let c = 0; c < 4; c++) d = Math.max(d, Math.abs((a[p + c] ?? 0) - (b[p + c] ?? 0)));
    maxDiff = Math.max(maxDiff, d);
    sumDiff += d;
    if (d > 8) differing++;
    pixels++;
  }
}
const kb = (list: Buffer[]) => (list.reduce((n, b) => n + b.length, 0) / list.length / 1024).toFixed(1);
const same = (x: Buffer[], y: Buffer[]) => x.every((b, i) => b.equals(y[i] as Buffer));
console.log(`${svgs.length} cards; satori ${(satoriMs / svgs.length).toFixed(1)} ms per card (SVG, both rasterisers start from it)`);
console.log(
  `resvg: ${resvg.ms.toFixed(1)} ms per card (CPU ${resvg.cpuMs.toFixed(1)} ms), ${kb(resvg.out)} KB PNG, same bytes on a second render: ${same(resvg.out, resvgAgain.out)}`,
);
console.log(
  `sharp: ${sharpRun.ms.toFixed(1)} ms per card (CPU ${sharpRun.cpuMs.toFixed(1)} ms), ${kb(sharpRun.out)} KB PNG, same bytes on a second render: ${same(sharpRun.out, again.out)}`,
);
console.log(
  `pixels: ${((differing / pixels) * 100).toFixed(2)}% differ by more than 8/255 in a channel; mean difference ${(sumDiff / pixels).toFixed(2)}, largest ${maxDiff}`,
);
