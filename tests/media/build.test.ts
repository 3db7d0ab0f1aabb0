/**
 * Photos and videos in a real build (scripts/build.ts): a 6 MB, 4000-pixel camera JPEG as a cover reaches a reader
 * on a 1280-pixel screen as at most 200 KB; every photo is an AVIF/WebP `<picture>` with sizes set; the original is
 * never shipped; the video is a link until clicked; the cover is in cards, feeds, structured data and the social
 * card, whose name changes when the photo's bytes do. Byte sizes are of the built files (deterministic), not timings.
 */
import { existsSync } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recapCardJob } from '../../src/graphics/og/cards.ts';
import { contentDirs, loadContent } from '../../src/site/load.ts';
import { buildSite, type BuiltSite } from '../helpers/site.ts';
import { find, html } from 'property-information';
import { attr as property, elementsOf, filesUnder } from '../site/dist.ts';
import { cameraJpeg, photoSite } from './fixture.ts';

const SLUG = 'harbourside-millbrook';
let content: string;
let site: BuiltSite;
let page: Element[];
const cacheDir = path.join(tmpdir(), `fulltime-media-cache-${process.pid}`);

/** An attribute by its HTML name (hast keys properties by their DOM names: className, srcSet, dataVideoSrc). */
function attr(element: Element, name: string): string | undefined {
  return property(element, find(html, name).property);
}

function candidates(srcset: string): { url: string; width: number }[] {
  return srcset.split(',').map((part) => {
    const [url = '', descriptor = ''] = part.trim().split(/\s+/);
    return { url, width: Number(descriptor.replace(/w$/, '')) };
  });
}

/** The width `sizes` asks for at a viewport width (only the forms the site writes: rem media queries and calc). */
function slotWidth(sizes: string, viewport: number): number {
  for (const entry of sizes.split(',').map((s) => s.trim())) {
    const media = /^\(min-width:\s*([\d.]+)rem\)\s+([\d.]+)rem$/.exec(entry);
    if (media) {
      if (viewport >= Number(media[1]) * 16) return Number(media[2]) * 16;
      continue;
    }
    const calc = /^calc\(100vw - ([\d.]+)rem\)$/.exec(entry);
    if (calc) return viewport - Number(calc[1]) * 16;
  }
  throw new Error(`unexpected sizes: ${sizes}`);
}

/** The candidate a browser takes at a device pixel ratio of 1: the smallest at least as wide as the slot. */
function chosen(srcset: string, sizes: string, viewport: number): string {
  const slot = slotWidth(sizes, viewport);
  const list = candidates(srcset).sort((a, b) => a.width - b.width);
  return (list.find((c) => c.width >= slot) ?? list[list.length - 1])?.url ?? '';
}

async function bytes(url: string): Promise<number> {
  return (await stat(path.join(site.outDir, url))).size;
}

beforeAll(async () => {
  content = await photoSite();
  site = await buildSite({ contentDir: content, env: { FULLTIME_CACHE_DIR: cacheDir } });
  if (site.code !== 0) throw new Error(`build failed:\n${site.stderr}\n${site.stdout}`);
  page = elementsOf(fromHtml(await site.read(`recaps/${SLUG}/index.html`)));
}, 600_000);

