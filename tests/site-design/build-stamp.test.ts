/** The up-to-date check of `npm run build` (src/delivery/build-stamp.ts): what counts as a change, and what does not. */
import { mkdir, mkdtemp, rename, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentChanges, outputDigest, readInputs, recordBuild, stampFile, upToDate } from '../../src/delivery/build-stamp.ts';

let work: string;
let root: string;
let contentDir: string;
const env = { FULLTIME_TITLE: 'Weekend', FULLTIME_QUIET: '1', PATH: '/usr/bin' };
const digest = (over: Partial<{ env: NodeJS.ProcessEnv; contentDir: string }> = {}) =>
  readInputs({ root, contentDir: over.contentDir ?? contentDir, env: over.env ?? env }).then((inputs) => inputs.digest);
const put = async (file: string, text: string) => {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
};

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'fulltime-stamp-'));
  root = path.join(work, 'project');
  contentDir = path.join(work, 'elsewhere', 'content');
  await put(path.join(root, 'src', 'pages', 'index.astro'), '<h1>Recaps</h1>');
  await put(path.join(root, 'public', 'robots.txt'), 'User-agent: *');
  await put(path.join(root, 'package-lock.json'), '{"lockfileVersion":3}');
  await put(path.join(root, 'README.md'), '# Fulltime');
  await put(path.join(root, 'tests', 'a.test.ts'), 'test');
  await put(path.join(contentDir, 'recaps', 'a.md'), '---\ntitle: A\n---\nBody');
});

afterEach(async () => {
  delete process.env['FULLTIME_CACHE_DIR'];
  await rm(work, { recursive: true, force: true });
});

