import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// link() and linkSync() fail like they do across file systems when `failLinks` is set; everything else is the real module.
const failLinks = vi.hoisted(() => ({ code: undefined as string | undefined }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return {
    ...actual,
    linkSync: (from: string, to: string) => {
      if (failLinks.code) throw Object.assign(new Error(`${failLinks.code}: link`), { code: failLinks.code });
      actual.linkSync(from, to);
    },
  };
});
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    link: (from: string, to: string) =>
      failLinks.code
        ? Promise.reject(Object.assign(new Error(`${failLinks.code}: link`), { code: failLinks.code }))
        : actual.link(from, to),
  };
});
const { linkFile: linkAsync, linkFileSync } = await import('../../src/lib/link-file.ts');
const linkSyncAsPromise = async (from: string, to: string) => linkFileSync(from, to);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'link-file-'));
  failLinks.code = undefined;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe.each([
  ['linkFile', linkAsync],
  ['linkFileSync', linkSyncAsPromise],
])('%s', (_name, linkFile) => {
  it('makes the target the same file as the source, not a copy', async () => {
    await writeFile(path.join(dir, 'cached.png'), 'card');
    await linkFile(path.join(dir, 'cached.png'), path.join(dir, 'site.png'));
    const [cached, site] = await Promise.all([stat(path.join(dir, 'cached.png')), stat(path.join(dir, 'site.png'))]);
    expect(site.ino).toBe(cached.ino);
    expect(site.nlink).toBe(2);
  });

  it('replaces a file already at the target without writing through it into what it links to', async () => {
    await writeFile(path.join(dir, 'other.png'), 'other card');
    await writeFile(path.join(dir, 'cached.png'), 'card');
    await linkFile(path.join(dir, 'other.png'), path.join(dir, 'site.png'));
    await linkFile(path.join(dir, 'cached.png'), path.join(dir, 'site.png'));
    expect(await readFile(path.join(dir, 'site.png'), 'utf8')).toBe('card');
    expect(await readFile(path.join(dir, 'other.png'), 'utf8')).toBe('other card');
  });

  it('copies where links cannot be made, and rejects when the source is missing', async () => {
    await writeFile(path.join(dir, 'cached.png'), 'card');
    failLinks.code = 'EXDEV';
    await linkFile(path.join(dir, 'cached.png'), path.join(dir, 'site.png'));
    expect(await readFile(path.join(dir, 'site.png'), 'utf8')).toBe('card');
    expect((await stat(path.join(dir, 'site.png'))).ino).not.toBe((await stat(path.join(dir, 'cached.png'))).ino);
    failLinks.code = undefined;
    await expect(linkFile(path.join(dir, 'missing.png'), path.join(dir, 'none.png'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
