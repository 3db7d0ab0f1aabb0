/**
 * The body and image check: every construct the site's Content-Security-Policy would block, and every image
 * problem, is an error at its line and column in the recap file, in the words `npm run check`, the build and the
 * dev overlay print (they all read through src/site/load.ts). Messages are pinned.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/authoring/check.ts';
import { formatDiagnostic } from '../../src/recap/diagnostics.ts';
import { contentDirs, loadContent } from '../../src/site/load.ts';
import { smallPng } from './fixture.ts';

const FRONTMATTER = `---
title: A recap with a problem
date: 2024-05-01
match:
  competition: Test Cup
  kickoff: 2024-04-30
  home: { name: Alpha FC }
  away: { name: Beta FC }
  score: 0-0
---
`;

/** Writes one recap (and a photos/ folder with a good PNG and a broken JPEG) and returns every message for it. */
async function messagesFor(body: string, frontmatter = FRONTMATTER): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fulltime-body-'));
  const recaps = path.join(dir, 'content', 'recaps');
  await mkdir(path.join(recaps, 'photos'), { recursive: true });
  await writeFile(path.join(recaps, 'photos', 'good.png'), await smallPng(40, 30));
  const jpeg = await smallPng(400, 300);
  await writeFile(path.join(recaps, 'photos', 'broken.png'), jpeg.subarray(0, Math.floor(jpeg.length / 2)));
  await writeFile(path.join(recaps, 'photos', 'notes.txt.jpg'), 'not a picture');
  await writeFile(path.join(recaps, 'recap.md'), frontmatter + body);
  const result = await checkContent(path.join(dir, 'content'), { displayRoot: dir });
  return result.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => formatDiagnostic(d))
    .join('\n\n');
}

