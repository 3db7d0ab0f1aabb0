/**
 * Reads a recap's Markdown body the way the renderer does (remark, with source positions) and finds what the
 * site's Content-Security-Policy would block (scripts, styles, handlers, frames, `javascript:` and `data:` URLs,
 * in raw HTML and in Markdown links alike) and every Markdown image, so each problem can be reported at its line
 * and column in the recap file instead of in a built page. Offsets are into the body string.
 */
import type { Element, Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Definition, Image, ImageReference, Link, Nodes as MdastNodes } from 'mdast';
import { parseMarkdown } from './parse.ts';

/** A problem in the body, at a character offset of the body. */
export interface BodyProblem {
  readonly offset: number;
  readonly length: number;
  readonly rule: string;
  readonly message: string;
  readonly hint?: string;
}

/** A Markdown image as written. */
export interface BodyImage {
  /** The URL as written (decoded by Markdown), e.g. `./photos/goal.jpg`. */
  readonly src: string;
  readonly alt: string;
  /** The title, the quoted text after the URL: the caption, and ` | ` then the credit. */
  readonly title?: string;
  /** Where the URL is (or the image, when the URL cannot be found in the text). */
  readonly offset: number;
  readonly length: number;
  /** Where the whole image (`![alt](url)`) starts, and its length: missing alt text is reported there. */
  readonly nodeOffset: number;
  readonly nodeLength: number;
}

/** What one body holds. */
export interface BodyScan {
  readonly problems: readonly BodyProblem[];
  readonly images: readonly BodyImage[];
}

/** Where the format is explained: hints point authors there, never to internal files. */
const FORMAT_REFERENCE = 'README, "Recap format"';

/**
 * A cheap screen: a body without `<` (raw HTML, autolinks), `![` (images), a `javascript:`/`vbscript:`/`data:` word
 * or a character reference (`java&#115;cript:`) has nothing to check, and is not parsed at all: plain paragraphs
 * and ordinary links are most bodies, and parsing costs about two milliseconds each.
 */
export function mayNeedScan(body: string): boolean {
  return /<|!\[|javascript:|vbscript:|data:|&#|&colon;/i.test(body);
}

/** Scans a body: problems in raw HTML and link URLs, and every image with its position. */
export function scanBody(body: string): BodyScan {
  if (!mayNeedScan(body)) return { problems: [], images: [] };
  const tree = parseMarkdown(body);
  const problems: BodyProblem[] = [];
  const images: BodyImage[] = [];
  const definitions = new Map<string, Definition>();
  walkMdast(tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node);
  });
  walkMdast(tree, (node) => {
    switch (node.type) {
      case 'html':
        problems.push(...htmlProblems(node.value, node.position?.start.offset ?? 0));
        break;
      case 'link':
      case 'definition':
        problems.push(...linkProblems(body, node));
        break;
      case 'image':
        images.push(imageOf(body, node, node.url, node.title ?? undefined));
        break;
      case 'imageReference': {
        const definition = definitions.get(node.identifier.toLowerCase());
        if (definition) images.push(imageOf(body, node, definition.url, definition.title ?? undefined, definition));
        break;
      }
      default:
        break;
    }
  });
  return { problems: problems.sort((a, b) => a.offset - b.offset), images };
}

