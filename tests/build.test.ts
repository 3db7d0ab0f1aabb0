import { describe, expect, it } from 'vitest';
import { buildSite } from './helpers/site.ts';

describe('npm run build on a fixture folder', () => {
  it('writes a page per recap and an index with the scoreline', async () => {
    const site = await buildSite({ contentDir: 'tests/fixtures/site' });
    expect(site.code, site.stderr).toBe(0);
    const page = await site.read('recaps/dallas-miami-leagues-cup-2023/index.html');
    expect(page).toContain('Messi bends in a late equaliser');
    const index = await site.read('index.html');
    expect(index).toContain('/recaps/dallas-miami-leagues-cup-2023/');
  });
});
