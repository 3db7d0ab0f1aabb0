/**
 * Fields of the data that no recap field carries, found by walking the data itself: an importer says which
 * paths it used, and everything else that holds a value is reported, so nothing is dropped in silence
 * (a field a data provider adds tomorrow shows up too).
 */
import type { NotCarried } from './model.ts';

/**
 * Paths under `value` that hold data but are not covered by `used`, each reported at the highest level whose
 * whole content is unused (`players`, not its 40 leaves). Paths write array items as `[]`: `events[].team.logo`.
 * A used path covers everything below it. `null`, empty strings, empty arrays and empty objects hold nothing.
 */
export function unusedPaths(value: unknown, used: Iterable<string>): string[] {
  const covered = new Set(used);
  const isUsed = (path: string): boolean => {
    for (let p = path; p !== ''; p = parentOf(p)) if (covered.has(p)) return true;
    return false;
  };
  const found = new Set<string>();
  walk(value, '', isUsed, found);
  return [...found];
}

/** What a walk found below one node. */
interface Walked {
  /** Some value below is used. */
  readonly used: boolean;
  /** Some value below holds data. */
  readonly data: boolean;
  /** Unused paths below, when some of the node is used. */
  readonly unused: readonly string[];
}

function walk(value: unknown, path: string, isUsed: (path: string) => boolean, found: Set<string>): void {
  const result = visit(value, path, isUsed);
  for (const p of result.unused) found.add(p);
  // Nothing used at all: report each top-level field that holds data rather than one nameless path.
  if (!result.used && result.data && typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) if (visit(item, key, isUsed).data) found.add(Array.isArray(value) ? `${path}[]` : key);
}

function visit(value: unknown, path: string, isUsed: (path: string) => boolean): Walked {
  if (path !== '' && isUsed(path)) return { used: true, data: true, unused: [] };
  if (value === null || value === undefined || value === '') return { used: false, data: false, unused: [] };
  const children: [string, unknown][] = Array.isArray(value)
    ? value.map((item): [string, unknown] => [`${path}[]`, item])
    : typeof value === 'object'
      ? Object.entries(value).map(([key, item]): [string, unknown] => [path === '' ? key : `${path}.${key}`, item])
      : [];
  if (children.length === 0) return { used: false, data: typeof value !== 'object', unused: [] };
  const results = children.map(([p, item]) => ({ path: p, ...visit(item, p, isUsed) }));
  const used = results.some((r) => r.used);
  const data = results.some((r) => r.data);
  if (!used) return { used: false, data, unused: [] };
  const unused = new Set<string>();
  for (const r of results) {
    if (r.used) for (const p of r.unused) unused.add(p);
    else if (r.data) unused.add(r.path);
  }
  return { used: true, data, unused: [...unused] };
}

/** `a.b[].c` → `a.b[]` → `a.b` → `a` → ``. */
function parentOf(path: string): string {
  if (path.endsWith('[]')) return path.slice(0, -2);
  const dot = path.lastIndexOf('.');
  return dot === -1 ? '' : path.slice(0, dot);
}

/** The explicit entries of one match (with their reasons), then its other unused paths. */
export function withUnused(explicit: readonly NotCarried[], value: unknown, used: Iterable<string>): NotCarried[] {
  const named = new Set(explicit.map((item) => item.field));
  return [
    ...explicit,
    ...unusedPaths(value, used)
      .filter((field) => !named.has(field))
      .map((field) => ({ field })),
  ];
}

/** One line of the report: a field and in how many matches the data held it. */
export interface NotCarriedCount extends NotCarried {
  readonly matches: number;
}

/** Counts each not-carried field over the matches, in first-seen order. */
export function countNotCarried(lists: readonly (readonly NotCarried[])[]): NotCarriedCount[] {
  const counts = new Map<string, NotCarriedCount>();
  for (const list of lists) {
    const seen = new Set<string>();
    for (const item of list) {
      const key = `${item.field}\u0000${item.why ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const known = counts.get(key);
      counts.set(key, { ...item, matches: (known?.matches ?? 0) + 1 });
    }
  }
  return [...counts.values()];
}
