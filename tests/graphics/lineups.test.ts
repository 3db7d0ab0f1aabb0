import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { lineupsLayout, renderLineups } from '../../src/graphics/lineups/index.ts';
import { formationLines } from '../../src/graphics/lineups/formation.ts';
import { minute } from '../../src/recap/minute.ts';
import type { LineupPlayer, Match, MatchEvent } from '../../src/recap/model.ts';
import { rasterise } from './timeline-fonts.ts';
import { prettySvg } from './pretty-svg.ts';
import { busyPlayer, clashingReds, cupTie, noFormation, sevenASide } from './lineups-matches.ts';

const samples = { cupTie, clashingReds, sevenASide, busyPlayer, noFormation } as const;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

type Box = { x0: number; y0: number; x1: number; y1: number };
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('line-up snapshots', () => {
  for (const [name, make] of Object.entries(samples)) {
    for (const width of [960, 360]) {
      it(`${name} at ${width}px`, async () => {
        await expect(prettySvg(renderLineups(make(), { width }))).toMatchFileSnapshot(`__snapshots__/lineups-${name}-${width}.svg`);
      });
    }
  }
});

describe('line-up SVG', () => {
  it('is well-formed XML with an accessible name and description, and no <style> or style= (CSP)', () => {
    for (const make of Object.values(samples)) {
      for (const width of [960, 360]) {
        const svg = renderLineups(make(), { width, idPrefix: 'x' });
        expect(XMLValidator.validate(svg)).toBe(true);
        const root = parser.parse(svg).svg;
        expect(root.role).toBe('img');
        expect(root['aria-labelledby']).toBe('x-title x-desc');
        expect(svg).not.toMatch(/<style|\sstyle=/);
      }
    }
  });

  it('names both teams in <title> and every player, formation and coach in <desc>', () => {
    const root = parser.parse(renderLineups(cupTie())).svg;
    expect(root.title['#text']).toBe('Line-ups: Ashgrove Athletic v Saint-Aubin Olympique');
    expect(root.desc['#text']).toMatchInlineSnapshot(
      `"Ashgrove Athletic, 4-2-3-1: 1 Tomás Ferreira-Lindqvist, 2 Callum Reid, 3 Liam Doyle, 4 Oskar Nyström, 5 Ferdinand Ekwueme, 6 Jamie Okafor: yellow card 31′, 7 Dario Kovačević, 8 Sam Whitlock: goal 63′, penalty goal 90+3′, player of the match, 9 Ruairí Ó Dálaigh, 10 Benedikt Schöneberger: off 58′, 11 Yusuf Adebayo-Hartmann. Substitutes: 12 Noah Prendergast, 14 Élie Marchetti: on 58′, assist 63′, 15 Kasper Thorvaldsen, 18 Matteo Brambilla. Coach: Moira Callaghan. Saint-Aubin Olympique, 3-4-3: 1 Rémi Castaño, 2 Théo Mercier: goal 45+2′, 3 Anatole Bérenger, 4 Guillaume Desrosiers, 5 Lucien Vasseur: yellow card 70′, second yellow card 74′, 6 Maël Kerbrat, 7 Aurélien Poitevin, 8 Bastien Lefèvre, 9 Yannick Ouédraogo: assist 45+2′, 10 Jean-Baptiste Delacroix-Montfort, 11 Corentin Le Goff: off 80′. Substitutes: 16 Florian Guérin, 17 Sékou Diarrassouba: on 80′. Coach: Hervé Lambourde. Player of the match: Sam Whitlock."`,
    );
  });

  it('is deterministic: same input, same bytes', () => {
    expect(renderLineups(busyPlayer(), { width: 960 })).toBe(renderLineups(busyPlayer(), { width: 960 }));
    expect(renderLineups(sevenASide(), { width: 360 })).toBe(renderLineups(sevenASide(), { width: 360 }));
  });

  it('is empty for a match without line-ups', () => {
    expect(renderLineups({ ...cupTie(), lineups: undefined } as unknown as Match)).toBe('');
  });

  it('writes its words in the language asked for (falling back to English for keys not yet translated)', () => {
    const svg = renderLineups(cupTie(), { lang: 'xx' });
    expect(svg).toContain('ASHGROVE ATHLETIC SUBSTITUTES');
  });

  it('mirrors for a right-to-left language: home on the right, attacking left, its right-back at the top', () => {
    const svg = renderLineups(cupTie(), { width: 960, lang: 'ar' });
    expect(svg).toMatch(/^<svg [^>]*lang="ar" direction="rtl"/);
    expect(svg).toContain('<g class="tl-mirror" transform="matrix(-1 0 0 1 960 0)">');
    // Laid out upside down before the mirror, so the mirror keeps each team's right on its right.
    const ltr = lineupsLayout(cupTie(), { width: 960 })!.boxes;
    const rtl = lineupsLayout(cupTie(), { width: 960, lang: 'ar' })!.boxes;
    expect(rtl[1]!.y0).toBeLessThan(rtl[4]!.y0);
    expect(ltr[1]!.y0).toBeGreaterThan(ltr[4]!.y0);
    expect(svg).toContain('\u20664-2-3-1\u2069');
  });

  it('rasterises with resvg at both widths', () => {
    for (const make of [cupTie, sevenASide]) {
      for (const width of [960, 360]) {
        const svg = renderLineups(make(), { width });
        const { width: w, height } = rasterise(svg);
        expect(w).toBe(width);
        expect(height).toBeGreaterThan(300);
      }
    }
  });
});

