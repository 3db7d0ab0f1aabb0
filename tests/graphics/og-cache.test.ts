import { mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeCachedCards } from '../../src/graphics/og/card-files.ts';
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

async function run(title: string, cacheDir: string): Promise<RenderCardsResult & { outDir: string; progress: RenderCardsResult[] }> {
  const outDir = await temp('out');
  const progress: RenderCardsResult[] = [];
  const result = await renderCards(jobsFor(title), {
    outDir,
    cacheDir,
    concurrency: 2,
    onProgress: (p) => progress.push(p),
  });
  return { ...result, outDir, progress };
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
  });

  it('puts rendered and cached cards into the site as links to the cache, never as copies', async () => {
    const cacheDir = await temp('cache');
    const first = await run('Linked', cacheDir);
    const again = await run('Linked', cacheDir);
    for (const { outDir } of [first, again]) {
      for (const file of await readdir(outDir)) {
        const [site, cached] = await Promise.all([stat(path.join(outDir, file)), stat(path.join(cacheDir, file))]);
        expect(site.ino, file).toBe(cached.ino);
      }
    }
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

describe('placeCachedCards', () => {
  it('links the cached cards, returns the others in order, and only checks the cache without a folder', async () => {
    const cacheDir = await temp('cache');
    await run('Some cached', cacheDir);
    // The edited recap's card is not in the cache; it goes between cached ones, and comes back in its place.
    const [site, first, second, third] = jobsFor('Some cached');
    const edited = recapCardJob(readRecap(FIXTURE.replace(/^title: .*$/m, 'title: Not cached yet'), 'second'));
    const jobs = [site, first, edited, second, third].flatMap((job) => job ?? []);
    const notCached = [edited];
    const outDir = await temp('out');
    let placed = 0;
    const misses = await placeCachedCards(jobs, { outDir, cacheDir, onPlaced: () => placed++ });
    expect(misses.map((job) => job.file)).toEqual(notCached.map((job) => job.file));
    expect(placed).toBe(jobs.length - misses.length);
    expect((await readdir(outDir)).sort()).toEqual(
      jobs
        .filter((job) => !misses.includes(job))
        .map((job) => job.file)
        .sort(),
    );
    expect((await placeCachedCards(jobs, { cacheDir })).map((job) => job.file)).toEqual(notCached.map((job) => job.file));
  });
});
