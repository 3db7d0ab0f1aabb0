/** The timeline in other languages: its words from the catalogue, mirrored for a right-to-left language. */
import { describe, expect, it } from 'vitest';
import { renderTimeline } from '../../src/graphics/timeline/index.ts';
import { translator } from '../../src/i18n/index.ts';
import { extraTimeShootout } from '../graphics/timeline-matches.ts';

describe('timeline languages', () => {
  it('titles, legends and the shootout heading come from the catalogue', () => {
    const match = extraTimeShootout();
    const es = translator('es');
    const svg = renderTimeline(match, { width: 960, lang: 'es' });
    expect(svg).toContain('lang="es"');
    expect(svg).toContain(`>${es('shootout.title').toLocaleUpperCase('es')}<`);
    expect(svg).toContain(`>${es('event.goal')}<`);
    expect(svg).not.toContain('PENALTY SHOOTOUT');
  });

  it.each([360, 960])('mirrors the drawing right to left in Arabic, keeping every text upright (%d px)', (width) => {
    const match = extraTimeShootout();
    const ltr = renderTimeline(match, { width, lang: 'en' });
    const rtl = renderTimeline(match, { width, lang: 'ar' });
    expect(rtl).toContain('direction="rtl"');
    const body = rtl.slice(rtl.indexOf('<g class="tl-mirror"'));
    expect(body.startsWith(`<g class="tl-mirror" transform="matrix(-1 0 0 1 ${width} 0)">`)).toBe(true);
    // Each text is flipped back about its own anchor, so glyphs are not mirrored.
    const texts = [...body.matchAll(/<text[^>]*>/g)].map((m) => m[0]);
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.length).toBe([...rtl.matchAll(/<text[^>]*>/g)].length);
    for (const tag of texts) {
      const x = Number(/ x="([^"]+)"/.exec(tag)?.[1]);
      expect(tag).toContain(`transform="matrix(-1 0 0 1 ${Math.round(2 * x * 100) / 100} 0)"`);
    }
    expect(ltr).not.toContain('tl-mirror');
  });
});
