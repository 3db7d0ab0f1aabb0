/**
 * Finds English words on pages in other languages: the visible text of a built page and the attributes a reader
 * meets (alt, aria-label, title, placeholder, SVG <title>/<desc>), searched for the English catalogue's messages
 * (each cut at its `{placeholders}` into literal pieces). A piece the page's own catalogue also uses (`VAR`,
 * `Team` in German) or that the author wrote (the recaps' own text) is not a leak.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { CATALOGUES } from '../../src/i18n/index.ts';
import { en } from '../../src/i18n/catalogues/en.ts';

/** Attributes whose text a reader meets. */
const READ_ATTRIBUTES = ['alt', 'ariaLabel', 'title', 'placeholder', 'ariaDescription', 'label'];

/**
 * Text a reader meets on a page, one string per text node or attribute. Reads HTML pages, standalone SVG
 * (its root's `lang`) and RSS feeds (the channel's `<language>`).
 */
export function readerText(html: string): { lang: string; texts: string[] } {
  const tree = fromHtml(html);
  const texts: string[] = [];
  let lang = '';
  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      if (node.value.trim()) texts.push(node.value);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const el = node as Element;
      if ((el.tagName === 'html' || el.tagName === 'svg') && !lang) lang = String(el.properties['lang'] ?? '');
      if (el.tagName === 'language' && !lang) lang = el.children.map((c) => (c.type === 'text' ? c.value.trim() : '')).join('');
      if (el.tagName === 'script' || el.tagName === 'style' || el.tagName === 'template') return;
      for (const name of READ_ATTRIBUTES) {
        const value = el.properties[name];
        if (typeof value === 'string' && value.trim()) texts.push(value);
      }
      if (el.tagName === 'meta' && typeof el.properties['content'] === 'string') {
        const key = String(el.properties['name'] ?? el.properties['property'] ?? '');
        if (/^(description|og:title|og:description|og:image:alt|twitter:image:alt)$/.test(key)) texts.push(el.properties['content']);
      }
    }
    for (const child of node.children) walk(child);
  };
  walk(tree);
  return { lang, texts };
}

/** The literal pieces of a message that can leak: at least two letters, placeholders cut out. */
export function pieces(message: string): string[] {
  return message
    .split(/\{\w+\}/)
    .map((p) => p.trim().replace(/^[\s,.:;·()“”«»"'–-]+|[\s,.:;·()“”«»"'–-]+$/g, ''))
    .filter((p) => /\p{L}.*\p{L}/u.test(p) && p.length >= 3);
}

function contains(haystack: string, needle: string): boolean {
  // Whole words only: "Team" is not in "Teams", "Goal" is not in "Goalkeeper".
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(haystack);
}

/** English pieces found on one page, given the page's language and the authors' own text. */
export function leaksIn(html: string, authorText: string): { lang: string; leaks: string[] } {
  const { lang, texts } = readerText(html);
  if (!lang || lang === 'en' || lang.startsWith('en-')) return { lang, leaks: [] };
  const own = Object.values(CATALOGUES[lang] ?? {}).join('\n');
  // Addresses are not words (a feed's <link> is text): /recaps/ in a URL is no leak.
  const page = texts.join('\n').replace(/https?:\/\/\S+/g, ' ');
  const leaks = new Set<string>();
  for (const message of Object.values(en as Record<string, string>)) {
    for (const piece of pieces(message)) {
      if (contains(own, piece) || contains(authorText, piece)) continue;
      if (contains(page, piece)) leaks.add(piece);
    }
  }
  return { lang, leaks: [...leaks].sort() };
}

/** Every page, standalone graphic and feed under `dir` (HTML, SVG, RSS), relative paths. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.(html|svg)$|^rss\.xml$/.test(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Leaks on every page of a built site, by page. */
export async function siteLeaks(dist: string, authorText: string): Promise<Record<string, { lang: string; leaks: string[] }>> {
  const found: Record<string, { lang: string; leaks: string[] }> = {};
  for (const file of await htmlFiles(dist)) found[file] = leaksIn(await readFile(path.join(dist, file), 'utf8'), authorText);
  return found;
}
