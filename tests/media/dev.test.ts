/**
 * `npm run dev` follows photos: a cover or a body photo replaced under the same name shows the new picture on the
 * next load (its URL carries the hash of the bytes), another Astro process started from the project (which rewrites
 * Astro's shared map of content images) takes no photo away, and a photo that stops decoding is reported in the
 * terminal with the same words as `npm run check`, then the page comes back when it is fixed.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/authoring/check.ts';
import { formatDiagnostic } from '../../src/recap/diagnostics.ts';
import { ROOT } from '../helpers/site.ts';
import { startDevServer, type DevServer } from '../authoring/dev-server.ts';
import { PLAIN_RECAP } from './fixture.ts';

const RECAP =
  PLAIN_RECAP.replace('match:', 'cover:\n  src: ./photos/cover.png\n  alt: The stand behind the goal\nmatch:') +
  '\n![The away end](./photos/body.png "The away end before kick-off")\n';
const WAIT = { timeout: 60_000, interval: 500 };
let dir: string;
let server: DevServer;

const photo = (color: string) =>
  sharp({ create: { width: 800, height: 450, channels: 3, background: color } })
    .png()
    .toBuffer();

/** The hash the content check gives a photo (src/recap/body/media.ts), which its dev URL carries. */
const bytesHash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

const write = (name: string, bytes: Buffer) => writeFile(path.join(dir, 'recaps', 'photos', name), bytes);

/** The `src` of the page's cover (`cover`) or body photo (`body`), or '' when the page shows none. */
async function photoSrc(which: 'cover' | 'body'): Promise<string> {
  const html = await fetch(`${server.origin}/recaps/millbrook-eastgate/`).then((r) => r.text());
  const pattern = which === 'cover' ? /<img class="cover__img" src="([^"]+)"/ : /<img src="([^"]+)" alt="The away end"/;
  return pattern.exec(html)?.[1]?.replace(/&#x26;|&amp;/g, '&') ?? '';
}

/** The hash in a photo URL (`/_image?href=/@fs/…?origWidth=…&v=<hash>`), or '' without one. */
function versionOf(src: string): string {
  const href = new URL(src || '/', server.origin).searchParams.get('href') ?? '';
  return new URLSearchParams(href.split('?')[1] ?? '').get('v') ?? '';
}

/** Red minus blue over the picture the URL serves: below 0 for the blue photos, above for the red ones. */
async function redness(src: string): Promise<number> {
  const response = await fetch(new URL(src, server.origin));
  expect(response.status).toBe(200);
  const { channels } = await sharp(Buffer.from(await response.arrayBuffer())).stats();
  return (channels[0]?.mean ?? 0) - (channels[2]?.mean ?? 0);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fulltime-media-dev-'));
  await mkdir(path.join(dir, 'recaps', 'photos'), { recursive: true });
  await write('cover.png', await photo('#1f4e8c'));
  await write('body.png', await photo('#1f3e9c'));
  await writeFile(path.join(dir, 'recaps', 'millbrook-eastgate.md'), RECAP);
  server = await startDevServer(dir, '/recaps/millbrook-eastgate/');
}, 180_000);

afterAll(async () => {
  await server?.stop();
});

// A failing test shows what the dev server printed.
beforeEach(({ onTestFailed }) => onTestFailed(() => console.log(`astro dev printed:\n${server?.output()}`)));

describe('npm run dev and photos', () => {
  for (const [which, file] of [
    ['cover', 'cover.png'],
    ['body', 'body.png'],
  ] as const) {
    it(`shows a replaced ${which} photo on the next load`, async () => {
      const before = await photoSrc(which);
      expect(before).toMatch(/^\/_image\/?\?/);
      expect(await redness(before)).toBeLessThan(0);
      const red = await photo(which === 'cover' ? '#c8102e' : '#b0201e');
      await write(file, red);
      await expect.poll(async () => versionOf(await photoSrc(which)), WAIT).toBe(bytesHash(red));
      expect(await redness(await photoSrc(which))).toBeGreaterThan(0);
    }, 120_000);
  }

  it('keeps the photos while another Astro process of the project syncs other content', async () => {
    // `astro sync` (as a build does) rewrites Astro's map of content images in the project's .astro/ folder, here
    // with a recap that has no photo; the dev server used to load that map and drop the cover.
    const other = await mkdtemp(path.join(tmpdir(), 'fulltime-media-other-'));
    await mkdir(path.join(other, 'recaps'), { recursive: true });
    await writeFile(path.join(other, 'recaps', 'other.md'), PLAIN_RECAP);
    const cover = await photoSrc('cover');
    expect(cover).not.toBe('');
    await promisify(execFile)(path.join(ROOT, 'node_modules', '.bin', 'node'), ['node_modules/astro/bin/astro.mjs', 'sync'], {
      cwd: ROOT,
      env: { ...process.env, FULLTIME_CONTENT_DIR: other, FULLTIME_CACHE_DIR: path.join(other, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    // The map now lists none of this site's photos (unless yet another process wrote it since).
    expect(await readFile(path.join(ROOT, '.astro', 'content-assets.mjs'), 'utf8')).not.toContain(path.basename(dir));
    // The dev server reloads the rewritten map at once (its watcher): give it time to, then the page is unchanged.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await photoSrc('cover')).toBe(cover);
    expect(await photoSrc('body')).not.toBe('');
  }, 120_000);

  it('reports a photo that stops decoding in the words of npm run check, and comes back when it is fixed', async () => {
    const good = await photo('#2f7a3b');
    await write('cover.png', good.subarray(0, 200));
    const expected = (await checkContent(dir, { displayRoot: ROOT })).diagnostics.map((d) => formatDiagnostic(d));
    expect(expected).toHaveLength(1);
    expect(expected[0]).toContain('does not decode as an image');
    await expect.poll(() => server.output(), WAIT).toContain(expected[0]);
    await write('cover.png', good);
    await expect.poll(async () => versionOf(await photoSrc('cover')), WAIT).toBe(bytesHash(good));
  }, 120_000);
});
