import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recapCardJob, siteCardJob } from '../../src/graphics/og/cards.ts';
import { renderCards, type RenderCardsResult } from '../../src/graphics/og/pool.ts';
import { FIXTURE, readRecap } from './og-recaps.ts';

const temp = (name: string) => mkdtemp(path.join(tmpdir(), `og-cards-${name}-`));
const recaps = (title: string) => [
  readRecap(FIXTURE, 'first'),
  readRecap(FIXTURE.replace(/^title: .*$/m, `title: ${title}`), 'second'),
  readRecap(FIXTURE, 'third'),
];
const jobsFor = (title: string) => [siteCardJob(), ...recaps(title).map(recapCardJob)];

async function run(
  title: string,
  cacheDir: string,
): Promise<RenderCardsResult & { outDir: string; progress: RenderCardsResult[]; toRender: number[] }> {
  const outDir = await temp('out');
  const progress: RenderCardsResult[] = [];
  // What the step says it has left to render, and how far it had got when it said so.
  const toRender: number[] = [];
  const result = await renderCards(jobsFor(title), {
    outDir,
    cacheDir,
    concurrency: 2,
    onProgress: (p) => progress.push(p),
    onToRender: (count) => toRender.push(count, progress.length),
  });
  return { ...result, outDir, progress, toRender };
}

describe('renderCards', () => {
  it('renders misses once, then serves everything from the cache, and re-renders only an edited card', async () => {
    const cacheDir = await temp('cache');
    const first = await run('A headline', cacheDir);
    expect({ rendered: first.rendered, cached: first.cached, total: first.total }).toEqual({ rendered: 4, cached: 0, total: 4 });
    expect(first.progress.at(-1)).toEqual({ rendered: 4, cached: 0, total: 4 });
    expect((await readdir(first.outDir)).sort()).toEqual(
      jobsFor('A headline')
        .map((j) => j.file)
        .sort(),
    );

    const again = await run('A headline', cacheDir);
    expect({ rendered: again.rendered, cached: again.cached }).toEqual({ rendered: 0, cached: 4 });

    const edited = await run('Another headline', cacheDir);
    expect({ rendered: edited.rendered, cached: edited.cached }).toEqual({ rendered: 1, cached: 3 });
    // The count of cards left to render comes first, before any card is copied or rendered.
    expect([first.toRender, again.toRender, edited.toRender]).toEqual([
      [4, 0],
      [0, 0],
      [1, 0],
    ]);
  });

  it('gives byte-identical PNGs from two clean runs', async () => {
    const a = await run('Same', await temp('cache-a'));
    const b = await run('Same', await temp('cache-b'));
    const files = await readdir(a.outDir);
    expect(files).toHaveLength(4);
    for (const file of files) {
      const [x, y] = await Promise.all([readFile(path.join(a.outDir, file)), readFile(path.join(b.outDir, file))]);
      expect(x.equals(y), file).toBe(true);
    }
  });
});
