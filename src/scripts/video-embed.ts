/**
 * Click-to-load highlight videos (src/markdown/remark-recap-media.ts draws the poster): nothing is requested from
 * YouTube or Vimeo until the reader activates the poster link, which is then replaced by the player's iframe in the
 * same box (no layout shift), focused so keyboard and screen-reader users land in it. Without JavaScript the
 * poster stays a plain link to the video's page.
 */
const ALLOWED = ['https://www.youtube-nocookie.com/', 'https://player.vimeo.com/'];

function play(link: HTMLAnchorElement): void {
  const src = link.dataset['videoSrc'] ?? '';
  if (!ALLOWED.some((origin) => src.startsWith(origin))) return;
  const frame = document.createElement('iframe');
  frame.className = 'video__frame';
  frame.src = src;
  frame.title = link.dataset['videoTitle'] ?? '';
  frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
  frame.allowFullscreen = true;
  frame.referrerPolicy = 'strict-origin-when-cross-origin';
  link.replaceWith(frame);
  frame.focus();
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('.video a.video__poster[data-video-src]')) {
  link.addEventListener('click', (event) => {
    // Let modified clicks (new tab, new window) follow the link as usual.
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    play(link);
  });
}
