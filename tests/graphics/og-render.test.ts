import { describe, expect, it } from 'vitest';
import { recapCard } from '../../src/graphics/og/layout.ts';
import { renderCard, renderSvg } from '../../src/graphics/og/render.ts';
import { SAMPLES } from './og-samples.ts';
import { colourCount, difference, inkClusters, inkCount, pngSize, textCard } from './og-pixels.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('recap card rendering', () => {
  it.each(Object.keys(SAMPLES))('renders the %s sample as a 1200x630 PNG under 100 KB', async (name) => {
    const { png } = await renderCard(recapCard(SAMPLES[name] as (typeof SAMPLES)[string]));
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThanOrEqual(100 * 1024);
  });

  it('paints both team colours over large areas', async () => {
    const data = SAMPLES['base'] as (typeof SAMPLES)[string];
    const { pixels } = await renderCard(recapCard(data));
    // Each team panel is 450x330; text covers part of it.
    expect(colourCount(pixels, data.home.color)).toBeGreaterThan(80_000);
    expect(colourCount(pixels, data.away.color)).toBeGreaterThan(80_000);
    const swapped = { ...data, home: { ...data.home, color: '#00ff00' } };
    const { pixels: after } = await renderCard(recapCard(swapped));
    expect(colourCount(after, data.home.color)).toBe(0);
    expect(colourCount(after, '#00ff00')).toBeGreaterThan(80_000);
  });

  it('draws markup in names as literal text', async () => {
    const name = '<script>alert("x")</script> & "Co" &amp;';
    const tree = recapCard({ ...(SAMPLES['base'] as (typeof SAMPLES)[string]), home: { name, color: '#004d98', scorers: [] } });
    expect(JSON.stringify(tree)).toContain(JSON.stringify(name));
    const svg = await renderSvg(tree);
    expect(svg).not.toContain('<script');
    // Every character becomes a glyph: the tag text is wide, where an interpreted tag would draw nothing.
    const literal = inkClusters((await renderCard(textCard('<b>x</b> &amp;'))).pixels, 1200, 30);
    const bare = inkClusters((await renderCard(textCard('x &'))).pixels, 1200, 30);
    const width = (c: { start: number; end: number }[]) => (c.at(-1)?.end ?? 0) - (c[0]?.start ?? 0);
    expect(width(literal)).toBeGreaterThan(3 * width(bare));
  });
});

// Two different strings per script: if either fell back to missing-glyph boxes, the pair would render alike.
const SCRIPTS: Record<string, [string, string]> = {
  'accented Latin': ['Çalıkoğlu Šćepanić', 'Nuñolo Ødvinsrud Łukasz'],
  Cyrillic: ['Невский Маяк', 'Волжские Бурлаки'],
  Greek: ['Ακρογιαλός Σαρωνικού', 'Γλαροπούλια Κυκλάδων'],
  Japanese: ['港南ファルコンズ', '北山レッズ優勝'],
  Chinese: ['白鹭湾足球俱乐部', '青石港队员进球'],
  Korean: ['한빛 은하 시티', '푸른 바다 돌핀스'],
  Arabic: ['الواحة والقصر', 'زياد الراشد يسجل'],
  emoji: ['⚽🏆🔥', '🥅🎉👏'],
};
// Thai: no font in the card's stack covers it, so it renders as missing glyphs.
const MISSING = 'กขคงจฉชซฌญ';

describe('scripts', () => {
  it.each(Object.entries(SCRIPTS))('%s renders real glyphs, not blanks or missing-glyph boxes', async (_script, [a, b]) => {
    const [ra, rb, missing] = await Promise.all([a, b, MISSING.slice(0, [...a].length)].map((s) => renderCard(textCard(s))));
    const ink = inkCount((ra as { pixels: Buffer }).pixels);
    expect(ink).toBeGreaterThan(2000);
    expect(difference((ra as { pixels: Buffer }).pixels, (missing as { pixels: Buffer }).pixels)).toBeGreaterThan(0.005);
    expect(difference((ra as { pixels: Buffer }).pixels, (rb as { pixels: Buffer }).pixels)).toBeGreaterThan(0.005);
  });

  it('joins Arabic letters (one connected shape per word)', async () => {
    const { pixels } = await renderCard(textCard('محمد', { bidi: true }));
    expect(inkClusters(pixels, 1200, 2)).toHaveLength(1);
  });

  it('lays a right-to-left sentence out from the right, with a Latin name inside left to right', async () => {
    // Logical order: short word, Latin name, long word. Visually the short word must end up rightmost.
    const { pixels } = await renderCard(textCard('لا Arrieta الاستقلالية', { bidi: true }));
    const shapes = inkClusters(pixels, 1200, 12).map((c) => c.end - c.start);
    // Long word (its alef stands apart), then Arrieta, then the short word at the right edge.
    expect(shapes[0]).toBeGreaterThan(200);
    expect(shapes.at(-1)).toBeLessThan(40);
    expect(shapes.at(-2)).toBeGreaterThan(80);
  });
});
