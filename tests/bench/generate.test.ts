import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editRecap, generateRecaps } from '../../scripts/bench/generate.ts';
import { checkCollection } from '../../src/recap/collection.ts';
import { formatReport } from '../../src/recap/diagnostics.ts';
import { readRecap } from '../../src/recap/read.ts';
import { RECAP_SLUG } from '../../src/recap/slug.ts';

const asFiles = (recaps: ReturnType<typeof generateRecaps>) => recaps.map((r) => ({ path: `recaps/${r.slug}.md`, content: r.text }));

describe('the benchmark recap generator', () => {
  it('writes recaps that the real reader accepts, alone and as a collection, for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 30 }), (seed, count) => {
        const recaps = generateRecaps(count, seed);
        expect(recaps).toHaveLength(count);
        for (const recap of recaps) {
          expect(recap.slug).toMatch(RECAP_SLUG);
          const result = readRecap(`${recap.slug}.md`, recap.slug, recap.text);
          if (!result.ok) throw new Error(formatReport(result.diagnostics));
          expect(result.recap.match.events.length).toBeGreaterThanOrEqual(5);
          expect(result.recap.match.events.length).toBeLessThanOrEqual(20);
        }
        const collection = checkCollection(asFiles(recaps), { includeDrafts: false });
        expect(collection.diagnostics).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('covers the range: extra time, shootouts, second reports, non-Latin names, realistic body lengths', () => {
    const recaps = generateRecaps(400, 11);
    const { recaps: read, diagnostics } = checkCollection(asFiles(recaps), { includeDrafts: false });
    expect(diagnostics).toEqual([]);
    expect(read.filter((r) => r.match.extraTime).length).toBeGreaterThan(5);
    expect(read.filter((r) => r.match.status === 'on-penalties').length).toBeGreaterThan(5);
    expect(read.filter((r) => r.match.events.some((e) => e.minute.added > 0)).length).toBeGreaterThan(50);
    expect(read.filter((r) => r.otherReports.length > 0).length).toBeGreaterThan(5);
    expect(read.some((r) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(r.match.home.name + r.match.away.name))).toBe(true);
    expect(read.some((r) => /[\u0600-\u06ff]/.test(r.match.home.name + r.match.away.name))).toBe(true);
    expect(new Set(read.flatMap((r) => [r.match.home.name, r.match.away.name])).size).toBeGreaterThan(25);
    const words = recaps.map((r) => r.body.split(/\s+/).filter(Boolean).length);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(350);
    expect(Math.max(...words)).toBeLessThanOrEqual(1100);
    // Goal scorers are named in the narrative, as `npm run check` expects of a real recap.
    const unnamed = read.filter((r) => r.match.goals.some((g) => g.player && !r.body.includes(g.player)));
    expect(unnamed.map((r) => r.slug)).toEqual([]);
  });

  it('is deterministic: the same seed gives the same files, another seed others', () => {
    expect(generateRecaps(20, 5)).toEqual(generateRecaps(20, 5));
    expect(generateRecaps(20, 5).map((r) => r.text)).not.toEqual(generateRecaps(20, 6).map((r) => r.text));
  });

  it('edits a recap into another valid recap with a new headline', () => {
    const [recap] = generateRecaps(1, 3);
    if (!recap) throw new Error('no recap generated');
    const edited = editRecap(recap.text);
    const before = readRecap('a.md', 'a', recap.text);
    const after = readRecap('a.md', 'a', edited);
    expect(before.ok && after.ok).toBe(true);
    if (!before.ok || !after.ok) return;
    expect(after.recap.title).toBe(`${before.recap.title} (updated)`);
    expect(after.recap.body).not.toBe(before.recap.body);
  });
});
