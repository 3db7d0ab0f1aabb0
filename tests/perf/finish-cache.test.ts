import { describe, expect, it } from 'vitest';
import { mapLimit } from '../../src/delivery/finish-cache.ts';

describe('mapLimit', () => {
  it('keeps order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const out = await mapLimit([5, 1, 4, 2, 3, 0], 2, async (n) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0]);
    expect(most).toBe(2);
    await expect(mapLimit([], 4, async () => 1)).resolves.toEqual([]);
  });
});
