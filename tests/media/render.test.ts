/**
 * How recap bodies render photos and videos (src/markdown/remark-recap-media.ts through Astro's own Markdown
 * processor, as the loader and pages run it: src/markdown/render.ts): figures with caption and credit, click-to-load videos, and what is left alone.
 */
import { describe, expect, it } from 'vitest';
import { auditHtml } from '../../src/delivery/html-audit.ts';
import { renderRecapBody } from '../../src/markdown/render.ts';
import { splitCaption } from '../../src/recap/body/caption.ts';
import { parseVideoUrl } from '../../src/recap/body/video.ts';
import { readRecapFixture } from './render-helpers.ts';

/** Renders a body with the project's one recap renderer (src/markdown/render.ts), as the loader and pages do. */
function render(body: string): Promise<string> {
  return renderRecapBody({ ...readRecapFixture(body), file: 'content/recaps/x.md' }, '/site');
}

describe('photos', () => {
  it('turns an image alone in its paragraph into a figure with caption and credit', async () => {
    expect(await render('![Okafor heads in](./photos/goal.jpg "Okafor levels it | Jane Doe")\n')).toMatchInlineSnapshot(
      `"<figure class="figure"><img __ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;./photos/goal.jpg&#x22;,&#x22;alt&#x22;:&#x22;Okafor heads in&#x22;,&#x22;index&#x22;:0}"><figcaption class="figure__caption">Okafor levels it <span class="figure__credit">Photo: Jane Doe</span></figcaption></figure>"`,
    );
  });

  it('makes a figure without a caption when the image has no title, and a caption without a credit', async () => {
    expect(await render('![A](./a.jpg)\n\n![B](./b.jpg "Only a caption")\n')).toMatchInlineSnapshot(`
      "<figure class="figure"><img __ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;./a.jpg&#x22;,&#x22;alt&#x22;:&#x22;A&#x22;,&#x22;index&#x22;:0}"></figure>
      <figure class="figure"><img __ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;./b.jpg&#x22;,&#x22;alt&#x22;:&#x22;B&#x22;,&#x22;index&#x22;:0}"><figcaption class="figure__caption">Only a caption</figcaption></figure>"
    `);
  });

  it('leaves an image inside a sentence inline', async () => {
    expect(await render('Before ![A](./a.jpg) after.\n')).toMatchInlineSnapshot(
      `"<p>Before <img __ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;./a.jpg&#x22;,&#x22;alt&#x22;:&#x22;A&#x22;,&#x22;index&#x22;:0}"> after.</p>"`,
    );
  });

  it('splits caption and credit at the last " | "', () => {
    expect(splitCaption('Left | right | Jo Bloggs')).toEqual({ caption: 'Left | right', credit: 'Jo Bloggs' });
    expect(splitCaption(' | Jo Bloggs')).toEqual({ credit: 'Jo Bloggs' });
    expect(splitCaption('No credit|here')).toEqual({ caption: 'No credit|here' });
    expect(splitCaption(undefined)).toEqual({});
  });
});

describe('videos', () => {
  it('turns a YouTube URL alone on its line into a poster link to the video, with the player address for the script', async () => {
    expect(await render('Before.\n\nhttps://youtu.be/aqz-KE-bpKQ?t=75\n\nAfter.\n')).toMatchInlineSnapshot(`
      "<p>Before.</p>
      <div class="video" data-video="youtube"><a class="video__poster" href="https://www.youtube.com/watch?v=aqz-KE-bpKQ&#x26;t=75s" data-video-src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&#x26;start=75" data-video-title="Match highlights (YouTube)"><svg class="video__art" viewBox="0 0 160 90" preserveAspectRatio="xMidYMid slice" aria-hidden="true" focusable="false"><rect width="160" height="90" fill="#1f4e8c"></rect><polygon points="100,0 160,0 160,90 60,90" fill="#c8102e"></polygon><rect x="6" y="6" width="148" height="78" fill="none" stroke="#ffffff" stroke-opacity="0.22" stroke-width="0.8"></rect><circle cx="80" cy="45" r="13" fill="none" stroke="#ffffff" stroke-opacity="0.22" stroke-width="0.8"></circle><rect width="160" height="90" fill="#000000" fill-opacity="0.35"></rect><rect y="48" width="160" height="42" fill="#000000" fill-opacity="0.4"></rect></svg><span class="video__play" aria-hidden="true"><svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M8 5.5v13l10.5-6.5z"></path></svg></span><span class="video__text"><span class="video__title">Match highlights</span><span class="video__meta">Play video on YouTube</span></span></a></div>
      <p>After.</p>"
    `);
  });

  it('takes the link text as the title and draws the poster in the team colours', async () => {
    const html = await render('[All the goals](https://vimeo.com/76979871)\n');
    expect(html).toContain('<span class="video__title">All the goals</span>');
    expect(html).toContain('data-video-src="https://player.vimeo.com/video/76979871?autoplay=1&#x26;dnt=1"');
    expect(html).toContain('fill="#1f4e8c"');
    expect(html).toContain('fill="#c8102e"');
    expect(html).not.toMatch(/<iframe|<img|https:\/\/i\.ytimg|vimeocdn/);
  });

  it('leaves a video URL inside a sentence, and other URLs alone on a line, as links', async () => {
    const html = await render('Watch https://www.youtube.com/watch?v=aqz-KE-bpKQ now.\n\nhttps://example.org/highlights\n');
    expect(html).not.toContain('class="video"');
    expect(html).toContain('<a href="https://www.youtube.com/watch?v=aqz-KE-bpKQ">');
  });

  it('knows the URL shapes of both providers', () => {
    const embed = (url: string) => parseVideoUrl(url)?.embedUrl;
    expect(embed('https://www.youtube.com/watch?v=aqz-KE-bpKQ')).toBe('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1');
    expect(embed('https://m.youtube.com/watch?v=aqz-KE-bpKQ&t=1m5s')).toBe(
      'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&start=65',
    );
    expect(embed('https://www.youtube.com/shorts/aqz-KE-bpKQ')).toBe('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1');
    expect(embed('https://youtu.be/aqz-KE-bpKQ')).toBe('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1');
    expect(embed('https://vimeo.com/76979871/8272103f6e')).toBe('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1&h=8272103f6e');
    expect(embed('https://player.vimeo.com/video/76979871')).toBe('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
    expect(embed('https://www.youtube.com/watch?v=short')).toBeUndefined();
    expect(embed('https://vimeo.com/channels/staffpicks')).toBeUndefined();
    expect(embed('https://example.org/watch?v=aqz-KE-bpKQ')).toBeUndefined();
    expect(embed('javascript:alert(1)')).toBeUndefined();
  });
});

describe('code', () => {
  it('sets a code fence as plain code the Content-Security-Policy allows (no highlighter colours in style attributes)', async () => {
    const html = await render('The formation, as the coach wrote it:\n\n```text\n4-4-2\n```\n');
    expect(html).toContain('<pre><code class="language-text">4-4-2\n</code></pre>');
    expect(auditHtml(html, 'x.html', [])).toEqual([]);
  });
});
