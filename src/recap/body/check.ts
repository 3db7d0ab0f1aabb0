/**
 * The body and image check of a collection, run by the content reader (src/site/load.ts) after the per-file
 * validation: raw HTML and link URLs the site's Content-Security-Policy would block, and every image (cover and
 * body) that is remote, missing, not an image, does not decode or has no alt text. Each problem is positioned in
 * the recap file the author edits, so `npm run check`, the build and the dev overlay print the same words.
 * Valid recaps come back with their `images` (file, hash, size) filled in.
 */
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import type { Recap, RecapImage } from '../model.ts';
import { diagnosticAt, locate, positionAt, type RecapSource } from '../source.ts';
import { checkImage, resolveImagePath, type ImageProblem } from './media.ts';
import { mayNeedScan, scanBody, type BodyImage } from './scan.ts';

/** The field path shown for problems in the Markdown body. */
export const BODY_PATH = 'body';

/** What the check found: problems, and the checked images of every recap without problems. */
export interface MediaCheck {
  readonly diagnostics: readonly Diagnostic[];
  /** Images by recap slug (only recaps that show any and passed). */
  readonly images: ReadonlyMap<string, readonly RecapImage[]>;
}

/** A problem before it is positioned: at a body offset, or at a frontmatter field. */
type Pending =
  | { readonly at: 'body'; readonly offset: number; readonly length: number; readonly problem: ImageProblem }
  | { readonly at: 'field'; readonly path: readonly (string | number)[]; readonly problem: ImageProblem };

const ALT_HINT = 'describe what the photo shows, for readers who cannot see it';

/**
 * Checks the bodies and images of `recaps`; `displayRoot` is the base `Recap.file` is relative to, and `sources`
 * holds each recap's parsed file as the reader read it (by `Recap.file`), so problems are positioned without going
 * back to disk.
 */
export async function checkRecapMedia(
  recaps: readonly Recap[],
  displayRoot: string,
  sources: ReadonlyMap<string, RecapSource>,
): Promise<MediaCheck> {
  const diagnostics: Diagnostic[] = [];
  const images = new Map<string, readonly RecapImage[]>();
  await Promise.all(
    recaps.map(async (recap) => {
      const result = await checkOne(recap, displayRoot, sources);
      diagnostics.push(...result.diagnostics);
      if (result.diagnostics.length === 0 && result.images.length > 0) images.set(recap.slug, result.images);
    }),
  );
  return { diagnostics, images };
}

async function checkOne(
  recap: Recap,
  displayRoot: string,
  sources: ReadonlyMap<string, RecapSource>,
): Promise<{ diagnostics: Diagnostic[]; images: RecapImage[] }> {
  if (!recap.cover && !mayNeedScan(recap.body)) return { diagnostics: [], images: [] };
  const recapAbsolute = path.resolve(displayRoot, recap.file);
  const pending: Pending[] = [];
  const images: RecapImage[] = [];
  const seen = new Set<string>();
  const image = async (src: string, onProblem: (problem: ImageProblem) => void) => {
    const absolute = resolveImagePath(recapAbsolute, src);
    const shown = path.relative(displayRoot, absolute).split(path.sep).join('/');
    const checked = await checkImage(absolute, src, shown);
    if (!checked.ok) return onProblem(checked.problem);
    if (seen.has(src)) return;
    seen.add(src);
    const { hash, width, height } = checked.image;
    images.push({ src, file: shown, absolute, hash, width, height });
  };
  if (recap.cover) await image(recap.cover.src, (problem) => pending.push({ at: 'field', path: ['cover', 'src'], problem }));
  const scan = scanBody(recap.body);
  for (const p of scan.problems) {
    pending.push({ at: 'body', offset: p.offset, length: p.length, problem: p });
  }
  const bodyImages: BodyImage[] = [...scan.images];
  for (const img of bodyImages) {
    if (img.alt.trim() === '') {
      pending.push({
        at: 'body',
        offset: img.nodeOffset,
        length: img.nodeLength,
        problem: {
          rule: 'image-alt',
          message: `found an image without alt text, expected a description between the brackets: ![…](${img.src})`,
          hint: ALT_HINT,
        },
      });
    }
  }
  // In the order written, so the images list follows the page.
  for (const img of bodyImages) {
    await image(img.src, (problem) => pending.push({ at: 'body', offset: img.offset, length: img.length, problem }));
  }
  if (pending.length === 0) return { diagnostics: [], images };
  const source = sources.get(recap.file);
  if (!source) throw new Error(`checkRecapMedia: no source for ${recap.file}`);
  return { diagnostics: position(recap, source, pending), images: [] };
}

/** Positions the problems of one recap in its file, as the reader parsed it. */
function position(recap: Recap, source: RecapSource, pending: readonly Pending[]): Diagnostic[] {
  const bodyStart = source.text.length - source.body.length;
  return pending.map((p) => {
    const fields = { rule: p.problem.rule, message: p.problem.message, hint: p.problem.hint };
    if (p.at === 'field') return diagnosticAt(locate(source, p.path), { ...fields, path: p.path.join('.') });
    const pos = positionAt(recap.file, source.text, source.lineStarts, bodyStart + p.offset, p.length);
    return diagnosticAt(pos, { ...fields, path: BODY_PATH });
  });
}

/** The recap with its checked images (unchanged when it shows none). */
export function withImages(recap: Recap, images: readonly RecapImage[] | undefined): Recap {
  return images && images.length > 0 ? { ...recap, images } : recap;
}
