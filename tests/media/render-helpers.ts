/** A recap shaped enough for rendering tests: a body, a language and two team colours. */
import type { Recap } from '../../src/recap/model.ts';

/** The parts of a recap the renderer reads (src/markdown/render.ts). */
export function readRecapFixture(body: string): Pick<Recap, 'body' | 'lang' | 'match'> {
  const team = (name: string, color: string) => ({ name, short: name.slice(0, 3).toUpperCase(), color, slug: name.toLowerCase() });
  return {
    body,
    lang: 'en',
    match: { home: team('Harbourside', '#1f4e8c'), away: team('Millbrook', '#c8102e') } as unknown as Recap['match'],
  };
}
