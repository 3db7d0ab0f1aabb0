/**
 * Rebuilds reuse work (pages from Astro's incremental cache, cards, the search index, the CSP audit) and
 * still produce the right site: an edited recap's page, card and search entry change, nothing else renders.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editRecap, generateRecaps } from '../../scripts/bench/generate.ts';
import { buildSite, type BuiltSite } from '../helpers/site.ts';

const rendered = (site: BuiltSite, route: RegExp) =>
  site.stdout.split('\n').filter((l) => route.test(l) && !/\((cached|restored)\)/.test(l));

describe('rebuilding a site', () => {
  let work: string;
  let content: string;
  const recaps = generateRecaps(6, 21);
  const edited = recaps[2];
  let cold: BuiltSite;
  let same: BuiltSite;
  let after: BuiltSite;

  beforeAll(async () => {
    if (!edited) throw new Error('no recap to edit');
    work = await mkdtemp(path.join(tmpdir(), 'fulltime-rebuild-'));
    content = path.join(work, 'content');
    await mkdir(path.join(content, 'recaps'), { recursive: true });
    for (const r of recaps) await writeFile(path.join(content, 'recaps', `${r.slug}.md`), r.text);
    // One cache folder for all three builds, and info-level output to see what was rendered.
    const env = { FULLTIME_CACHE_DIR: path.join(work, 'cache'), FULLTIME_QUIET: '' };
    cold = await buildSite({ contentDir: content, env });
    same = await buildSite({ contentDir: content, env });
    const file = path.join(content, 'recaps', `${edited.slug}.md`);
    await writeFile(file, editRecap(await readFile(file, 'utf8')));
    after = await buildSite({ contentDir: content, env });
  });

  it('builds all three times', () => {
    for (const site of [cold, same, after]) expect(site.code, site.stderr).toBe(0);
  });

  it('renders no recap page, timeline or card when nothing changed, and gives the same files', async () => {
    expect(rendered(cold, /\/recaps\/[^/]+\/index\.html/)).toHaveLength(recaps.length);
    expect(rendered(same, /\/recaps\/[^/]+\/(index\.html|timeline\.svg)/)).toEqual([]);
    expect(same.stdout).toMatch(/0 rendered, \d+ from cache/);
    for (const r of recaps) {
      const page = `recaps/${r.slug}/index.html`;
      expect(await same.read(page)).toBe(await cold.read(page));
    }
    expect(await same.read('pagefind/pagefind-entry.json')).toBe(await cold.read('pagefind/pagefind-entry.json'));
  });

  it('re-renders exactly the edited recap, and its page, card and search index show the edit', async () => {
    if (!edited) throw new Error('no recap');
    const pages = rendered(after, /\/recaps\/[^/]+\/(index\.html|timeline\.svg)/);
    expect(pages.every((l) => l.includes(`/recaps/${edited.slug}/`))).toBe(true);
    expect(pages.length).toBeGreaterThan(0);
    expect(after.stdout).toMatch(/1 rendered, \d+ from cache/);
    const page = await after.read(`recaps/${edited.slug}/index.html`);
    expect(page).toContain('(updated)');
    const og = /property="og:image" content="[^"]*\/(og\/[^"]+\.png)"/.exec(page)?.[1];
    const before = /property="og:image" content="[^"]*\/(og\/[^"]+\.png)"/.exec(await cold.read(`recaps/${edited.slug}/index.html`))?.[1];
    expect(og).toBeDefined();
    expect(og).not.toBe(before);
    await expect(after.read(og ?? '')).resolves.toBeDefined();
    expect(await after.read('pagefind/pagefind-entry.json')).not.toBe(await cold.read('pagefind/pagefind-entry.json'));
    // Index pages list every recap, so they always render: the edited headline shows there too.
    const indexPages = await Promise.all([after.read('index.html')]);
    expect(indexPages.join('')).toContain('(updated)');
  });
});
