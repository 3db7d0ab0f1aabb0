/** Whether a path lies in a folder. */
import path from 'node:path';

/**
 * Whether `child` is `parent` or lies inside it (both absolute, or both relative to the same folder). A name that
 * only starts with two dots (`..drafts`) is inside; a path on another drive (Windows) is not.
 */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  if (relative === '') return true;
  const up = relative === '..' || relative.startsWith(`..${path.sep}`);
  return !up && !path.isAbsolute(relative);
}