afterAll(async () => {
  await Promise.all([cacheDir, content, path.dirname(site.outDir)].map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the cover', () => {
  it('is a 6 MB, 4000-pixel camera JPEG', async () => {
    const file = path.join(content, 'recaps', 'photos', 'cover.jpg');
    expect((await stat(file)).size).toBeGreaterThan(6_000_000);
    expect((await sharp(file).metadata()).width).toBe(4000);
  });

  it('is a responsive <picture> on top of the recap page: AVIF and WebP up to twice the column, eager and high priority', () => {
    const figure = page.find((e) => e.tagName === 'figure' && attr(e, 'class') === 'cover');
    expect(figure).toBeDefined();
    const inside = elementsOf(figure as Element);
    const sources = inside.filter((e) => e.tagName === 'source');
    expect(sources.map((s) => attr(s, 'type'))).toEqual(['image/avif', 'image/webp']);
    for (const source of sources) expect(candidates(attr(source, 'srcset') ?? '').map((c) => c.width)).toEqual([360, 540, 736, 1104, 1472]);
    const img = inside.find((e) => e.tagName === 'img');
    expect(img && [attr(img, 'width'), attr(img, 'height'), attr(img, 'loading'), attr(img, 'fetchpriority')]).toEqual([
      '736',
      '552',
      'eager',
      'high',
    ]);
    expect(img && attr(img, 'alt')).toBe('Harbourside players celebrate in front of the away end');
    expect(elementsOf(figure as Element).find((e) => e.tagName === 'figcaption')).toBeDefined();
  });

  it('reaches a 1280 px screen as at most 200 KB, and a 360 px phone as much less', async () => {
    const sources = page.filter((e) => e.tagName === 'source' && attr(e, 'srcset')?.includes('cover'));
    const sizes: Record<string, number> = {};
    for (const source of sources) {
      const type = attr(source, 'type') ?? '';
      const srcset = attr(source, 'srcset') ?? '';
      const wide = chosen(srcset, attr(source, 'sizes') ?? '', 1280);
      const phone = chosen(srcset, attr(source, 'sizes') ?? '', 360);
      sizes[`${type} 1280`] = await bytes(wide);
      sizes[`${type} 360`] = await bytes(phone);
      expect((await sharp(path.join(site.outDir, wide)).metadata()).width).toBe(736);
    }
    for (const [key, size] of Object.entries(sizes)) expect(size, key).toBeLessThanOrEqual(key.endsWith('1280') ? 200_000 : 60_000);
  });

  it('never ships the original, nor any image wider than twice the column', async () => {
    const original = await readFile(path.join(content, 'recaps', 'photos', 'cover.jpg'));
    const images = (await filesUnder(site.outDir))
      .map((f) => path.join(site.outDir, f))
      .filter((f) => /\.(jpe?g|png|webp|avif)$/.test(f) && !f.includes('/og/') && !/favicon|icon|apple/.test(f));
    expect(images.length).toBeGreaterThan(10);
    for (const file of images) {
      const info = await stat(file);
      expect(info.size, file).toBeLessThan(original.length / 10);
      expect((await sharp(file).metadata()).width ?? 0, file).toBeLessThanOrEqual(1472);
    }
  });

  it('shows small on the index card, in the feed, the structured data and the search result meta', async () => {
    const index = await site.read('index.html');
    expect(index).toMatch(/class="card__photo"[^>]*><picture><source type="image\/avif" srcset="[^"]*360w[^"]*720w"/);
    const rss = await site.read('rss.xml');
    const item = rss.split('<item>').find((i) => i.includes(SLUG)) ?? '';
    const feedImage = /(?:&lt;|<)img src=(?:"|&quot;)(https:\/\/[^"&]+\.jpe?g)/.exec(item);
    expect(feedImage).not.toBeNull();
    const jsonLd = JSON.parse(
      page
        .find((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json')
        ?.children.map((c) => ('value' in c ? c.value : ''))
        .join('') ?? '{}',
    ) as { image?: string[] };
    const ldImage = new URL(jsonLd.image?.[0] ?? 'x:').pathname;
    expect(ldImage).toMatch(/\.jpe?g$/);
    expect(existsSync(path.join(site.outDir, ldImage))).toBe(true);
    const meta = page.find((e) => attr(e, 'data-pagefind-meta')?.startsWith('image:'));
    const thumb = attr(meta as Element, 'data-pagefind-meta')?.slice('image:'.length) ?? '';
    expect((await sharp(path.join(site.outDir, thumb)).metadata()).width).toBe(360);
  });

  it('is the social card: the photo with the score over it, 1200x630', async () => {
    const og = page.find((e) => e.tagName === 'meta' && attr(e, 'property') === 'og:image');
    const card = new URL(attr(og as Element, 'content') ?? 'x:').pathname;
    expect(card).toMatch(new RegExp(`^/og/${SLUG}-[0-9a-f]{12}\\.png$`));
    const file = path.join(site.outDir, card);
    const info = await sharp(file).metadata();
    expect([info.width, info.height]).toEqual([1200, 630]);
    // The photo is there: the top of the card is the sky of the test photo (blue-violet), not the plain card's dark strip.
    const { data } = await sharp(file).extract({ left: 560, top: 180, width: 80, height: 20 }).raw().toBuffer({ resolveWithObject: true });
    const mean = [0, 1, 2].map((c) => data.filter((_, i) => i % 3 === c).reduce((a, b) => a + b, 0) / (data.length / 3));
    expect(mean[2]).toBeGreaterThan(mean[1] ?? 0);
  });
});

describe('body photos and videos', () => {
  it('makes each body photo a lazy <picture> in a figure with its caption and credit', () => {
    const figure = page.find((e) => e.tagName === 'figure' && attr(e, 'class') === 'figure');
    const inside = elementsOf(figure as Element);
    const img = inside.find((e) => e.tagName === 'img');
    expect(img && [attr(img, 'width'), attr(img, 'height'), attr(img, 'loading'), attr(img, 'decoding')]).toEqual([
      '640',
      '400',
      'lazy',
      'async',
    ]);
    const sources = inside.filter((e) => e.tagName === 'source');
    expect(sources.map((s) => candidates(attr(s, 'srcset') ?? '').map((c) => c.width))).toEqual([
      [320, 480, 640, 960, 1280],
      [320, 480, 640, 960, 1280],
    ]);
    const caption = inside.find((e) => e.tagName === 'figcaption');
    expect(
      elementsOf(caption as Element)
        .map((e) => e.children.map((c) => ('value' in c ? c.value : '')).join(''))
        .join('|'),
    ).toContain('Photo: Ada Lindqvist');
  });

  it('makes the video line a link to the video that names the player to load, and loads nothing from other origins', async () => {
    const poster = page.find((e) => e.tagName === 'a' && attr(e, 'class') === 'video__poster');
    expect(poster && attr(poster, 'href')).toBe('https://www.youtube.com/watch?v=aqz-KE-bpKQ');
    expect(poster && attr(poster, 'data-video-src')).toBe('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1');
    expect(page.some((e) => e.tagName === 'iframe')).toBe(false);
    const loads = page.flatMap((e) => ['src', 'srcset', 'poster'].map((a) => attr(e, a)).filter((v): v is string => v !== undefined));
    for (const value of loads) expect(value).not.toMatch(/^\s*(https?:)?\/\//);
    const headers = await site.read('_headers');
    expect(headers).toContain('frame-src https://www.youtube-nocookie.com https://player.vimeo.com;');
  });
});

describe('a rebuild', () => {
  it('with nothing changed still shows every photo', async () => {
    // Forced: with nothing changed the build would find the site up to date and not run the steps that take from the caches.
    const again = await buildSite({ contentDir: content, outDir: site.outDir, env: { FULLTIME_CACHE_DIR: cacheDir }, force: true });
    expect(again.code, again.stderr).toBe(0);
    const html = await again.read(`recaps/${SLUG}/index.html`);
    expect(html.match(/<picture>/g)?.length).toBe(2);
    expect(await again.read('index.html')).toContain('class="card__photo"');
  }, 600_000);
});

describe('a replaced photo', () => {
  it('changes the cache key of exactly the recap and the card that show it', async () => {
    const dirs = contentDirs(content);
    const before = await loadContent(dirs, { includeDrafts: false, displayRoot: content });
    await writeFile(path.join(content, 'recaps', 'photos', 'cover.jpg'), await cameraJpeg(2));
    const after = await loadContent(dirs, { includeDrafts: false, displayRoot: content });
    const digestOf = (recaps: typeof before.recaps) => new Map(recaps.map((r) => [r.slug, JSON.stringify(r)]));
    const [a, b] = [digestOf(before.recaps), digestOf(after.recaps)];
    expect([...a.keys()].filter((slug) => a.get(slug) !== b.get(slug))).toEqual([SLUG]);
    const cards = (recaps: typeof before.recaps) => recaps.map((r) => recapCardJob(r).file);
    const changed = cards(before.recaps).filter((file) => !cards(after.recaps).includes(file));
    expect(changed).toEqual([expect.stringMatching(new RegExp(`^${SLUG}-`))]);
  });
});
