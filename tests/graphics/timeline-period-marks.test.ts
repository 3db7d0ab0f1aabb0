import { describe, expect, it } from 'vitest';
import { renderTimeline } from '../../src/graphics/timeline/index.ts';
import { extraTimeShootout } from './timeline-matches.ts';

describe('period marks', () => {
  // One writer (periodMark in src/recap/present.ts) for both layouts: the wide one used to leave the score off 90′.
  it.each([360, 960])('mark the end of normal time with the score then, not the score after extra time (%d px)', (width) => {
    const match = extraTimeShootout();
    expect(match.score).toEqual({ home: 2, away: 2 });
    const svg = renderTimeline(match, { width });
    // Goals at 23' and 80' make it 1-1 after 90 minutes; extra time brought it to 2-2.
    expect(svg).toContain('>90\u2032 1\u20131<');
    expect(svg).toContain('>AET 2\u20132<');
  });

  it('are written in the drawing’s language', () => {
    const svg = renderTimeline(extraTimeShootout(), { width: 960, lang: 'ja' });
    expect(svg).toContain('>90分 1\u20131<');
    expect(svg).toContain('>延長 2\u20132<');
  });
});
