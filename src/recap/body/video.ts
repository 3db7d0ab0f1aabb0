/**
 * Highlight videos: which URLs are a YouTube or Vimeo video, and the privacy-friendly player address each
 * becomes after a click (youtube-nocookie.com, player.vimeo.com with `dnt=1`). Nothing here fetches anything.
 */

/** The providers the site embeds. */
export type VideoProvider = 'youtube' | 'vimeo';

/** The two player origins the Content-Security-Policy allows as frame sources, and nothing else. */
export const VIDEO_FRAME_ORIGINS: readonly string[] = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'];

/** A video a recap links to. */
export interface Video {
  readonly provider: VideoProvider;
  readonly id: string;
  /** The provider's own page, the link readers without JavaScript follow. */
  readonly watchUrl: string;
  /** The player loaded into the iframe after a click. */
  readonly embedUrl: string;
}

/** The provider's name as shown to readers. */
export const PROVIDER_NAMES: Readonly<Record<VideoProvider, string>> = { youtube: 'YouTube', vimeo: 'Vimeo' };

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/** Start time in seconds from `t=` / `start=` (`90`, `90s`, `1m30s`, `1h2m3s`). */
function startSeconds(value: string | null): number | undefined {
  if (!value) return undefined;
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value);
  if (!m || value === '') return undefined;
  const seconds = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return seconds > 0 ? seconds : undefined;
}

function youtube(id: string, start: number | undefined): Video {
  const at = start === undefined ? '' : `&start=${start}`;
  return {
    provider: 'youtube',
    id,
    watchUrl: `https://www.youtube.com/watch?v=${id}${start === undefined ? '' : `&t=${start}s`}`,
    embedUrl: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1${at}`,
  };
}

function vimeo(id: string, hash: string | undefined): Video {
  return {
    provider: 'vimeo',
    id,
    watchUrl: `https://vimeo.com/${id}${hash ? `/${hash}` : ''}`,
    embedUrl: `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1${hash ? `&h=${hash}` : ''}`,
  };
}

/** The video a URL points to, or undefined when it is not a YouTube or Vimeo video URL. */
export function parseVideoUrl(text: string): Video | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.toLowerCase().replace(/^(www|m|music)\./, '');
  const parts = url.pathname.split('/').filter(Boolean);
  const start = startSeconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const id =
      parts[0] === 'watch' || parts.length === 0
        ? url.searchParams.get('v')
        : ['embed', 'shorts', 'live', 'v'].includes(parts[0] ?? '')
          ? parts[1]
          : null;
    return id && YOUTUBE_ID.test(id) ? youtube(id, start) : undefined;
  }
  if (host === 'youtu.be') {
    const id = parts[0];
    return id && YOUTUBE_ID.test(id) ? youtube(id, start) : undefined;
  }
  if (host === 'vimeo.com') {
    const [id, hash] = parts;
    return id && /^\d+$/.test(id) ? vimeo(id, hash && /^[0-9a-f]+$/i.test(hash) ? hash : undefined) : undefined;
  }
  if (host === 'player.vimeo.com' && parts[0] === 'video') {
    const id = parts[1];
    const hash = url.searchParams.get('h') ?? undefined;
    return id && /^\d+$/.test(id) ? vimeo(id, hash && /^[0-9a-f]+$/i.test(hash) ? hash : undefined) : undefined;
  }
  return undefined;
}
