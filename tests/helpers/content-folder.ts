/**
 * A temporary project folder for tests of the content reader's caches: a content folder with generated recaps
 * (scripts/bench/generate.ts) and one team file, and the path of a read cache beside it. Each folder made is removed
 * after the test file (`removeContentFolders` in its afterAll).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateRecaps } from '../../scripts/bench/generate.ts';

/** The team file's text (`teams/ashgrove-rovers.yml`). */
export const TEAM = 'name: Ashgrove Rovers\nshort: ASH\ncolor: "#1d4ed8"\n';

/** What a content folder holds: the project folder, its content folder, a read cache folder (not made) and the recap files. */
export interface ContentFolder {
  readonly work: string;
  readonly content: string;
  readonly cache: string;
  readonly recaps: readonly string[];
}

const made: string[] = [];

/** Makes a project folder with `count` generated recaps (from `seed`) and the team file. */
export async function contentFolder(count: number, seed: number, prefix = 'fulltime-content-'): Promise<ContentFolder> {
  const work = await mkdtemp(path.join(tmpdir(), prefix));
  made.push(work);
  const content = path.join(work, 'content');
  await mkdir(path.join(content, 'recaps'), { recursive: true });
  await mkdir(path.join(content, 'teams'));
  await writeFile(path.join(content, 'teams', 'ashgrove-rovers.yml'), TEAM);
  const recaps: string[] = [];
  for (const r of generateRecaps(count, seed)) {
    const file = path.join(content, 'recaps', `${r.slug}.md`);
    await writeFile(file, r.text);
    recaps.push(file);
  }
  return { work, content, cache: path.join(work, 'cache'), recaps };
}

/** Removes every folder contentFolder made. */
export async function removeContentFolders(): Promise<void> {
  await Promise.all(made.splice(0).map((f) => rm(f, { recursive: true, force: true })));
}