function walkMdast(node: MdastNodes, visit: (node: MdastNodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walkMdast(child, visit);
}

/** Start offset and length of a node. */
function span(node: {
  position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
}): [number, number] {
  const start = node.position?.start.offset ?? 0;
  return [start, Math.max(1, (node.position?.end.offset ?? start + 1) - start)];
}

/** Where `url` is written inside a node (so the caret points at it), else the node itself. */
function urlSpan(body: string, node: Link | Definition | Image | ImageReference, url: string): [number, number] {
  const [start, length] = span(node);
  const at = url === '' ? -1 : body.slice(start, start + length).indexOf(url);
  return at === -1 ? [start, length] : [start + at, url.length];
}

function imageOf(body: string, node: Image | ImageReference, url: string, title: string | undefined, definition?: Definition): BodyImage {
  const [offset, length] = definition ? urlSpan(body, definition, url) : urlSpan(body, node as Image, url);
  const [nodeOffset, nodeLength] = span(node);
  return { src: url, alt: node.alt ?? '', ...(title ? { title } : {}), offset, length, nodeOffset, nodeLength };
}

/** Shortens a URL for a message (a data: URL can be thousands of characters). */
function shown(url: string): string {
  return JSON.stringify(url.length > 60 ? `${url.slice(0, 57)}...` : url);
}

/** The scheme of a URL as a browser reads it (leading blanks and control characters are ignored), lowercased. */
function schemeOf(url: string): string {
  // Browsers drop ASCII tab and newline anywhere in a URL, and leading C0 controls and spaces.
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase() ?? '';
}

/** What is wrong with a link URL, if anything. */
function urlProblem(url: string, where: string): Omit<BodyProblem, 'offset' | 'length'> | undefined {
  const scheme = schemeOf(url);
  if (scheme === 'javascript' || scheme === 'vbscript') {
    return {
      rule: 'unsafe-url',
      message: `found the ${scheme}: URL ${shown(url)} ${where}, expected a web address (https://…), a mailto: address or a path`,
      hint: `the site's Content-Security-Policy blocks ${scheme}: URLs; link to a page instead`,
    };
  }
  if (scheme === 'data') {
    return {
      rule: 'unsafe-url',
      message: `found the data: URL ${shown(url)} ${where}, expected a web address (https://…), a mailto: address or a path`,
      hint: "data: URLs are blocked by the site's Content-Security-Policy; save the file beside the recap and link to its path",
    };
  }
  return undefined;
}

function linkProblems(body: string, node: Link | Definition): BodyProblem[] {
  const problem = urlProblem(node.url, node.type === 'link' ? 'in a link' : 'in a link definition');
  if (!problem) return [];
  const [offset, length] = urlSpan(body, node, node.url);
  return [{ offset, length, ...problem }];
}

/** Attributes that hold a URL a browser follows or loads. */
const URL_PROPERTIES = new Set(['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'data', 'cite', 'background']);

/** Elements the policy blocks outright, with the words and the hint of each. */
const BLOCKED_ELEMENTS: Readonly<Record<string, { rule: string; what: string; expected: string; hint: string }>> = {
  script: {
    rule: 'html-script',
    what: 'a <script> element',
    expected: 'no scripts in the recap text',
    hint: "the site's Content-Security-Policy blocks scripts written into pages; remove it",
  },
  style: {
    rule: 'html-style',
    what: 'a <style> element',
    expected: 'no styles in the recap text',
    hint: "pages take their look from the site's stylesheet, and its Content-Security-Policy blocks <style>; remove it",
  },
  iframe: {
    rule: 'html-iframe',
    what: 'an <iframe>',
    expected: 'no frames in the recap text',
    hint: 'for a YouTube or Vimeo video, put its URL alone on a line: the site embeds it and loads nothing until the reader clicks',
  },
  frame: {
    rule: 'html-iframe',
    what: 'a <frame>',
    expected: 'no frames in the recap text',
    hint: 'for a YouTube or Vimeo video, put its URL alone on a line: the site embeds it and loads nothing until the reader clicks',
  },
  object: {
    rule: 'html-embed',
    what: 'an <object> element',
    expected: 'no plug-in content in the recap text',
    hint: "the site's Content-Security-Policy blocks plug-ins; link to the file instead",
  },
  embed: {
    rule: 'html-embed',
    what: 'an <embed> element',
    expected: 'no plug-in content in the recap text',
    hint: "the site's Content-Security-Policy blocks plug-ins; link to the file instead",
  },
  img: {
    rule: 'html-img',
    what: 'an HTML <img>',
    expected: 'a Markdown image',
    hint: `write ![what the photo shows](./photos/name.jpg "caption | credit") so the site can size and compress it (${FORMAT_REFERENCE})`,
  },
};

interface Located {
  start?: { offset?: number | undefined } | undefined;
  end?: { offset?: number | undefined } | undefined;
}

/** Problems in one raw HTML node; `base` is the node's offset in the body. */
function htmlProblems(html: string, base: number): BodyProblem[] {
  if (!/<[a-z]/i.test(html)) return [];
  const problems: BodyProblem[] = [];
  const at = (pos: Located | undefined, fallback: Located | undefined, problem: Omit<BodyProblem, 'offset' | 'length'>) => {
    const where = pos?.start?.offset !== undefined ? pos : fallback;
    const start = where?.start?.offset ?? 0;
    const end = where?.end?.offset ?? start + 1;
    problems.push({ offset: base + start, length: Math.max(1, end - start), ...problem });
  };
  const walk = (node: HastNodes) => {
    if (node.type === 'element') elementProblems(node, at);
    if ('children' in node) node.children.forEach(walk);
    if (node.type === 'element' && node.tagName === 'template' && node.content) walk(node.content);
  };
  walk(fromHtml(html, { fragment: true, verbose: true }));
  return problems;
}

function elementProblems(
  node: Element,
  at: (pos: Located | undefined, fallback: Located | undefined, problem: Omit<BodyProblem, 'offset' | 'length'>) => void,
): void {
  const positions = (node.data as { position?: { opening?: Located; properties?: Record<string, Located | undefined> } } | undefined)
    ?.position;
  const opening = positions?.opening ?? node.position;
  const blocked = BLOCKED_ELEMENTS[node.tagName];
  if (blocked) {
    at(opening, node.position, {
      rule: blocked.rule,
      message: `found ${blocked.what}, expected ${blocked.expected}`,
      hint: blocked.hint,
    });
  }
  for (const [name, value] of Object.entries(node.properties)) {
    const pos = positions?.properties?.[name];
    if (/^on[A-Z]/.test(name) || /^on[a-z]+$/.test(name)) {
      const attribute = name.toLowerCase();
      at(pos, opening, {
        rule: 'html-handler',
        message: `found the event handler attribute ${attribute}= on <${node.tagName}>, expected no on…= attributes`,
        hint: "the site's Content-Security-Policy blocks inline event handlers; remove the attribute",
      });
    } else if (name === 'style') {
      at(pos, opening, {
        rule: 'html-style-attribute',
        message: `found a style= attribute on <${node.tagName}>, expected no inline styles`,
        hint: "the site's Content-Security-Policy blocks inline styles; remove the attribute (Markdown has **bold** and *italic*)",
      });
    } else if (URL_PROPERTIES.has(name) && node.tagName !== 'img') {
      const problem = urlProblem(String(value), `in ${attributeName(name)}= on <${node.tagName}>`);
      if (problem) at(pos, opening, problem);
    }
  }
}

function attributeName(property: string): string {
  if (property === 'formAction') return 'formaction';
  if (property === 'xLinkHref') return 'xlink:href';
  return property;
}
