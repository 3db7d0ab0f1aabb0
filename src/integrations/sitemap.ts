/**
 * The sitemap (@astrojs/sitemap) with each page's translations as `xhtml:link` alternates. The alternates are
 * read back from the built pages' own `<link rel="alternate" hreflang>` tags (src/components/Alternates.astro,
 * computed by src/site/alternates.ts), so the sitemap lists exactly what the pages declare. Sitemap's own `i18n`
 * option is not used: it pairs pages by their path after the language prefix, which misses translated recaps
 * (each has its own slug under /recaps/), and it needs the languages in the config, before the content is read.
 * A site in one language has no alternates, and no page is read for them.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { LANGUAGES } from '../i18n/index.ts';
import { languageSegment } from '../site/languages.ts';

/** One alternate of a page, as the sitemap writes it. */
export interface SitemapLink {
  readonly lang: string;
  readonly url: string;
}

const HEAD_END = '</head>';
const CHUNK = 16 * 1024;

/** Reads a page up to the end of its `<head>` (the rest of the page can be large). */
async function readHead(file: string): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    return undefined;
  }
  try {
    let text = '';
    const buffer = Buffer.alloc(CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) return text;
      text += buffer.toString('latin1', 0, bytesRead);
      const end = text.indexOf(HEAD_END);
      if (end >= 0) return Buffer.from(text.slice(0, end), 'latin1').toString('utf8');
    }
  } finally {
    await handle.close();
  }
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value?.replace(/&amp;/g, '&');
}

/** The canonical URL and hreflang alternates a page's `<head>` declares. */
export function headAlternates(head: string): { canonical?: string; links: SitemapLink[] } {
  const links: SitemapLink[] = [];
  let canonical: string | undefined;
  for (const [tag] of head.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel')?.toLowerCase();
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel === 'canonical') canonical = href;
    const hreflang = attribute(tag, 'hreflang');
    if (rel === 'alternate' && hreflang) links.push({ lang: hreflang, url: href });
  }
  return { ...(canonical ? { canonical } : {}), links };
}

/** True when the build has a front page under a language prefix (`es/`): only then can pages have alternates. */
export function hasLanguagePages(pathnames: readonly string[]): boolean {
  const segments = new Set(LANGUAGES.map(languageSegment));
  return pathnames.some((p) => segments.has(p.replace(/^\/+|\/+$/g, '')));
}

/** Every built page's alternates, by its canonical URL (decoded, so encodings of one URL agree). */
export async function builtAlternates(dir: string, pathnames: readonly string[]): Promise<Map<string, SitemapLink[]>> {
  const out = new Map<string, SitemapLink[]>();
  if (!hasLanguagePages(pathnames)) return out;
  const files = pathnames.map((p) => {
    const clean = decodeURI(p).replace(/^\/+/, '');
    return path.join(dir, clean.endsWith('.html') ? clean : path.join(clean, 'index.html'));
  });
  for (let i = 0; i < files.length; i += 32) {
    const heads = await Promise.all(files.slice(i, i + 32).map(readHead));
    for (const head of heads) {
      if (!head) continue;
      const { canonical, links } = headAlternates(head);
      if (canonical && links.length > 0) out.set(decodeURI(canonical), links);
    }
  }
  return out;
}

/** @astrojs/sitemap, with the alternates of every page that has translations. */
export function sitemapWithAlternates(): AstroIntegration[] {
  let alternates = new Map<string, SitemapLink[]>();
  const collect: AstroIntegration = {
    name: 'fulltime:sitemap-alternates',
    hooks: {
      // Runs before the sitemap's own hook (integrations' build:done hooks run one after another, in order).
      'astro:build:done': async ({ dir, pages }) => {
        alternates = await builtAlternates(
          fileURLToPath(dir),
          pages.map((p) => p.pathname),
        );
      },
    },
  };
  return [
    collect,
    sitemap({
      serialize: (item) => {
        const links = alternates.get(decodeURI(item.url));
        return links ? { ...item, links } : item;
      },
    }),
  ];
}
