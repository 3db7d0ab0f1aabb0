/**
 * The one Markdown processor of recap bodies: Astro's unified pipeline (`@astrojs/markdown-remark`: GFM, image
 * placeholders for src/lib/images.ts) with our remark plugins (smart quotes, media), and Astro's default Markdown settings.
 * astro.config.mjs takes `recapMarkdown` from here, so Astro and this module render alike.
 *
 * A build renders every body once, in the loader (Astro keeps the HTML in its data store, and a rebuild renders
 * only the recaps that changed). `astro dev` renders a body when a page asks for it (`astro dev` would otherwise
 * render all of them before its first page), remembered by the recap's digest so a reload or another page showing
 * the same recap renders nothing.
 */
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { LRUCache } from 'lru-cache';
import { markdownConfigDefaults, unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { matchPaints } from '../design/team-colours.ts';
import type { Recap } from '../recap/model.ts';
import { remarkRecapMedia, type RecapMediaContext } from './remark-recap-media.ts';
import { remarkSmartPunctuation } from './smart-punctuation.ts';

/**
 * Astro's `markdown.processor`: remark-smart-punctuation curls quotes and sets dashes and ellipses (Astro's own smart
 * quotes, the same typography for more work, are off: the processor's `smartypants` wins over the settings'), and
 * remark-recap-media turns an image alone in its paragraph into a figure, a video URL into a player.
 */
export const recapMarkdown = unified({
  smartypants: false,
  remarkPlugins: [remarkSmartPunctuation, remarkRecapMedia],
});

/**
 * Astro's Markdown settings for recaps: its defaults without syntax highlighting. A recap may quote a line set as code,
 * but Shiki colours code with `style=""` attributes, which the Content-Security-Policy refuses (a code fence failed the
 * build), and loading it cost every build and `astro dev` start ~46 MB of memory and ~0.3 s. Code is shown plain,
 * styled by the stylesheet. astro.config.mjs passes the same setting to Astro.
 */
export const recapMarkdownSettings = { ...markdownConfigDefaults, syntaxHighlight: false } as const;

let renderer: Promise<MarkdownRenderer> | undefined;

/** What a body is rendered from: its Markdown, and the recap's language, teams and file. */
export type BodySource = Pick<Recap, 'body' | 'lang' | 'match' | 'file'>;

/** The recap's language and team colours, which remark-recap-media draws video posters with. */
function mediaContext(recap: Pick<Recap, 'lang' | 'match'>): RecapMediaContext {
  const paints = matchPaints(recap.match);
  return { lang: recap.lang, home: paints.home.fill, away: paints.away.fill };
}

/**
 * A recap body as HTML. `root` is the folder `recap.file` is relative to (the project root); the file's path lets
 * Astro's image plugin mark the body's photos (it marks nothing in a file without a path).
 */
export async function renderRecapBody(recap: BodySource, root: string): Promise<string> {
  // The settings Astro hands a processor from its config (astro.config.mjs gives it the same).
  renderer ??= recapMarkdown.createRenderer(recapMarkdownSettings);
  const { code } = await (
    await renderer
  ).render(recap.body, {
    fileURL: pathToFileURL(path.resolve(root, recap.file)),
    frontmatter: { fulltime: mediaContext(recap) },
  });
  return code;
}

/** Bodies remembered, at most 20,000: an author's session stays far below, a long one just renders a body again. */
const memo = new LRUCache<string, Promise<string>>({ max: 20_000 });

/** `renderRecapBody`, remembered by `key` (the loader's digest of the recap, body included). */
export function renderRecapBodyOnce(key: string, recap: BodySource, root: string): Promise<string> {
  const known = memo.get(key);
  if (known) return known;
  const html = renderRecapBody(recap, root);
  memo.set(key, html);
  html.catch(() => memo.delete(key));
  return html;
}
