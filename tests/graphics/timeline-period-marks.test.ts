import { describe, expect, it } from 'vitest';
import { renderTimeline } from '../../src/graphics/timeline/index.ts';
import { extraTimeShootout } from './timeline-matches.ts';

describe('period marks on the phone timeline', () => {
  it('marks the end of normal time with the score then, not the score after extra time', () => {
    const match = extraTimeShootout();
    expect(match.score).toEqual({ home: 2, away: 2 });
    const svg = renderTimeline(match, { width: 360 });
    // Goals at 23' and 80' make it 1-1 after 90 minutes; extra time brought it to 2-2.
    expect(svg).toContain('>90\u2032 1\u20131<');
    expect(svg).toContain('>AET 2\u20132<');
  });
});
