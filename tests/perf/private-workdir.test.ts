import { mkdtemp, readdir, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withPrivateWorkdir } from '../../scripts/lib/private-workdir.ts';

const made: string[] = [];
afterEach(() => Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

describe('withPrivateWorkdir', () => {
  it('builds from the same folder for the same output folder, another for another, and removes it after', async () => {
    const project = await mkdtemp(path.join(tmpdir(), 'workdir-project-'));
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'workdir-out-'));
    made.push(project, elsewhere);
    const seen: string[][] = [];
    const run = (out: string) =>
      withPrivateWorkdir(project, path.join(elsewhere, out), async () => {
        // Left by a build that crashed: not there for the next one.
        const here = process.cwd();
        seen.push(await readdir(here));
        await writeFile(path.join(here, 'left.txt'), 'x');
        return here;
      });
    const first = await run('dist');
    const again = await run('dist');
    const other = await run('public-site');
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(path.dirname(first)).toBe(path.join(await realpath(project), '.cache', 'astro-build'));
    expect(seen).toEqual([[], [], []]);
    expect(await readdir(path.join(project, '.cache', 'astro-build'))).toEqual([]);
  });
});
