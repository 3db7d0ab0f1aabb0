/**
 * `npm run dev` follows photos: a cover replaced under the same name shows the new picture on the next load (its
 * URL carries the hash of the bytes), and a photo that stops decoding is reported in the terminal with the same
 * words as `npm run check`, then the page comes back when it is fixed.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/authoring/check.ts';
import { formatDiagnostic } from '../../src/recap/diagnostics.ts';
import { ROOT } from '../helpers/site.ts';
import { startDevServer, type DevServer } from '../authoring/dev-server.ts';
import { PLAIN_RECAP } from './fixture.ts';

const RECAP = PLAIN_RECAP.replace('match:', 'cover:\n  src: ./photos/cover.png\n  alt: The stand behind the goal\nmatch:');
const WAIT = { timeout: 60_000, interval: 500 };
let dir: string;
let server: DevServer;

const photo = (color: string) =>
  sharp({ create: { width: 800, height: 450, channels: 3, background: color } })
    .png()
    .toBuffer();

async function coverSrc(): Promise<string> {
  const html = await fetch(`${server.origin}/recaps/millbrook-eastgate/`).then((r) => r.text());
  return /<img class="cover__img" src="([^"]+)"/.exec(html)?.[1]?.replace(/&#x26;|&amp;/g, '&') ?? '';
}

async function redness(src: string): Promise<number> {
  const response = await fetch(new URL(src, server.origin));
  const bytes = Buffer.from(await response.arrayBuffer());
  const { channels } = await sharp(bytes).stats();
  return (channels[0]?.mean ?? 0) - (channels[2]?.mean ?? 0);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fulltime-media-dev-'));
  await mkdir(path.join(dir, 'recaps', 'photos'), { recursive: true });
  await writeFile(path.join(dir, 'recaps', 'photos', 'cover.png'), await photo('#1f4e8c'));
  await writeFile(path.join(dir, 'recaps', 'millbrook-eastgate.md'), RECAP);
  server = await startDevServer(dir, '/recaps/millbrook-eastgate/');
}, 180_000);

afterAll(async () => {
  await server?.stop();
});

// Known defect, open in issue 12: since photos became the entries' asset imports (looked up in astro:asset-imports),
// `astro dev` drops a recap's cover after the photo file changes, and the dev URL no longer carries the photo's hash.
// The loader now re-reads every recap on a photo change (DevContent.photoChanged); the page side is still to fix.
describe.skip('npm run dev and photos', () => {
  it('shows a replaced cover on the next load', async () => {
    const before = await coverSrc();
    expect(before).toMatch(/^\/_image\/?\?/);
    expect(await redness(before)).toBeLessThan(0);
    await writeFile(path.join(dir, 'recaps', 'photos', 'cover.png'), await photo('#c8102e'));
    await expect.poll(coverSrc, WAIT).not.toBe(before);
    expect(await redness(await coverSrc())).toBeGreaterThan(0);
  }, 120_000);

  it('reports a photo that stops decoding in the words of npm run check, and comes back when it is fixed', async () => {
    const good = await photo('#2f7a3b');
    await writeFile(path.join(dir, 'recaps', 'photos', 'cover.png'), good.subarray(0, 200));
    const expected = (await checkContent(dir, { displayRoot: ROOT })).diagnostics.map((d) => formatDiagnostic(d));
    expect(expected).toHaveLength(1);
    expect(expected[0]).toContain('does not decode as an image');
    await expect.poll(() => server.output(), WAIT).toContain(expected[0]);
    await writeFile(path.join(dir, 'recaps', 'photos', 'cover.png'), good);
    await expect.poll(async () => (await coverSrc()) !== '', WAIT).toBe(true);
  }, 120_000);
});