describe('players on the pitch', () => {
  /** Centre of each starter's box, home then away, in line-up order. */
  const centres = (match: Match, width: number) =>
    (lineupsLayout(match, { width })?.boxes ?? []).slice(0, 22).map((b) => ({ x: (b.x0 + b.x1) / 2, y: b.y0 }));

  it('wide: home attacks right with its right-back at the bottom; away attacks left with its right-back at the top', () => {
    const [homeGk, homeRb, , , homeLb, , , , , , homeFw, awayGk, awayRb, , awayLb] = centres(cupTie(), 960);
    expect(homeGk!.x).toBeLessThan(homeRb!.x);
    expect(homeRb!.x).toBeLessThan(homeFw!.x);
    expect(homeRb!.y).toBeGreaterThan(homeLb!.y);
    expect(awayGk!.x).toBeGreaterThan(awayRb!.x);
    expect(awayRb!.y).toBeLessThan(awayLb!.y);
    expect(homeFw!.x).toBeLessThan(480);
  });

  it('phone: home attacks down with its right-back on the left; away attacks up with its right-back on the right', () => {
    const [homeGk, homeRb, , , homeLb, , , , , , homeFw, awayGk, awayRb, , awayLb] = centres(cupTie(), 360);
    expect(homeGk!.y).toBeLessThan(homeRb!.y);
    expect(homeRb!.y).toBeLessThan(homeFw!.y);
    expect(homeRb!.x).toBeLessThan(homeLb!.x);
    expect(awayGk!.y).toBeGreaterThan(awayRb!.y);
    expect(awayRb!.x).toBeGreaterThan(awayLb!.x);
    expect(homeFw!.y).toBeLessThan(awayRb!.y);
  });

  it('places 3-4-3, 4-2-3-1, 3-4-1-2 and 2-3-1 line by line', () => {
    expect(cupTie().lineups?.away?.formation).toEqual([3, 4, 3]);
    expect(clashingReds().lineups?.home?.formation).toEqual([3, 4, 1, 2]);
    expect(sevenASide().lineups?.home?.formation).toEqual([2, 3, 1]);
    for (const match of [cupTie(), clashingReds(), sevenASide()]) {
      for (const width of [960, 360]) {
        const layout = lineupsLayout(match, { width });
        expect(layout?.kind).toBe('pitch');
        for (const side of ['home', 'away'] as const) {
          const lineup = match.lineups?.[side];
          const lines = formationLines(lineup!.starting, lineup!.formation)!;
          expect(lines.map((l) => l.length)).toEqual([1, ...lineup!.formation!]);
        }
      }
    }
  });

  it('lists the players instead when a side has no formation', () => {
    const layout = lineupsLayout(noFormation(), { width: 960 });
    expect(layout?.kind).toBe('list');
    expect(layout?.svg).toContain('STARTING LINE-UP');
    expect(layout?.svg).not.toContain('lu-pitch');
  });

  it('shows what happened to the busiest player: each goal, assist, card and the minute he went off', () => {
    const svg = renderLineups(busyPlayer(), { width: 960 });
    expect(svg).toContain(
      '<title>10 Maximilian-Alexander Wolkenstein-Rodeneck: goal 5′, assist 12′, yellow card 23′, penalty goal 34′, own goal 41′, assist 45+1′, goal 67′, off 80′, player of the match</title>',
    );
    expect(svg).toContain('<title>14 Tobias Hølmebakk: on 80′</title>');
  });

  it('paints a clashing away side in the fallback colour, on shirts and chips alike', () => {
    const svg = renderLineups(clashingReds(), { width: 960 });
    expect(svg).toContain('fill="#c8102e"');
    expect(svg).not.toContain('fill="#c91432"');
  });
});

