/**
 * Reading a built site for integration tests: every HTML page parsed once, the links in it, and where each
 * internal link lands in the output folder.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { listFiles } from '../../src/delivery/finish-cache.ts';

/** A parsed HTML page of the built site. */
export interface Page {
  /** Path in the output folder, with forward slashes: `teams/x/index.html`. */
  readonly file: string;
  /** URL path the page is served at (base included, percent-encoded): `/base/teams/x/`. */
  readonly urlPath: string;
  readonly html: string;
  readonly elements: readonly Element[];
}

/** One `href`/`src`/`srcset` reference in a page. */
export interface Ref {
  readonly page: string;
  readonly tag: string;
  readonly attribute: string;
  readonly value: string;
}

/** Every element of a tree, depth first. */
export function elementsOf(node: Nodes): Element[] {
  const out: Element[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'element') out.push(n);
    if ('children' in n) for (const child of n.children) walk(child);
    if (n.type === 'element' && n.tagName === 'template' && n.content) walk(n.content);
  };
  walk(node);
  return out;
}

/** Text content of an element. */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((c) => textOf(c as Nodes)).join('') : '';
}

/** An attribute as a string (hast keeps class names and some others as lists). */
export function attr(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** Lists every file under a folder, relative, with forward slashes, sorted (the finishing steps' own listing). */
export const filesUnder = listFiles;

/** Every file under a folder with its bytes (base64), to compare a folder before and after. */
export async function snapshotFolder(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of await filesUnder(dir)) out[file] = (await readFile(path.join(dir, file))).toString('base64');
  return out;
}

/** Reads and parses every HTML page of a built site served under `base`. */
export async function readPages(outDir: string, base: string): Promise<Page[]> {
  const files = (await filesUnder(outDir)).filter((f) => f.endsWith('.html'));
  return Promise.all(
    files.map(async (file) => {
      const html = await readFile(path.join(outDir, file), 'utf8');
      // As a browser would request it: names outside ASCII percent-encoded.
      const urlPath = encodeURI(base + file.replace(/(^|\/)index\.html$/, '$1'));
      return { file, urlPath, html, elements: elementsOf(fromHtml(html)) };
    }),
  );
}

const LINK_ATTRIBUTES: Record<string, string> = { href: 'href', src: 'src', srcSet: 'srcset', poster: 'poster', action: 'action' };

/** Every URL a page refers to through href, src, srcset, poster or action. */
export function refsOf(page: Page): Ref[] {
  const refs: Ref[] = [];
  for (const element of page.elements) {
    for (const [property, attribute] of Object.entries(LINK_ATTRIBUTES)) {
      const value = attr(element, property);
      if (value === undefined) continue;
      const values = attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
      for (const v of values) if (v !== '') refs.push({ page: page.file, tag: element.tagName, attribute, value: v });
    }
  }
  return refs;
}

/** The URL of a reference resolved against its page, when it points into the site (same origin); else undefined. */
export function internalUrl(ref: Ref, page: Page, origin: string): URL | undefined {
  if (/^(mailto|tel|javascript|data):/i.test(ref.value)) return undefined;
  const resolved = new URL(ref.value, origin + page.urlPath);
  return resolved.origin === new URL(origin).origin ? resolved : undefined;
}

/** The output file a site URL path is served from (directory URLs → index.html), or undefined outside the base. */
export function fileFor(outDir: string, base: string, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  if (!decoded.startsWith(base)) return undefined;
  const rest = decoded.slice(base.length);
  return path.join(outDir, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest);
}

/** Broken internal references: the target file is missing, or the `#fragment` names no element of the target page. */
export function brokenRefs(pages: readonly Page[], outDir: string, base: string, origin: string): string[] {
  const byFile = new Map(pages.map((p) => [path.join(outDir, p.file), p]));
  const broken: string[] = [];
  for (const page of pages) {
    for (const ref of refsOf(page)) {
      const target = internalUrl(ref, page, origin);
      if (!target) continue;
      const file = fileFor(outDir, base, target.pathname);
      if (!file || !existsSync(file)) {
        broken.push(
          `${page.file}: <${ref.tag} ${ref.attribute}="${ref.value}"> → ${file ? path.relative(outDir, file) : 'outside the base'}`,
        );
        continue;
      }
      const id = decodeURIComponent(target.hash.slice(1));
      const targetPage = byFile.get(file);
      if (id !== '' && targetPage && !targetPage.elements.some((e) => attr(e, 'id') === id))
        broken.push(`${page.file}: <${ref.tag} ${ref.attribute}="${ref.value}"> → no element with id "${id}"`);
    }
  }
  return broken;
}

/** The `href`s of `<a>` elements in a page, in document order. */
export function anchors(page: Page): string[] {
  return page.elements.filter((e) => e.tagName === 'a').flatMap((e) => attr(e, 'href') ?? []);
}

/** Elements whose class list contains `name`. */
export function byClass(page: Page, name: string): Element[] {
  return page.elements.filter((e) => (attr(e, 'className') ?? '').split(' ').includes(name));
}