describe('raw HTML the policy blocks', () => {
  it('reports a <script> at its line and column', async () => {
    expect(await messagesFor('First paragraph.\n\n<script>alert("hi")</script>\n')).toMatchInlineSnapshot(`
      "content/recaps/recap.md:13:1  body  error: found a <script> element, expected no scripts in the recap text
       13 | <script>alert("hi")</script>
          | ^^^^^^^^
          = hint: the site's Content-Security-Policy blocks scripts written into pages; remove it"
    `);
  });

  it('reports a <style> element and a style= attribute', async () => {
    expect(await messagesFor('<style>p { color: red }</style>\n\nSome <span style="color: red">red</span> text.\n')).toMatchInlineSnapshot(`
      "content/recaps/recap.md:11:1  body  error: found a <style> element, expected no styles in the recap text
       11 | <style>p { color: red }</style>
          | ^^^^^^^
          = hint: pages take their look from the site's stylesheet, and its Content-Security-Policy blocks <style>; remove it

      content/recaps/recap.md:13:12  body  error: found a style= attribute on <span>, expected no inline styles
       13 | Some <span style="color: red">red</span> text.
          |            ^^^^^^^^^^^^^^^^^^
          = hint: the site's Content-Security-Policy blocks inline styles; remove the attribute (Markdown has **bold** and *italic*)"
    `);
  });

  it('reports an on…= handler attribute', async () => {
    expect(await messagesFor('A <button onclick="go()">button</button> in the text.\n')).toMatchInlineSnapshot(`
      "content/recaps/recap.md:11:11  body  error: found the event handler attribute onclick= on <button>, expected no on…= attributes
       11 | A <button onclick="go()">button</button> in the text.
          |           ^^^^^^^^^^^^^^
          = hint: the site's Content-Security-Policy blocks inline event handlers; remove the attribute"
    `);
  });

  it('reports an <iframe> and points to the video line instead', async () => {
    expect(await messagesFor('<iframe src="https://www.youtube.com/embed/aqz-KE-bpKQ"></iframe>\n')).toMatchInlineSnapshot(`
      "content/recaps/recap.md:11:1  body  error: found an <iframe>, expected no frames in the recap text
       11 | <iframe src="https://www.youtube.com/embed/aqz-KE-bpKQ"></iframe>
          | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
          = hint: for a YouTube or Vimeo video, put its URL alone on a line: the site embeds it and loads nothing until the reader clicks"
    `);
  });

  it('reports an HTML <img>, <embed> and <object>', async () => {
    expect(await messagesFor('<img src="./photos/good.png" alt="x">\n\n<embed src="x.swf">\n\n<object data="x.swf"></object>\n'))
      .toMatchInlineSnapshot(`
      "content/recaps/recap.md:11:1  body  error: found an HTML <img>, expected a Markdown image
       11 | <img src="./photos/good.png" alt="x">
          | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
          = hint: write ![what the photo shows](./photos/name.jpg "caption | credit") so the site can size and compress it (README, "Recap format")

      content/recaps/recap.md:13:1  body  error: found an <embed> element, expected no plug-in content in the recap text
       13 | <embed src="x.swf">
          | ^^^^^^^^^^^^^^^^^^^
          = hint: the site's Content-Security-Policy blocks plug-ins; link to the file instead

      content/recaps/recap.md:15:1  body  error: found an <object> element, expected no plug-in content in the recap text
       15 | <object data="x.swf"></object>
          | ^^^^^^^^^^^^^^^^^^^^^
          = hint: the site's Content-Security-Policy blocks plug-ins; link to the file instead"
    `);
  });

  it('reports javascript: and data: URLs in raw HTML, also spelled with odd case and spaces', async () => {
    expect(await messagesFor('<a href=" JavaScript:alert(1)">one</a> and <a href="data:text/html,hi">two</a>\n')).toMatchInlineSnapshot(`
      "content/recaps/recap.md:11:4  body  error: found the javascript: URL " JavaScript:alert(1)" in href= on <a>, expected a web address (https://…), a mailto: address or a path
       11 | <a href=" JavaScript:alert(1)">one</a> and <a href="data:text/html,hi">two</a>
          |    ^^^^^^^^^^^^^^^^^^^^^^^^^^^
          = hint: the site's Content-Security-Policy blocks javascript: URLs; link to a page instead

      content/recaps/recap.md:11:47  body  error: found the data: URL "data:text/html,hi" in href= on <a>, expected a web address (https://…), a mailto: address or a path
       11 | <a href=" JavaScript:alert(1)">one</a> and <a href="data:text/html,hi">two</a>
          |                                               ^^^^^^^^^^^^^^^^^^^^^^^^
          = hint: data: URLs are blocked by the site's Content-Security-Policy; save the file beside the recap and link to its path"
    `);
  });

  it('leaves harmless raw HTML alone', async () => {
    expect(
      await messagesFor(
        'Text with <abbr title="Video assistant referee">VAR</abbr>, <sup>1</sup> and <a href="https://example.org/">a link</a>.\n',
      ),
    ).toBe('');
  });
});

describe('Markdown links', () => {
  it('reports javascript: and data: URLs in links, autolinks and link definitions', async () => {
    expect(
      await messagesFor('A [bad link](javascript:alert(1)) and <javascript:alert(2)>.\n\nA [reference][r].\n\n[r]: data:text/html,hello\n'),
    ).toMatchInlineSnapshot(`
      "content/recaps/recap.md:11:14  body  error: found the javascript: URL "javascript:alert(1)" in a link, expected a web address (https://…), a mailto: address or a path
       11 | A [bad link](javascript:alert(1)) and <javascript:alert(2)>.
          |              ^^^^^^^^^^^^^^^^^^^
          = hint: the site's Content-Security-Policy blocks javascript: URLs; link to a page instead

      content/recaps/recap.md:11:40  body  error: found the javascript: URL "javascript:alert(2)" in a link, expected a web address (https://…), a mailto: address or a path
       11 | A [bad link](javascript:alert(1)) and <javascript:alert(2)>.
          |                                        ^^^^^^^^^^^^^^^^^^^
          = hint: the site's Content-Security-Policy blocks javascript: URLs; link to a page instead

      content/recaps/recap.md:15:6  body  error: found the data: URL "data:text/html,hello" in a link definition, expected a web address (https://…), a mailto: address or a path
       15 | [r]: data:text/html,hello
          |      ^^^^^^^^^^^^^^^^^^^^
          = hint: data: URLs are blocked by the site's Content-Security-Policy; save the file beside the recap and link to its path"
    `);
  });
});

