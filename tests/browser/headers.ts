/**
 * Reads a Netlify / Cloudflare Pages `_headers` file and answers which headers a path gets, so the browser
 * tests serve the site with the same Content-Security-Policy and caching it is deployed with.
 *
 * Format: a line starting at column 0 is a path pattern (`*` matches any run of characters, `:name` one
 * segment); the indented `Name: value` lines under it are its headers; `! Name` (Cloudflare) removes a header
 * set by an earlier rule; `#` starts a comment. Every matching rule applies, in file order; a header set by
 * two rules gets both values joined by ", " (what both hosts do).
 */

/** One rule of a `_headers` file. */
export interface HeaderRule {
  readonly pattern: string;
  readonly headers: readonly (readonly [name: string, value: string])[];
  readonly detach: readonly string[];
  /** 1-based line of the pattern, for messages. */
  readonly line: number;
}

/** Parses `_headers` text into rules; a header line before any pattern is an error naming its line. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: [string, string][]; detach: string[]; line: number }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [], detach: [], line: i + 1 });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers:${i + 1}: found a header line before any path pattern`);
    const body = line.trim();
    if (body.startsWith('!')) {
      rule.detach.push(body.slice(1).trim().toLowerCase());
      return;
    }
    const colon = body.indexOf(':');
    if (colon <= 0) throw new Error(`_headers:${i + 1}: found "${body}", expected "Name: value"`);
    rule.headers.push([body.slice(0, colon).trim(), body.slice(colon + 1).trim()]);
  });
  return rules;
}

/** True when a URL path matches a `_headers` pattern (host-qualified patterns are matched on their path). */
export function matchesPattern(pattern: string, pathname: string): boolean {
  const pathPattern = pattern.replace(/^https?:\/\/[^/]+/, '');
  const source = pathPattern
    .split(/(\*|:[A-Za-z_]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(pathname);
}

/** The headers a path gets from every matching rule, in order; names keep the spelling of their first rule. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const out = new Map<string, { name: string; value: string }>();
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, pathname)) continue;
    for (const name of rule.detach) out.delete(name);
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const earlier = out.get(key);
      out.set(key, earlier ? { name: earlier.name, value: `${earlier.value}, ${value}` } : { name, value });
    }
  }
  return new Map([...out.values()].map(({ name, value }) => [name, value]));
}
