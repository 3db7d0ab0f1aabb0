/** `npm run new --cover`: the photo is checked, copied beside the recaps, and written as the recap's cover. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFolder, pinPaths, runScript } from '../authoring/helpers.ts';
import { smallPng } from './fixture.ts';

const MATCH = ['--home', 'Quay Albion', '--away', 'Dockside Rovers', '--competition', 'Harbour League', '--date', '2024-03-02'];

describe('npm run new --cover', () => {
  it('copies the photo into photos/ and writes the cover, which then passes the check', async () => {
    const dir = await contentFolder({ 'recaps/.keep': '' });
    const photo = path.join(dir, 'Goal Photo.png');
    await writeFile(photo, await smallPng(800, 500));
    const made = await runScript('new.ts', [...MATCH, '--cover', photo, '--cover-alt', 'Una Reid scores the second'], dir);
    expect(made.code).toBe(0);
    expect(pinPaths(made.stdout, dir).split('\n')[0]).toBe('Copied the cover to <content>/recaps/photos/goal-photo.png');
    const recap = await readFile(path.join(dir, 'recaps', '2024-03-02-quay-albion-dockside-rovers.md'), 'utf8');
    expect(recap).toContain('cover:\n  src: ./photos/goal-photo.png\n  alt: Una Reid scores the second\n');
    expect(await readdir(path.join(dir, 'recaps', 'photos'))).toEqual(['goal-photo.png']);
    const check = await runScript('check.ts', [], dir);
    expect(check.stdout).toContain('0 errors');
  });

  it('refuses a cover without alt text, a missing file and a remote address, and writes nothing', async () => {
    const dir = await contentFolder({ 'recaps/.keep': '', 'shot.png': await smallPng(40, 30) });
    const noAlt = await runScript('new.ts', [...MATCH, '--cover', path.join(dir, 'shot.png')], dir);
    expect(noAlt.code).toBe(1);
    expect(noAlt.stderr.split('\n')[0]).toMatchInlineSnapshot(
      `"error: --cover-alt: found nothing, expected what the cover photo shows, for readers who cannot see it, e.g. --cover-alt "Okafor heads the equaliser""`,
    );
    const missing = await runScript('new.ts', [...MATCH, '--cover', path.join(dir, 'nope.jpg'), '--cover-alt', 'x'], dir);
    expect(pinPaths(missing.stderr, dir).split('\n')[0]).toMatchInlineSnapshot(
      `"error: --cover: found no file at <content>/nope.jpg, expected a photo to use as the cover"`,
    );
    const remote = await runScript('new.ts', [...MATCH, '--cover', 'https://example.com/a.jpg', '--cover-alt', 'x'], dir);
    expect(remote.stderr.split('\n')[0]).toMatchInlineSnapshot(
      `"error: --cover: found the remote image "https://example.com/a.jpg", expected a local image file"`,
    );
    expect(await readdir(path.join(dir, 'recaps'))).toEqual(['.keep']);
  });
});