describe('the inputs of a build', () => {
  it('are the same when only logging settings or files the build never reads change', async () => {
    const before = await digest();
    await put(path.join(root, 'README.md'), '# Fulltime, edited');
    await put(path.join(root, 'tests', 'b.test.ts'), 'another test');
    await put(path.join(root, 'dist', 'index.html'), 'output');
    await put(path.join(root, '.cache', 'reads', 'x'), 'cache');
    expect(await digest({ env: { ...env, FULLTIME_QUIET: '', FULLTIME_CACHE_DIR: '/elsewhere', PATH: '/bin' } })).toBe(before);
  });

  it('change when a file is saved, even unchanged (its time), without reading it', async () => {
    const before = await digest();
    const recap = path.join(contentDir, 'recaps', 'a.md');
    await utimes(recap, new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(await digest()).not.toBe(before);
  });

  it('change with a byte of content, code, a public file or the lock file', async () => {
    const seen = new Set([await digest()]);
    for (const [file, text] of [
      [path.join(contentDir, 'recaps', 'a.md'), '---\ntitle: A\n---\nBody!'],
      [path.join(root, 'src', 'pages', 'index.astro'), '<h1>Recaps!</h1>'],
      [path.join(root, 'public', 'robots.txt'), 'User-agent: * '],
      [path.join(root, 'package-lock.json'), '{"lockfileVersion":3 }'],
      [path.join(root, '.env'), 'PUBLIC_X=1'],
    ] as const) {
      await put(file, text);
      seen.add(await digest());
    }
    expect(seen.size).toBe(6);
  });

  it('change when a file is added, removed or renamed', async () => {
    const before = await digest();
    const recap = path.join(contentDir, 'recaps', 'a.md');
    await rename(recap, path.join(contentDir, 'recaps', 'b.md'));
    const renamed = await digest();
    expect(renamed).not.toBe(before);
    await put(path.join(contentDir, 'teams', 'x.yml'), 'name: X');
    const added = await digest();
    expect(added).not.toBe(renamed);
    await rm(path.join(contentDir, 'teams', 'x.yml'));
    expect(await digest()).toBe(renamed);
  });

  it('follow links to the files they point to', async () => {
    const photo = path.join(work, 'photos', 'cover.jpg');
    await put(photo, 'one');
    await symlink(photo, path.join(contentDir, 'recaps', 'cover.jpg'));
    const before = await digest();
    await put(photo, 'two');
    expect(await digest()).not.toBe(before);
  });

  it('change with a site setting or another content folder', async () => {
    const before = await digest();
    expect(await digest({ env: { ...env, FULLTIME_TITLE: 'Midweek' } })).not.toBe(before);
    expect(await digest({ env: { ...env, FULLTIME_BASE: '/blog/' } })).not.toBe(before);
    const other = path.join(work, 'other');
    await put(path.join(other, 'recaps', 'a.md'), '---\ntitle: A\n---\nBody');
    expect(await digest({ contentDir: other })).not.toBe(before);
  });
});

describe('an output folder', () => {
  it('is up to date only for the inputs it was built from, and only while nothing in it changes', async () => {
    process.env['FULLTIME_CACHE_DIR'] = path.join(work, 'cache');
    const out = path.join(work, 'dist');
    expect(await outputDigest(out)).toBeUndefined();
    await put(path.join(out, 'index.html'), '<p>one</p>');
    await put(path.join(out, 'recaps', 'a', 'index.html'), '<p>a</p>');
    expect(await upToDate(out, 'inputs-1')).toBe(false);
    await recordBuild(out, 'inputs-1');
    expect(await upToDate(out, 'inputs-1')).toBe(true);
    expect(await upToDate(out, 'inputs-2')).toBe(false);
    // Another folder built from the same inputs has no stamp of its own.
    expect(await upToDate(path.join(work, 'dist2'), 'inputs-1')).toBe(false);

    // Rewritten with the same size: the modification time tells.
    await put(path.join(out, 'index.html'), '<p>two</p>');
    expect(await upToDate(out, 'inputs-1')).toBe(false);
    await recordBuild(out, 'inputs-1');
    await put(path.join(out, 'extra.html'), 'x');
    expect(await upToDate(out, 'inputs-1')).toBe(false);
    await rm(path.join(out, 'extra.html'));
    expect(await upToDate(out, 'inputs-1')).toBe(true);
    await rm(path.join(out, 'recaps'), { recursive: true });
    expect(await upToDate(out, 'inputs-1')).toBe(false);
    await rm(out, { recursive: true });
    expect(await upToDate(out, 'inputs-1')).toBe(false);
  });

  it('is not up to date when its stamp is unreadable', async () => {
    process.env['FULLTIME_CACHE_DIR'] = path.join(work, 'cache');
    const out = path.join(work, 'dist');
    await put(path.join(out, 'index.html'), '<p>one</p>');
    await recordBuild(out, 'inputs-1');
    await put(stampFile(out), '{not json');
    expect(await upToDate(out, 'inputs-1')).toBe(false);
  });
});

describe('the content changed since the last build (contentChanges)', () => {
  it('counts content files added, removed or saved, and is unknown once anything else changed', async () => {
    process.env['FULLTIME_CACHE_DIR'] = path.join(work, 'cache');
    const out = path.join(work, 'dist');
    await put(path.join(out, 'index.html'), '<p>one</p>');
    const read = () => readInputs({ root, contentDir, env });
    expect(await contentChanges(out, await read())).toBeUndefined();
    await put(path.join(contentDir, 'recaps', 'b.md'), '---\ntitle: B\n---\nBody');
    await put(path.join(contentDir, 'teams', 'c.yml'), 'name: C');
    const built = await read();
    expect(built.digest).toBe(await digest());
    await recordBuild(out, built);
    expect(await contentChanges(out, await read())).toBe(0);

    await put(path.join(contentDir, 'recaps', 'a.md'), '---\ntitle: A\n---\nBody, edited');
    await rm(path.join(contentDir, 'teams', 'c.yml'));
    await put(path.join(contentDir, 'recaps', 'd.md'), '---\ntitle: D\n---\nBody');
    expect(await contentChanges(out, await read())).toBe(3);
    // Files the build never reads are no change to the project; code is.
    await put(path.join(root, 'README.md'), '# Fulltime, edited');
    expect(await contentChanges(out, await read())).toBe(3);
    await put(path.join(root, 'src', 'pages', 'index.astro'), '<h1>Recaps!</h1>');
    expect(await contentChanges(out, await read())).toBeUndefined();
  });
});