const SCRIPTS = [
  'Maximilian-Alexander Wolkenstein-Rodeneck',
  'Þórbjörn Guðmundsdóttir-Ásgeirsson',
  'Jean-Baptiste Delacroix-Montfort de la Tour',
  '佐々木結衣',
  '渡辺大翔之介太郎左衛門',
  'عبدالرحمن بن عبدالعزيز الغامدي',
  'Nguyễn Xuân Trường',
  'Ли',
  'X',
];

/** A match with synthetic line-ups of the given formations and events piled on random starters. */
function syntheticMatch(formations: [number[], number[]], names: number[], events: { who: number; kind: number; minute: number }[]): Match {
  const base = cupTie();
  const side = (formation: number[], offset: number) => {
    const count = 1 + formation.reduce((a, b) => a + b, 0);
    const starting: LineupPlayer[] = Array.from({ length: count }, (_, i) => ({
      name: `${SCRIPTS[(names[(i + offset) % names.length] ?? 0) % SCRIPTS.length]} ${offset + i}`,
      number: i + 1,
    }));
    return { formation, starting, bench: [{ name: `Bench ${offset}`, number: 40 }] };
  };
  const home = side(formations[0], 0);
  const away = side(formations[1], 50);
  const KINDS = ['goal', 'yellow', 'own-goal', 'red'] as const;
  const list: MatchEvent[] = events
    .map((e, index): MatchEvent => {
      const team = e.who % 2 === 0 ? 'home' : 'away';
      const lineup = team === 'home' ? home : away;
      const player = lineup.starting[e.who % lineup.starting.length]!.name;
      const type = KINDS[e.kind % KINDS.length]!;
      return {
        index,
        minute: minute(e.minute),
        period: 'first-half',
        type,
        team,
        player,
        ...(type === 'goal' ? { assist: lineup.starting[(e.who + 1) % lineup.starting.length]!.name } : {}),
      };
    })
    .sort((a, b) => a.minute.order - b.minute.order);
  return { ...base, events: list, goals: [], lineups: { home, away }, playerOfTheMatch: home.starting[1]!.name };
}

describe('names and notes never overlap (property)', () => {
  const formation = fc
    .array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 5 })
    .filter((lines) => lines.reduce((a, b) => a + b, 0) <= 10);
  const arb = fc.record({
    formations: fc.tuple(formation, formation),
    names: fc.array(fc.nat(), { minLength: 1, maxLength: 11 }),
    events: fc.array(fc.record({ who: fc.nat(40), kind: fc.nat(), minute: fc.integer({ min: 1, max: 90 }) }), { maxLength: 40 }),
  });

  it('lists (no formation): every row stays inside the graphic and apart from every other, at any width', () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 300, max: 1600 }), ({ formations, names, events }, width) => {
        const match = syntheticMatch(formations, names, events);
        const lineups = {
          home: { ...match.lineups!.home!, formation: undefined },
          away: { ...match.lineups!.away!, formation: undefined },
        };
        const layout = lineupsLayout({ ...match, lineups } as unknown as Match, { width });
        expect(layout?.kind).toBe('list');
        const boxes = layout!.boxes;
        boxes.forEach((a, i) => {
          expect(a.x0).toBeGreaterThanOrEqual(0);
          expect(a.x1).toBeLessThanOrEqual(width);
          expect(a.y1).toBeLessThanOrEqual(layout!.height);
          boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false));
        });
      }),
      { numRuns: 60 },
    );
  });

  for (const [label, widths] of [
    ['wide', fc.integer({ min: 560, max: 1600 })],
    ['phone', fc.integer({ min: 300, max: 559 })],
  ] as const) {
    it(`${label}: every player's block stays inside the graphic and apart from every other`, () => {
      fc.assert(
        fc.property(arb, widths, ({ formations, names, events }, width) => {
          const layout = lineupsLayout(syntheticMatch(formations, names, events), { width });
          expect(layout?.kind).toBe('pitch');
          const boxes = layout!.boxes;
          const starters = formations.reduce((sum, f) => sum + 1 + f.reduce((a, b) => a + b, 0), 0);
          expect(boxes).toHaveLength(starters + 2);
          boxes.forEach((a, i) => {
            expect(a.x0).toBeGreaterThanOrEqual(0);
            expect(a.x1).toBeLessThanOrEqual(width);
            expect(a.y1).toBeLessThanOrEqual(layout!.height);
            boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false));
          });
        }),
        { numRuns: 120 },
      );
    });
  }
});
