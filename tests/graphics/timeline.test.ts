import { Resvg } from '@resvg/resvg-js';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderTimeline } from '../../src/graphics/timeline/index.ts';
import { compactTimeline } from '../../src/graphics/timeline/compact.ts';
import { FONT_STACK } from '../../src/graphics/timeline/frame.ts';
import { teamPaints } from '../../src/graphics/timeline/palette.ts';
import { settingsFrom } from '../../src/graphics/timeline/settings.ts';
import { textWidth } from '../../src/graphics/timeline/text-width.ts';
import { wideTimeline } from '../../src/graphics/timeline/wide.ts';
import { minute } from '../../src/recap/minute.ts';
import type { Match, MatchEvent, Side } from '../../src/recap/model.ts';
import type { EventType } from '../../src/recap/schema.ts';
import { fontsFor, rasterise } from './timeline-fonts.ts';
import { prettySvg } from './pretty-svg.ts';
import { addedTime, clashingColours, dense, extraTimeShootout, goalless, hostileNames, seed } from './timeline-matches.ts';

const samples = { seed, extraTimeShootout, addedTime, goalless, dense } as const;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

describe('timeline snapshots', () => {
  for (const [name, make] of Object.entries(samples)) {
    for (const width of [960, 360]) {
      it(`${name} at ${width}px`, async () => {
        const svg = renderTimeline(make(), { width });
        await expect(prettySvg(svg)).toMatchFileSnapshot(`__snapshots__/timeline-${name}-${width}.svg`);
      });
    }
  }
});

describe('timeline SVG', () => {
  const all = { ...samples, clashingColours, hostileNames };

  it('is well-formed XML with an accessible name, description and a title per marker', () => {
    for (const make of Object.values(all)) {
      const match = make();
      for (const width of [960, 360]) {
        const svg = renderTimeline(match, { width, idPrefix: 'x' });
        expect(XMLValidator.validate(svg)).toBe(true);
        const root = parser.parse(svg).svg;
        expect(root.role).toBe('img');
        expect(root['aria-labelledby']).toBe('x-title x-desc');
        expect(root.title['#text']).toContain(match.home.name.replace(/&/g, '&'));
        expect(svg.match(/<g class="tl-event [^"]*"><title>/g)?.length ?? 0).toBe(match.events.length);
        expect(svg.match(/<g class="tl-kick-cell [^"]*"><title>/g)?.length ?? 0).toBe(match.shootout?.kicks.length ?? 0);
      }
    }
  });

  it('titles each marker with the event in words', () => {
    const svg = renderTimeline(seed());
    expect(svg).toContain('<title>85′ Goal, Lionel Messi, Inter Miami CF, free kick, 4-4</title>');
    expect(svg).toContain('<title>Kick 4, FC Dallas, Paxton Pomykal: Missed (1-2)</title>');
  });

  it('summarises the match in <desc>', () => {
    const root = parser.parse(renderTimeline(seed())).svg;
    expect(root.desc['#text']).toMatchInlineSnapshot(
      `"FC Dallas 4–4 Inter Miami CF. On penalties; Inter Miami CF win 5-3 on penalties. Half-time 2-1. Goals: 6′ Lionel Messi 0-1, 37′ Facundo Quignon 1-1, 45′ Bernard Kamungo 2-1, 63′ Alan Velasco 3-1, 64′ Benjamin Cremaschi 3-2, 68′ Robert Taylor (own goal) 4-2, 80′ Marco Farfan (own goal) 4-3, 85′ Lionel Messi 4-4. Also: 1 VAR check. Penalty shootout, 9 kicks: Inter Miami CF win 5-3 on penalties."`,
    );
  });

  it('is deterministic: same input, same bytes', () => {
    expect(renderTimeline(dense(), { width: 960 })).toBe(renderTimeline(dense(), { width: 960 }));
    expect(renderTimeline(dense(), { width: 360 })).toBe(renderTimeline(dense(), { width: 360 }));
  });

  it('escapes markup and quotes in names, notes and competition', () => {
    const svg = renderTimeline(hostileNames());
    expect(svg).not.toMatch(/<script|<b>|<XI>/);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('Tom &amp; Jerry&apos;s &lt;XI&gt;');
    expect(svg).toContain('Quote &quot;United&quot;');
    const texts: string[] = [];
    const walk = (node: unknown): void => {
      if (typeof node === 'string') texts.push(node);
      else if (node && typeof node === 'object') Object.values(node).forEach(walk);
    };
    walk(new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false }).parse(svg));
    expect(texts.some((t) => t.includes('<script>alert(1)</script>'))).toBe(true);
  });

  it('uses no <style> element or style attribute (the site ships a strict CSP)', () => {
    for (const make of Object.values(all)) expect(renderTimeline(make())).not.toMatch(/<style|\sstyle=/);
  });

  it('names the Noto families in its font stack', () => {
    expect(FONT_STACK).toMatch(/^Noto Sans, Noto Sans JP, Noto Sans KR, Noto Sans SC, Noto Sans Arabic,/);
  });

  it('rasterises with resvg using only the Noto fonts from @fontsource', () => {
    for (const make of Object.values(all)) {
      for (const width of [960, 360]) {
        const { png, width: w, height } = rasterise(renderTimeline(make(), { width }));
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect(w).toBe(width);
        expect(height).toBeGreaterThan(100);
      }
    }
  });
});

