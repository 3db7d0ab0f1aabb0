import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editRecap, generateDataFiles, generateRecaps } from '../../scripts/bench/generate.ts';
import { checkCollection } from '../../src/recap/collection.ts';
import { formatReport } from '../../src/recap/diagnostics.ts';
import { readRecap } from '../../src/recap/read.ts';
import { RECAP_SLUG } from '../../src/recap/slug.ts';
import { checkCompetitions } from '../../src/site/competitions.ts';
import { checkPlayers } from '../../src/site/players.ts';
import { buildStatsIndex } from '../../src/site/stats-index.ts';

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

  it('writes line-ups, players who recur across matches, and valid competition and player files for tables', () => {
    const { recaps: read, diagnostics } = checkCollection(asFiles(generateRecaps(400, 11)), { includeDrafts: false });
    expect(diagnostics).toEqual([]);
    const withLineups = read.filter((r) => r.match.lineups?.home && r.match.lineups.away);
    expect(withLineups.length).toBeGreaterThan(200);
    expect(withLineups.length).toBeLessThan(read.length);
    expect(read.filter((r) => r.match.playerOfTheMatch).length).toBeGreaterThan(100);
    const data = generateDataFiles();
    const competitions = checkCompetitions(
      data.filter((f) => f.path.startsWith('competitions/')).map((f) => ({ path: f.path, content: f.text })),
    );
    const players = checkPlayers(data.filter((f) => f.path.startsWith('players/')).map((f) => ({ path: f.path, content: f.text })));
    expect([...competitions.diagnostics, ...players.diagnostics]).toEqual([]);
    expect(competitions.competitions.filter((c) => c.format === 'league').map((c) => c.slug)).toEqual([
      'premier-division',
      'championship-north',
      'coastal-league',
      'womens-super-league',
    ]);
    expect(players.players).toHaveLength(3);
    const stats = buildStatsIndex({ recaps: read, competitions: competitions.competitions, players });
    // Squads are fixed per team: a few hundred players, most of them in several matches.
    expect(stats.players.length).toBeGreaterThan(300);
    expect(stats.players.length).toBeLessThan(800);
    expect(stats.players.filter((p) => p.totals.apps >= 5).length).toBeGreaterThan(100);
    expect(stats.players.some((p) => p.totals.lineupApps > 0 && p.totals.minutes > 0)).toBe(true);
    const league = stats.competitions.get('premier-division');
    expect(league?.seasons.some((s) => (s.table?.rows.length ?? 0) >= 4)).toBe(true);
    expect(stats.roundups.length).toBeGreaterThan(20);
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
