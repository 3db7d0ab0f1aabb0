/**
 * The read cache (src/recap/read-cache.ts): an unchanged recap file is neither parsed nor validated again at the next
 * start; an edited file, other team data or another site language read again; a corrupt cache reads everything; and
 * every finding in a file taken from the cache is worded and positioned exactly as a fresh read words it.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { editRecap } from '../../scripts/bench/generate.ts';
import { contentDirs, loadContent, type SiteContent } from '../../src/site/load.ts';
import { contentFolder, removeContentFolders, TEAM } from '../helpers/content-folder.ts';
import { parses } from '../helpers/yaml-parses.ts';

// Every YAML parse of the reader in this thread (fast or positioned), counted in `parses` (tests/helpers/yaml-parses.ts).
vi.mock('yaml', async (original) => (await import('../helpers/yaml-parses.ts')).countingYaml(original));
vi.mock('js-yaml', async (original) => (await import('../helpers/yaml-parses.ts')).countingJsYaml(original));

afterAll(removeContentFolders);
beforeEach(() => {
  parses.count = 0;
});

const site = (count: number) => contentFolder(count, 7, 'fulltime-read-cache-');

/** Recap-file parses only: team files are YAML too, so the count is taken over recap reads. */
async function load(content: string, root: string, cache?: string, defaultLang?: string): Promise<{ result: SiteContent; parses: number }> {
  const before = parses.count;
  const result = await loadContent(contentDirs(content), {
    includeDrafts: true,
    displayRoot: root,
    keepSources: false,
    ...(cache ? { readCacheDir: cache } : {}),
    ...(defaultLang ? { defaultLang } : {}),
  });
  return { result, parses: parses.count - before };
}

/** What a reader sees of a load: recaps and every finding with its words and position. */
function seen(content: SiteContent): unknown {
  return { recaps: content.recaps, diagnostics: content.diagnostics, files: content.files };
}

describe('read cache', () => {
  it('does not parse an unchanged file again, and gives the same content', async () => {
    const { work, content, cache } = await site(6);
    const first = await load(content, work, cache);
    expect(first.parses).toBeGreaterThanOrEqual(6);
    const second = await load(content, work, cache);
    // One parse: the team file (team files are not cached); no recap was parsed.
    const teamParses = (await load(content, work)).parses - 6;
    expect(second.parses).toBe(teamParses);
    expect(seen(second.result)).toEqual(seen(first.result));
    expect(second.result.recaps).toHaveLength(6);
  });

  it('reads an edited file again, and only that one', async () => {
    const { work, content, cache, recaps } = await site(5);
    const plain = (await load(content, work)).parses - 5;
    await load(content, work, cache);
    const file = recaps[2]!;
    await writeFile(file, editRecap(await readFile(file, 'utf8')));
    const edited = await load(content, work, cache);
    expect(edited.parses).toBe(plain + 1);
    expect(seen(edited.result)).toEqual(seen((await load(content, work)).result));
  });

  it('reads every file again when the team data or the site language changes', async () => {
    const { work, content, cache } = await site(4);
    const plain = (await load(content, work)).parses - 4;
    await load(content, work, cache);
    await writeFile(path.join(content, 'teams', 'ashgrove-rovers.yml'), TEAM.replace('ASH', 'ASR'));
    expect((await load(content, work, cache)).parses).toBe(plain + 4);
    expect((await load(content, work, cache)).parses).toBe(plain);
    const french = await load(content, work, cache, 'fr');
    expect(french.parses).toBe(plain + 4);
    expect(seen(french.result)).toEqual(seen((await load(content, work, undefined, 'fr')).result));
  });

  it('falls back to reading when the cache file is corrupt or the folder unwritable', async () => {
    const { work, content, cache } = await site(3);
    const plain = (await load(content, work)).parses - 3;
    const fresh = await load(content, work, cache);
    await writeFile(path.join(cache, 'recaps.v8'), Buffer.from('not a cache at all'));
    const corrupt = await load(content, work, cache);
    expect(corrupt.parses).toBe(plain + 3);
    expect(seen(corrupt.result)).toEqual(seen(fresh.result));
    // A file where the folder should be: nothing can be written, the content is read as usual.
    const blocked = path.join(work, 'blocked');
    await writeFile(blocked, 'x');
    const unwritable = await load(content, work, path.join(blocked, 'reads'));
    expect(seen(unwritable.result)).toEqual(seen(fresh.result));
    // Truncated cache: same.
    await load(content, work, cache);
    const bytes = await readFile(path.join(cache, 'recaps.v8'));
    await writeFile(path.join(cache, 'recaps.v8'), bytes.subarray(0, bytes.length >> 1));
    expect(seen((await load(content, work, cache)).result)).toEqual(seen(fresh.result));
  });

  it('positions findings in cached files exactly as a fresh read does', async () => {
    const { work, content, cache, recaps } = await site(3);
    await load(content, work, cache);
    // The generator wrote two reports of the first match (recaps 0 and 1): the first names another scorer, so the
    // rule across files finds the reports disagreeing and positions it in the second report, a file from the cache.
    const texts = await Promise.all(recaps.map((file) => readFile(file, 'utf8')));
    expect(path.basename(recaps[1]!)).toBe(`${path.basename(recaps[0]!, '.md')}-report-2.md`);
    await writeFile(recaps[0]!, texts[0]!.replace(/(type: goal, team: \w+, player: )[^,}]+/, '$1Zed Scorer'));
    // The same file name in a subfolder: a duplicate slug, positioned in both files (one of them from the cache).
    await mkdir(path.join(content, 'recaps', 'sub'));
    await writeFile(path.join(content, 'recaps', 'sub', path.basename(recaps[2]!)), texts[2]!);
    const cached = await load(content, work, cache);
    const fresh = await load(content, work);
    expect(cached.result.diagnostics.length).toBeGreaterThanOrEqual(3);
    expect(cached.result.diagnostics.map((d) => d.rule)).toEqual(expect.arrayContaining(['reports-agree', 'duplicate-slug']));
    expect(seen(cached.result)).toEqual(seen(fresh.result));
    // Then the cached file itself breaks: its error is the fresh read's, same words and position.
    await writeFile(recaps[2]!, texts[2]!.replace(/attendance: \d+/, 'attendance: many'));
    const broken = await load(content, work, cache);
    expect(broken.result.diagnostics.some((d) => d.file.endsWith(path.basename(recaps[2]!)) && d.rule !== 'duplicate-slug')).toBe(true);
    expect(seen(broken.result)).toEqual(seen((await load(content, work)).result));
  });
});