describe('images', () => {
  it('reports a remote image, an absolute path and a data: image', async () => {
    expect(
      await messagesFor(
        '![Fans](https://example.com/photos/fans.jpg)\n\n![Fans](/photos/fans.jpg)\n\n![Dot](data:image/png;base64,iVBORw0KGgo=)\n',
      ),
    ).toMatchInlineSnapshot(`
      "content/recaps/recap.md:11:9  body  error: found the remote image "https://example.com/photos/fans.jpg", expected a local image file
       11 | ![Fans](https://example.com/photos/fans.jpg)
          |         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
          = hint: builds never download anything: save the picture beside the recap (for example in a photos/ folder next to it) and write its path, like ./photos/fans.jpg

      content/recaps/recap.md:13:9  body  error: found the absolute path "/photos/fans.jpg", expected a path relative to the recap file
       13 | ![Fans](/photos/fans.jpg)
          |         ^^^^^^^^^^^^^^^^
          = hint: write the path from the recap file, like ./photos/name.jpg or ../photos/name.jpg

      content/recaps/recap.md:15:8  body  error: found a data: URL "data:image/png;base64,iVBORw0KGgo=", expected a local image file
       15 | ![Dot](data:image/png;base64,iVBORw0KGgo=)
          |        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
          = hint: save the picture as a file beside the recap (for example in a photos/ folder next to it) and write its path, like ./photos/name.jpg"
    `);
  });

  it('reports a missing file, a file that does not decode and a file that is not an image type', async () => {
    expect(
      await messagesFor(
        '![One](./photos/missing.jpg)\n\n![Two](./photos/broken.png)\n\n![Three](./photos/notes.txt.jpg)\n\n![Four](./photos/plan.svg)\n',
      ),
    ).toMatchInlineSnapshot(`
      "content/recaps/recap.md:11:8  body  error: found "./photos/missing.jpg", but there is no file content/recaps/photos/missing.jpg
       11 | ![One](./photos/missing.jpg)
          |        ^^^^^^^^^^^^^^^^^^^^
          = hint: check the spelling and the folder: image paths are relative to the recap file

      content/recaps/recap.md:13:8  body  error: found "./photos/broken.png", which does not decode as an image (vipspng: libpng read error), expected a JPEG, PNG, WebP, AVIF, GIF or TIFF file
       13 | ![Two](./photos/broken.png)
          |        ^^^^^^^^^^^^^^^^^^^
          = hint: the file may be damaged or only partly copied: export or copy it again

      content/recaps/recap.md:15:10  body  error: found "./photos/notes.txt.jpg", which does not decode as an image (contains unsupported image format), expected a JPEG, PNG, WebP, AVIF, GIF or TIFF file
       15 | ![Three](./photos/notes.txt.jpg)
          |          ^^^^^^^^^^^^^^^^^^^^^^
          = hint: the file may be damaged or only partly copied: export or copy it again

      content/recaps/recap.md:17:9  body  error: found "./photos/plan.svg", expected a JPEG, PNG, WebP, AVIF, GIF or TIFF file
       17 | ![Four](./photos/plan.svg)
          |         ^^^^^^^^^^^^^^^^^
          = hint: photos go through the image pipeline, which takes no SVG: export it as PNG"
    `);
  });

  it('reports an image without alt text', async () => {
    expect(await messagesFor('Before.\n\n![](./photos/good.png "A caption | A. Credit")\n')).toMatchInlineSnapshot(`
      "content/recaps/recap.md:13:1  body  error: found an image without alt text, expected a description between the brackets: ![…](./photos/good.png)
       13 | ![](./photos/good.png "A caption | A. Credit")
          | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
          = hint: describe what the photo shows, for readers who cannot see it"
    `);
  });

  it('checks the cover like a body image', async () => {
    const withCover = FRONTMATTER.replace('match:', 'cover:\n  src: https://example.com/cover.jpg\n  alt: A stadium\nmatch:');
    expect(await messagesFor('Text.\n', withCover)).toMatchInlineSnapshot(`
      "content/recaps/recap.md:5:8  cover.src  error: found the remote image "https://example.com/cover.jpg", expected a local image file
       5 |   src: https://example.com/cover.jpg
         |        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
         = hint: builds never download anything: save the picture beside the recap (for example in a photos/ folder next to it) and write its path, like ./photos/cover.jpg"
    `);
    const missing = FRONTMATTER.replace('match:', 'cover:\n  src: ./photos/cover.jpg\n  alt: A stadium\nmatch:');
    expect(await messagesFor('Text.\n', missing)).toMatchInlineSnapshot(`
      "content/recaps/recap.md:5:8  cover.src  error: found "./photos/cover.jpg", but there is no file content/recaps/photos/cover.jpg
       5 |   src: ./photos/cover.jpg
         |        ^^^^^^^^^^^^^^^^^^
         = hint: check the spelling and the folder: image paths are relative to the recap file"
    `);
  });

  it('reports an empty cover alt', async () => {
    const emptyAlt = FRONTMATTER.replace('match:', 'cover:\n  src: ./photos/good.png\n  alt: ""\nmatch:');
    expect(await messagesFor('Text.\n', emptyAlt)).toMatchInlineSnapshot(`
      "content/recaps/recap.md:6:8  cover.alt  error: found "", expected non-empty text
       6 |   alt: ""
         |        ^^
         = hint: describe what the photo shows, for readers who cannot see it"
    `);
  });

  it('passes good images, with their size and a hash of their bytes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fulltime-body-'));
    const recaps = path.join(dir, 'content', 'recaps');
    await mkdir(path.join(recaps, 'photos'), { recursive: true });
    await writeFile(path.join(recaps, 'photos', 'good.png'), await smallPng(40, 30));
    const cover = FRONTMATTER.replace('match:', 'cover:\n  src: ./photos/good.png\n  alt: A pitch\nmatch:');
    await writeFile(path.join(recaps, 'recap.md'), `${cover}![A pitch](./photos/good.png "Caption | Credit")\n`);
    const content = await loadContent(contentDirs(path.join(dir, 'content')), { includeDrafts: true, displayRoot: dir });
    expect(content.diagnostics).toEqual([]);
    const images = content.recaps[0]?.images?.map(({ absolute: _absolute, ...image }) => image);
    expect(images).toEqual([
      {
        src: './photos/good.png',
        file: 'content/recaps/photos/good.png',
        hash: expect.stringMatching(/^[0-9a-f]{16}$/),
        width: 40,
        height: 30,
      },
    ]);
  });
});

describe('the screen that skips parsing', () => {
  it('still catches a javascript: URL spelled with a character reference', async () => {
    expect(await messagesFor('A [link](java&#115;cript:alert(1)).\n')).toMatchInlineSnapshot(`
      "content/recaps/recap.md:11:3  body  error: found the javascript: URL "javascript:alert(1)" in a link, expected a web address (https://…), a mailto: address or a path
       11 | A [link](java&#115;cript:alert(1)).
          |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
          = hint: the site's Content-Security-Policy blocks javascript: URLs; link to a page instead"
    `);
  });
});
