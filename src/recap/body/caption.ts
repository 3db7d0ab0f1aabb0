/**
 * Captions and credits of body images. The title of a Markdown image is its caption; a credit follows the
 * last ` | ` (`![Okafor heads in](./photos/goal.jpg "Okafor's header levels it | Jane Doe")`), the same two parts
 * a cover has as `caption` and `credit`.
 */

/** A caption and a credit, each present only when written. */
export interface CaptionParts {
  readonly caption?: string;
  readonly credit?: string;
}

/** Splits an image title into caption and credit. */
export function splitCaption(title: string | null | undefined): CaptionParts {
  if ((title ?? '').trim() === '') return {};
  // Padded, so a title that starts with ` | ` (a credit without a caption) splits too.
  const text = ` ${title ?? ''} `;
  const bar = text.lastIndexOf(' | ');
  const caption = (bar === -1 ? text : text.slice(0, bar)).trim();
  const credit = bar === -1 ? '' : text.slice(bar + 3).trim();
  return { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}
