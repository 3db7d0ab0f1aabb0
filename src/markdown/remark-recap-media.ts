/**
 * remark plugin for recap bodies: an image alone in its paragraph becomes a `<figure>` whose caption is the
 * image title (a credit after ` | ` shows beside it, see src/recap/body/caption.ts), and a YouTube or Vimeo URL
 * alone in its paragraph becomes a click-to-load video: a poster the site draws (title, play button, the teams'
 * colours) that links to the video, and that src/scripts/video-embed.ts swaps for the player on click. Nothing
 * is requested from the provider before that click; without JavaScript it stays a plain link.
 *
 * The recap's language and team colours come in `file.data.astro.frontmatter.fulltime` (the loader passes them).
 */
import type { Image, Link, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { translator, type Translator } from '../i18n/index.ts';
import { splitCaption } from '../recap/body/caption.ts';
import { parseVideoUrl, PROVIDER_NAMES, type Video } from '../recap/body/video.ts';
import { el, escapeXml, textEl } from '../graphics/timeline/svg.ts';

/** What the plugin needs to know about the recap. */
export interface RecapMediaContext {
  readonly lang: string;
  /** Team colours, `#rrggbb`. */
  readonly home: string;
  readonly away: string;
}

const DEFAULTS: RecapMediaContext = { lang: 'en', home: '#1f6feb', away: '#d11241' };

interface FileLike {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

function contextOf(file: FileLike): RecapMediaContext {
  const given = file.data.astro?.frontmatter?.['fulltime'] as Partial<RecapMediaContext> | undefined;
  return { ...DEFAULTS, ...given };
}

/** The plugin. */
export function remarkRecapMedia() {
  return (tree: Root, file: FileLike) => {
    const context = contextOf(file);
    const t = translator(context.lang);
    transform(tree, context, t);
  };
}

/** Rewrites figures and videos in place (exported for tests through unified). */
function transform(node: Root | RootContent, context: RecapMediaContext, t: Translator): void {
  if (!('children' in node)) return;
  const children = node.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (!child) continue;
    if (child.type === 'paragraph') {
      const video = videoOf(child);
      if (video) {
        children[i] = { type: 'html', value: videoHtml(video.video, video.title ?? t('video.highlights'), context, t) };
        continue;
      }
      const image = loneImage(child);
      if (image) figure(child, image, t);
      continue;
    }
    transform(child, context, t);
  }
}

/** Children that are not blank text. */
function significant(paragraph: Paragraph): PhrasingContent[] {
  return paragraph.children.filter((c) => !(c.type === 'text' && c.value.trim() === '') && c.type !== 'break');
}

function loneImage(paragraph: Paragraph): Image | undefined {
  const [only, ...rest] = significant(paragraph);
  return only?.type === 'image' && rest.length === 0 ? only : undefined;
}

/** A video URL alone in its paragraph: a bare URL, an autolink, or a link whose text is the video's title. */
function videoOf(paragraph: Paragraph): { video: Video; title?: string } | undefined {
  const [only, ...rest] = significant(paragraph);
  if (!only || rest.length > 0) return undefined;
  if (only.type === 'text') {
    // A paragraph of prose is no URL: test for one word before parsing it as a URL (which throws on nearly every paragraph).
    if (!/^\S+$/.test(only.value.trim())) return undefined;
    const video = parseVideoUrl(only.value);
    return video ? { video } : undefined;
  }
  if (only.type !== 'link') return undefined;
  const video = parseVideoUrl((only as Link).url);
  if (!video) return undefined;
  const text = toString(only).trim();
  const bare = text === '' || text === only.url || `https://${text}` === only.url || `http://${text}` === only.url;
  return bare ? { video } : { video, title: text };
}

/** `<figure>` with the image and, when the title gives one, a `<figcaption>` with caption and credit. */
function figure(paragraph: Paragraph, image: Image, t: Translator): void {
  const { caption, credit } = splitCaption(image.title);
  image.title = null;
  const captionChildren: RootContent[] = [];
  if (caption) captionChildren.push({ type: 'text', value: caption });
  if (credit) {
    if (caption) captionChildren.push({ type: 'text', value: ' ' });
    captionChildren.push({
      type: 'emphasis',
      data: { hName: 'span', hProperties: { className: ['figure__credit'] } },
      children: [{ type: 'text', value: t('media.credit', { credit }) }],
    });
  }
  paragraph.data = { hName: 'figure', hProperties: { className: ['figure'] } };
  const figcaption = {
    type: 'paragraph',
    data: { hName: 'figcaption', hProperties: { className: ['figure__caption'] } },
    children: captionChildren,
  } as unknown as PhrasingContent;
  paragraph.children = captionChildren.length > 0 ? [image, figcaption] : [image];
}

/** The poster and link of a video, as HTML (parsed again by the Markdown pipeline, like any raw HTML). */
export function videoHtml(video: Video, title: string, context: RecapMediaContext, t: Translator): string {
  const provider = PROVIDER_NAMES[video.provider];
  const art = el(
    'svg',
    { class: 'video__art', viewBox: '0 0 160 90', preserveAspectRatio: 'xMidYMid slice', 'aria-hidden': 'true', focusable: 'false' },
    el('rect', { width: 160, height: 90, fill: context.home }),
    el('polygon', { points: '100,0 160,0 160,90 60,90', fill: context.away }),
    el('rect', { x: 6, y: 6, width: 148, height: 78, fill: 'none', stroke: '#ffffff', 'stroke-opacity': '0.22', 'stroke-width': 0.8 }),
    el('circle', { cx: 80, cy: 45, r: 13, fill: 'none', stroke: '#ffffff', 'stroke-opacity': '0.22', 'stroke-width': 0.8 }),
    el('rect', { width: 160, height: 90, fill: '#000000', 'fill-opacity': '0.35' }),
    el('rect', { y: 48, width: 160, height: 42, fill: '#000000', 'fill-opacity': '0.4' }),
  );
  const play = el(
    'span',
    { class: 'video__play', 'aria-hidden': 'true' },
    el('svg', { viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' }, el('path', { d: 'M8 5.5v13l10.5-6.5z' })),
  );
  const text = el(
    'span',
    { class: 'video__text' },
    textEl('span', { class: 'video__title' }, title),
    textEl('span', { class: 'video__meta' }, `${t('video.play')} ${t('video.source', { provider })}`),
  );
  const link = el(
    'a',
    {
      class: 'video__poster',
      href: video.watchUrl,
      'data-video-src': video.embedUrl,
      'data-video-title': t('video.frame-title', { title, provider }),
    },
    art,
    play,
    text,
  );
  return `<div class="video" data-video="${escapeXml(video.provider)}">${link}</div>`;
}
