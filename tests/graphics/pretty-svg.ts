/**
 * Pretty-prints an SVG string for snapshots a reviewer can read: one element per line, indented by depth;
 * elements holding text (`text`, `title`, `desc`) stay whole on their line, so a changed label is a one-line diff.
 */
const INLINE = new Set(['text', 'title', 'desc']);

/** The SVG with one element per line. */
export function prettySvg(svg: string): string {
  const tokens = svg.split(/(<[^>]+>)/).filter((t) => t !== '');
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const name = /^<([\w:-]+)/.exec(token)?.[1];
    if (token.startsWith('</')) {
      depth--;
      lines.push(`${'  '.repeat(depth)}${token}`);
    } else if (token.startsWith('<?') || token.endsWith('/>') || !name) {
      lines.push(`${'  '.repeat(depth)}${token.trim()}`);
    } else if (INLINE.has(name)) {
      // Everything up to the matching close tag, on one line.
      let inline = token;
      let open = 1;
      while (open > 0 && i + 1 < tokens.length) {
        const next = tokens[++i] as string;
        if (next.startsWith(`<${name}`) && !next.endsWith('/>')) open++;
        if (next === `</${name}>`) open--;
        inline += next;
      }
      lines.push(`${'  '.repeat(depth)}${inline}`);
    } else {
      lines.push(`${'  '.repeat(depth)}${token}`);
      depth++;
    }
  }
  return `${lines.join('\n')}\n`;
}
