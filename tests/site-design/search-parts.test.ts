/**
 * The search index in parts (src/delivery/search-parts.ts): which part a page goes in, which parts a search page
 * opens, and how the parts' results are merged.
 */
import { describe, expect, it } from 'vitest';
import { mergeResults, partCount, partOf, partsFor, type PartResult } from '../../src/delivery/search-parts.ts';

const pages = Array.from({ length: 20_000 }, (_, i) => `recaps/match-${i}/index.html`);

describe('parts of the index', () => {
  it('makes one part up to the size, then one more per size', () => {
    expect([0, 1, 5000, 5001, 18_690].map((n) => partCount(n, 5000))).toEqual([1, 1, 1, 2, 4]);
  });

  it('spreads pages evenly by their path, and a page keeps its part as others come and go', () => {
    const sizes = new Array<number>(4).fill(0);
    for (const page of pages) sizes[partOf(page, 4)]! += 1;
    for (const size of sizes) expect(Math.abs(size - 5000)).toBeLessThan(250);
    const before = pages.slice(0, 100).map((p) => partOf(p, 4));
    expect(pages.slice(0, 100).map((p) => partOf(p, 4))).toEqual(before);
    expect(partOf('recaps/a/index.html', 1)).toBe(0);
  });
});

describe('partsFor', () => {
  const parts = [
    { folder: '', languages: { en: 40, es: 2 } },
    { folder: 'part-1/', languages: { en: 38 } },
    { folder: 'part-2/', languages: { en: 41, 'pt-br': 3 } },
  ];

  it('opens only the parts with the page’s language, its primary subtag matching too', () => {
    expect(partsFor('en', parts)).toEqual(['', 'part-1/', 'part-2/']);
    expect(partsFor('es', parts)).toEqual(['']);
    expect(partsFor('es-MX', parts)).toEqual(['']);
    expect(partsFor('pt-BR', parts)).toEqual(['part-2/']);
  });

  it('falls back to the language with the most pages over all parts, as one index would', () => {
    expect(partsFor('ja', parts)).toEqual(['', 'part-1/', 'part-2/']);
    expect(
      partsFor('ja', [
        { folder: '', languages: { es: 5, en: 1 } },
        { folder: 'part-1/', languages: { en: 6 } },
      ]),
    ).toEqual(['part-1/']);
  });
});

interface Data {
  readonly id: string;
  readonly date: string;
}

/** A part's results as Pagefind gives them, counting the loads of their data. */
function part(items: readonly Data[], loads: string[], score = (i: number) => items.length - i): PartResult<Data>[] {
  return items.map((item, i) => ({ score: score(i), data: async () => (loads.push(item.id), item) }));
}

const dated = (prefix: string, dates: readonly string[]) => dates.map((date, i) => ({ id: `${prefix}${i}`, date }));

describe('mergeResults', () => {
  it('merges by score, highest first, ties in the order of the parts', async () => {
    const loads: string[] = [];
    const a = dated('a', ['', '', '']);
    const b = dated('b', ['', '']);
    const merged = mergeResults([part(a, loads, (i) => [5, 3, 1][i]!), part(b, loads, (i) => [4, 3][i]!)]);
    expect(merged.count).toBe(5);
    expect((await merged.next(3)).map((d) => d.id)).toEqual(['a0', 'b0', 'a1']);
    expect((await merged.next(3)).map((d) => d.id)).toEqual(['b1', 'a2']);
    expect(await merged.next(3)).toEqual([]);
    expect(loads).toHaveLength(5);
  });

  it('merges sorted parts newest first, page after page, loading each result once', async () => {
    const loads: string[] = [];
    const a = dated('a', ['2024-05-01', '2024-03-01', '2023-01-01']);
    const b = dated('b', ['2024-04-01', '2024-03-01', '2024-02-01', '2022-12-31']);
    const merged = mergeResults([part(a, loads), part(b, loads)], (d) => d.date);
    expect(merged.count).toBe(7);
    const first = await merged.next(3);
    expect(first.map((d) => d.id)).toEqual(['a0', 'b0', 'a1']);
    const rest = [...(await merged.next(3)), ...(await merged.next(3))];
    expect(rest.map((d) => d.id)).toEqual(['b1', 'b2', 'a2', 'b3']);
    expect([...loads].sort()).toEqual(['a0', 'a1', 'a2', 'b0', 'b1', 'b2', 'b3']);
  });

  it('loads about its share of each part ahead, not a page of each, and keeps the order of a full sort', async () => {
    // 100 results dated a day apart, dealt over 4 parts as a hash of their paths would spread them.
    const days = Array.from({ length: 100 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10)).reverse();
    const parts = [0, 1, 2, 3].map((p) =>
      dated(
        `p${p}-`,
        days.filter((_, i) => (i * 7 + (i >> 2)) % 4 === p),
      ),
    );
    const loads: string[] = [];
    const merged = mergeResults(
      parts.map((items) => part(items, loads)),
      (d) => d.date,
    );
    const first = await merged.next(10);
    expect(first.map((d) => d.date)).toEqual(days.slice(0, 10));
    // Its share (3) plus one from each part, and at most one more round for a part that ran out early.
    expect(loads.length).toBeLessThanOrEqual(20);
    const all = [...first];
    for (let page = 0; page < 10; page++) all.push(...(await merged.next(10)));
    expect(all.map((d) => d.date)).toEqual(days);
    expect(new Set(loads).size).toBe(100);
    expect(loads).toHaveLength(100);
  });

  it('loads more of a part that holds all the newest results, in order', async () => {
    const loads: string[] = [];
    const a = dated('a', ['2024-09-09', '2024-09-08', '2024-09-07', '2024-09-06', '2024-09-05', '2024-09-04', '2024-09-03']);
    const b = dated('b', ['2023-01-03', '2023-01-02']);
    const c = dated('c', ['2023-01-01']);
    const merged = mergeResults([part(b, loads), part(a, loads), part(c, loads)], (d) => d.date);
    expect((await merged.next(5)).map((d) => d.id)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect((await merged.next(5)).map((d) => d.id)).toEqual(['a5', 'a6', 'b0', 'b1', 'c0']);
  });

  it('hands out different results to two calls made at once', async () => {
    const loads: string[] = [];
    const merged = mergeResults([part(dated('a', ['2024-03', '2024-01']), loads), part(dated('b', ['2024-02']), loads)], (d) => d.date);
    const [one, two] = await Promise.all([merged.next(2), merged.next(2)]);
    expect([...(one ?? []), ...(two ?? [])].map((d) => d.id)).toEqual(['a0', 'b0', 'a1']);
  });

  it('hands one part out exactly as it came', async () => {
    const loads: string[] = [];
    const a = dated('a', ['2024-01-01', '2024-06-01', '2023-01-01']);
    const merged = mergeResults([part(a, loads)], (d) => d.date);
    expect((await merged.next(10)).map((d) => d.id)).toEqual(['a0', 'a1', 'a2']);
  });
});
