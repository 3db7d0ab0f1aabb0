/** Whether a path lies in a folder. */
import path from 'node:path';

/** Whether `child` is `parent` or lies inside it (both absolute, or both relative to the same folder). */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