describe('label widths', () => {
  /** Width of text as resvg draws it with the Noto fonts. */
  function rendered(text: string, size: number, bold: boolean): number {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="60"><text x="10" y="40" font-family="${FONT_STACK}" font-size="${size}" font-weight="${bold ? 700 : 400}">${text}</text></svg>`;
    const box = new Resvg(svg, { font: { fontFiles: fontsFor(text), loadSystemFonts: false, defaultFontFamily: 'Noto Sans' } }).getBBox();
    return box?.width ?? 0;
  }

  it('never measures a name narrower than resvg draws it, in any script', () => {
    const names = [
      'Joaquín Arrieta',
      'Grzegorz Łęczyński',
      'Sindre Ødvinsrud',
      'İsmail Gökdoğan',
      'Trần Quốc Hưng',
      'Артём Зарубин',
      'Σωκράτης Παπαδημητρόπουλος',
      '笘野薫',
      '石渡崇史',
      '한도윤',
      '宋岚',
      'نايف الحمدان',
      'WWWWWWWW',
      'mmmmmmmm',
      '90+3\u2032',
      '4\u20134',
    ];
    for (const name of names) {
      for (const bold of [false, true]) {
        const drawn = rendered(name, 12, bold);
        expect(drawn, name).toBeGreaterThan(0);
        expect(textWidth(name, 12, bold), name).toBeGreaterThanOrEqual(drawn);
      }
    }
  });
});

const NAMES = [
  'Joaquín Arrieta',
  'Sergej Milojković-Savin',
  '笘野薫',
  'نايف الحمدان',
  'Артём Зарубин',
  'Bo',
  'Jean-Philippe Kassoum-Mateta Longname',
];
const TYPES: EventType[] = ['goal', 'own-goal', 'penalty-miss', 'yellow', 'second-yellow', 'red', 'sub', 'var'];

/** A match for layout tests: events need not obey the recap rules, only the model's shape. */
function syntheticMatch(
  raw: readonly { base: number; added: number; type: EventType; team: Side; name: number; how: boolean }[],
  extraTime: boolean,
): Match {
  const running = { home: 0, away: 0 };
  const events: MatchEvent[] = raw
    .map((e, index) => ({ ...e, index, minute: minute(e.base, e.added) }))
    .sort((a, b) => a.minute.order - b.minute.order || a.index - b.index)
    .map((e) => {
      const player = NAMES[e.name % NAMES.length] as string;
      const base = { index: e.index, minute: e.minute, period: 'first-half' as const, type: e.type, team: e.team };
      if (e.type === 'sub') return { ...base, in: player, out: NAMES[(e.name + 1) % NAMES.length] as string };
      if (e.type === 'goal' || e.type === 'own-goal') {
        const side: Side = e.type === 'goal' ? e.team : e.team === 'home' ? 'away' : 'home';
        running[side]++;
        return {
          ...base,
          player,
          scoredFor: side,
          score: { ...running },
          ...(e.how && e.type === 'goal' ? { how: 'penalty' as const } : {}),
        };
      }
      return { ...base, player };
    });
  const team = (name: string, color: string) => ({ name, short: name.slice(0, 3).toUpperCase(), color, slug: name.toLowerCase() });
  return {
    competition: 'Test',
    competitionSlug: 'test',
    kickoff: '2024-01-01',
    kickoffDate: '2024-01-01',
    kickoffHasTime: false,
    home: team('Home Side', '#1d4ed8'),
    away: team('Away Side', '#b91c1c'),
    score: { ...running },
    extraTime,
    halfLength: 45,
    events,
    hasEvents: true,
    goals: events.filter((e) => e.score),
    status: 'full-time',
    key: 'test',
  };
}

const eventArb = (extraTime: boolean) =>
  fc
    .record({
      // Many events share a handful of minutes, the case that crowds labels.
      base: fc.oneof(fc.constantFrom(30, 31, 45, 89, 90), fc.integer({ min: 1, max: extraTime ? 120 : 90 })),
      added: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 })),
      type: fc.constantFrom(...TYPES),
      team: fc.constantFrom<Side>('home', 'away'),
      name: fc.nat(),
      how: fc.boolean(),
    })
    .map((e) => ({ ...e, added: [45, 90, 105, 120].includes(e.base) && (extraTime || e.base <= 90) ? e.added : 0 }));

type Box = { x0: number; y0: number; x1: number; y1: number };
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('label layout never overlaps (property)', () => {
  const matchArb = fc.boolean().chain((et) => fc.tuple(fc.array(eventArb(et), { maxLength: 45 }), fc.constant(et)));
  const paints = teamPaints('#1d4ed8', '#b91c1c');

  it('wide layout: no two labels overlap, all stay inside the graphic and off the axis', () => {
    fc.assert(
      fc.property(matchArb, fc.integer({ min: 560, max: 1600 }), ([raw, et], width) => {
        const layout = wideTimeline(syntheticMatch(raw, et), paints, settingsFrom({ width }));
        const boxes = layout.labels.map((l) => l.box);
        expect(boxes).toHaveLength(raw.length);
        boxes.forEach((a, i) => {
          expect(a.x0).toBeGreaterThanOrEqual(0);
          expect(a.x1).toBeLessThanOrEqual(width);
          expect(a.y1).toBeLessThanOrEqual(layout.height);
          boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false));
        });
      }),
      { numRuns: 150 },
    );
  });

  it('compact layout: no two labels overlap, none crosses the axis, all stay inside the graphic', () => {
    fc.assert(
      fc.property(matchArb, fc.integer({ min: 300, max: 559 }), ([raw, et], width) => {
        const layout = compactTimeline(syntheticMatch(raw, et), paints, settingsFrom({ width }));
        const boxes = layout.labels.map((l) => l.box);
        expect(boxes).toHaveLength(raw.length);
        boxes.forEach((a, i) => {
          expect(a.x0).toBeGreaterThanOrEqual(0);
          expect(a.x1).toBeLessThanOrEqual(width);
          expect(a.x1 <= width / 2 - 13 || a.x0 >= width / 2 + 13).toBe(true);
          expect(a.y1).toBeLessThanOrEqual(layout.height);
          boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false));
        });
      }),
      { numRuns: 150 },
    );
  });

  it('the busiest sample keeps every label apart at both widths', () => {
    const match = dense();
    const wide = wideTimeline(match, teamPaints(match.home.color, match.away.color), settingsFrom({ width: 960 }));
    const compact = compactTimeline(match, teamPaints(match.home.color, match.away.color), settingsFrom({ width: 360 }));
    for (const labels of [wide.labels, compact.labels]) {
      expect(labels).toHaveLength(20);
      labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(overlap(a.box, b.box)).toBe(false)));
    }
  });
});
