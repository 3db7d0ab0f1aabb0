import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderFingerprint, memoiseByContent } from '../../src/site/content-memo.ts';
import { loadContent } from '../../src/site/load.ts';
import { generateRecaps } from '../../scripts/bench/generate.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fulltime-memo-'));
  await mkdir(path.join(dir, 'recaps'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('reading content once per process', () => {
  it('fingerprints paths and bytes, and treats a missing folder as empty', async () => {
    const empty = await folderFingerprint([path.join(dir, 'missing')]);
    await writeFile(path.join(dir, 'recaps', 'a.md'), 'one');
    const one = await folderFingerprint([path.join(dir, 'recaps')]);
    expect(one).not.toBe(empty);
    await writeFile(path.join(dir, 'recaps', 'a.md'), 'two');
    const two = await folderFingerprint([path.join(dir, 'recaps')]);
    expect(two).not.toBe(one);
    await writeFile(path.join(dir, 'recaps', 'a.md'), 'one');
    await expect(folderFingerprint([path.join(dir, 'recaps')])).resolves.toBe(one);
    await rm(path.join(dir, 'recaps', 'a.md'));
    await writeFile(path.join(dir, 'recaps', 'b.md'), 'one');
    await expect(folderFingerprint([path.join(dir, 'recaps')])).resolves.not.toBe(one);
  });

  it('calls the loader again only when a file changes, and forgets failures', async () => {
    let calls = 0;
    const load = async () => ++calls;
    const folders = [path.join(dir, 'recaps')];
    await writeFile(path.join(dir, 'recaps', 'a.md'), 'x');
    await expect(memoiseByContent('k', folders, load)).resolves.toBe(1);
    await expect(memoiseByContent('k', folders, load)).resolves.toBe(1);
    await expect(memoiseByContent('other key', folders, load)).resolves.toBe(2);
    await writeFile(path.join(dir, 'recaps', 'a.md'), 'y');
    await expect(memoiseByContent('k', folders, load)).resolves.toBe(3);
    const failing = () => Promise.reject(new Error('bad'));
    await expect(memoiseByContent('f', folders, failing)).rejects.toThrow('bad');
    await expect(memoiseByContent('f', folders, load)).resolves.toBe(4);
  });

  it('gives loadContent callers the same result until a recap is edited', async () => {
    const [recap] = generateRecaps(1, 9);
    if (!recap) throw new Error('no recap');
    const file = path.join(dir, 'recaps', `${recap.slug}.md`);
    await writeFile(file, recap.text);
    const dirs = { recaps: path.join(dir, 'recaps'), teams: path.join(dir, 'teams') };
    const first = await loadContent(dirs, { includeDrafts: false });
    expect(await loadContent(dirs, { includeDrafts: false, displayRoot: process.cwd() })).toBe(first);
    expect(await loadContent(dirs, { includeDrafts: true })).not.toBe(first);
    await writeFile(file, recap.text.replace(/^title: .*$/m, 'title: Edited'));
    const edited = await loadContent(dirs, { includeDrafts: false });
    expect(edited).not.toBe(first);
    expect(edited.recaps[0]?.title).toBe('Edited');
  });
});
