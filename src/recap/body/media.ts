/**
 * Local image files of recaps (cover and body): where a path written in a recap points, whether the file is
 * there and decodes, its size in pixels and a hash of its bytes (page and card cache keys include it, so a
 * replaced photo re-renders exactly the pages and cards that show it). Builds never touch the network, so a
 * remote URL is a problem too. Decoding is cached per file version for the life of the process (`npm run dev`
 * checks again only what changed on disk).
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

/** Extensions Astro's image pipeline takes as input and turns into AVIF and WebP (no SVG: it is not a photo). */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tiff', 'tif'] as const;

/** What a recap may write where an image goes, as words for messages. */
const KINDS = 'a JPEG, PNG, WebP, AVIF, GIF or TIFF file';

/** A checked local image. */
export interface ImageFile {
  /** Absolute path. */
  readonly absolute: string;
  /** SHA-256 of the bytes, hex, first 16 digits. */
  readonly hash: string;
  readonly width: number;
  readonly height: number;
}

/** A problem with an image path, without a position (the caller knows where the path is written). */
export interface ImageProblem {
  readonly rule: string;
  readonly message: string;
  readonly hint?: string;
}

/** Either the checked file or what is wrong. */
export type ImageCheck = { readonly ok: true; readonly image: ImageFile } | { readonly ok: false; readonly problem: ImageProblem };

function quoted(src: string): string {
  return JSON.stringify(src.length > 60 ? `${src.slice(0, 57)}...` : src);
}

/** Problems a path has before any file is looked at: remote, data:, absolute, not an image type. */
export function pathProblem(src: string): ImageProblem | undefined {
  const trimmed = src.trim();
  if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(trimmed) || /^(https?|ftp):/i.test(trimmed)) {
    return {
      rule: 'image-remote',
      message: `found the remote image ${quoted(src)}, expected a local image file`,
      hint: `builds never download anything: save the picture beside the recap (for example in a photos/ folder next to it) and write its path, like ./photos/${remoteName(trimmed)}`,
    };
  }
  if (/^data:/i.test(trimmed)) {
    return {
      rule: 'image-remote',
      message: `found a data: URL ${quoted(src)}, expected a local image file`,
      hint: 'save the picture as a file beside the recap (for example in a photos/ folder next to it) and write its path, like ./photos/name.jpg',
    };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^[a-z]:[\\/]/i.test(trimmed)) {
    return {
      rule: 'image-remote',
      message: `found ${quoted(src)}, expected a local image file`,
      hint: 'save the picture beside the recap (for example in a photos/ folder next to it) and write its path, like ./photos/name.jpg',
    };
  }
  if (trimmed.startsWith('/') || path.isAbsolute(trimmed)) {
    return {
      rule: 'image-path',
      message: `found the absolute path ${quoted(src)}, expected a path relative to the recap file`,
      hint: 'write the path from the recap file, like ./photos/name.jpg or ../photos/name.jpg',
    };
  }
  const ext = path
    .extname(trimmed.split(/[?#]/)[0] ?? '')
    .slice(1)
    .toLowerCase();
  if (!(IMAGE_EXTENSIONS as readonly string[]).includes(ext)) {
    return {
      rule: 'image-type',
      message: `found ${quoted(src)}, expected ${KINDS}`,
      hint:
        ext === 'svg'
          ? 'photos go through the image pipeline, which takes no SVG: export it as PNG'
          : 'export the picture as JPEG (photos) or PNG (graphics)',
    };
  }
  return undefined;
}

function remoteName(url: string): string {
  const last = url.split(/[?#]/)[0]?.split('/').pop() ?? '';
  return /\.[a-z]{3,4}$/i.test(last) ? last : 'name.jpg';
}

/** Absolute path of an image written in a recap: relative to the recap file, `%20` and friends decoded. */
export function resolveImagePath(recapAbsolute: string, src: string): string {
  let decoded = src.trim();
  try {
    decoded = decodeURI(decoded);
  } catch {
    // A stray % is taken literally.
  }
  return path.resolve(path.dirname(recapAbsolute), decoded);
}

interface Cached {
  readonly size: number;
  readonly mtimeMs: number;
  readonly check: Promise<ImageCheck>;
}

const CACHE = Symbol.for('fulltime.image-checks');

function cache(): Map<string, Cached> {
  const holder = globalThis as { [CACHE]?: Map<string, Cached> };
  return (holder[CACHE] ??= new Map());
}

/**
 * Checks a path written in a recap: the file exists and decodes. `shown` is the path to name in messages
 * (relative to where messages are read from).
 */
export async function checkImage(absolute: string, src: string, shown: string): Promise<ImageCheck> {
  const early = pathProblem(src);
  if (early) return { ok: false, problem: early };
  let info;
  try {
    info = await stat(absolute);
  } catch {
    info = undefined;
  }
  if (!info || !info.isFile()) {
    return {
      ok: false,
      problem: {
        rule: 'image-missing',
        message: `found ${quoted(src)}, but there is no file ${shown}`,
        hint: 'check the spelling and the folder: image paths are relative to the recap file',
      },
    };
  }
  const hit = cache().get(absolute);
  if (hit && hit.size === info.size && hit.mtimeMs === info.mtimeMs) return hit.check;
  const check = decode(absolute, src);
  cache().set(absolute, { size: info.size, mtimeMs: info.mtimeMs, check });
  return check;
}

async function decode(absolute: string, src: string): Promise<ImageCheck> {
  const bytes = await readFile(absolute);
  try {
    const image = sharp(bytes, { failOn: 'warning' });
    const meta = await image.metadata();
    // A full decode at a small size (JPEG shrinks on load, so this is quick) finds truncated and damaged files.
    await image.resize(64, 64, { fit: 'inside' }).raw().toBuffer();
    const rotated = (meta.orientation ?? 1) >= 5;
    const width = rotated ? meta.height : meta.width;
    const height = rotated ? meta.width : meta.height;
    return {
      ok: true,
      image: { absolute, hash: createHash('sha256').update(bytes).digest('hex').slice(0, 16), width, height },
    };
  } catch (error) {
    const reason =
      (error instanceof Error ? error.message : String(error))
        .split('\n')[0]
        ?.replace(/^Input buffer /, '')
        .trim() ?? '';
    return {
      ok: false,
      problem: {
        rule: 'image-decode',
        message: `found ${quoted(src)}, which does not decode as an image (${reason || 'unreadable'}), expected ${KINDS}`,
        hint: 'the file may be damaged or only partly copied: export or copy it again',
      },
    };
  }
}
