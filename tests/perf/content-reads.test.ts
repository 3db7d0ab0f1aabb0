/**
 * One reader per build: every recap and team file is read from disk exactly once, by all of the build's processes
 * and threads together (validation, the content loader and the card step share that one read), and a dev edit
 * re-reads only the file that changed.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { editRecap, generateRecaps } from '../../scripts/bench/generate.ts';
import { DevContent } from '../../src/loaders/recap-loader.ts';
import { buildSite } from '../helpers/site.ts';

const TEAM = 'name: Ashgrove Rovers\nshort: ASH\ncolor: "#1d4ed8"\n';

async function contentFolder(count: number): Promise<{ work: string; content: string; files: string[] }> {
  const work = await mkdtemp(path.join(tmpdir(), 'fulltime-reads-'));
  const content = path.join(work, 'content');
  await mkdir(path.join(content, 'recaps'), { recursive: true });
  await mkdir(path.join(content, 'teams'));
  const files = [path.join(content, 'teams', 'ashgrove-rovers.yml')];
  await writeFile(files[0]!, TEAM);
  for (const r of generateRecaps(count, 5)) {
    const file = path.join(content, 'recaps', `${r.slug}.md`);
    await writeFile(file, r.text);
    files.push(file);
  }
  return { work, content, files: files.sort() };
}

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

describe('reading content once', () => {
  it('reads each recap and team file once in a whole build', async () => {
    const { work, content, files } = await contentFolder(4);
    folders.push(work);
    const log = path.join(work, 'reads.log');
    await writeFile(log, '');
    const preload = pathToFileURL(path.join(import.meta.dirname, 'fixtures', 'count-reads.mjs')).href;
    const site = await buildSite({ contentDir: content, env: { READ_LOG: log, NODE_OPTIONS: `--import=${preload}` } });
    expect(site.code, site.stderr).toBe(0);
    const reads = (await readFile(log, 'utf8')).split('\n').filter(Boolean).sort();
    expect(reads).toEqual(files);
  }, 180_000);

  it('re-reads only the changed file in dev, and sees the change', async () => {
    const { work, content, files } = await contentFolder(3);
    folders.push(work);
    const recapFiles = files.filter((f) => f.endsWith('.md'));
    const reads: string[] = [];
    const original = fs.promises.readFile;
    fs.promises.readFile = ((file: fs.PathLike | fs.promises.FileHandle, ...rest: never[]) => {
      if (typeof file === 'string' && file.startsWith(content)) reads.push(file);
      return (original as (...args: unknown[]) => Promise<Buffer>)(file, ...rest);
    }) as typeof original;
    syncBuiltinESMExports();
    try {
      const dev = new DevContent(
        { recaps: path.join(content, 'recaps'), teams: path.join(content, 'teams') },
        { includeDrafts: true, displayRoot: work },
      );
      const first = await dev.read();
      expect(first.recaps).toHaveLength(3);
      expect(reads.sort()).toEqual(files);
      reads.length = 0;
      const edited = recapFiles[1]!;
      await writeFile(edited, editRecap(await original(edited, 'utf8')));
      const after = await dev.changed(edited);
      expect(reads).toEqual([edited]);
      expect(after.recaps.find((r) => edited.endsWith(`${r.slug}.md`))?.title).toContain('(updated)');
      reads.length = 0;
      await rm(recapFiles[0]!);
      expect((await dev.changed(recapFiles[0]!)).recaps).toHaveLength(2);
    } finally {
      fs.promises.readFile = original;
      syncBuiltinESMExports();
    }
  });
});
