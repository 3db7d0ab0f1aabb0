/**
 * Smart punctuation for recap bodies: straight quotes become curly ones, `--` an em dash, `...` (or `. . .`) an
 * ellipsis, ``` `` ``` and `''` double quotes. The typography is retext-smartypants' own; this remark plugin only
 * feeds it the text, exactly as remark-smartypants (which Astro runs for `smartypants: true`, its default) does, so
 * the HTML is the same byte for byte (tests/markdown/smart-punctuation.test.ts compares the two), for less work:
 *
 * - The text of every `text` and `inlineCode` node, in document order, is joined into one string (inline code as as
 *   many `A`s as it has characters, and a space before each paragraph, heading and table cell, so a quote at the
 *   start of a block opens), and quotes are settled on that string at once: a quote beside a link or emphasis
 *   pairs with the one across it. Quotes replace one character with one, so each node's stretch is cut back out
 *   by its length. This pass runs only when the text holds a `'` or `"` at all (otherwise it changes nothing).
 * - Dashes, ellipses and backtick quotes change the length, so they are settled on each text node's stretch
 *   alone, and only on a stretch holding what they could change (`SETTLED_APART`); remark-smartypants parses
 *   every text node again, most of which hold none of it.
 *
 * MDX elements (whose `<style>` and `<script>` remark-smartypants leaves alone) do not occur: recaps are plain
 * Markdown with GFM.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';

/** Quotes only (the others change the text's length, which the first pass must not). */
const quotes = retext().use(retextSmartypants, { ellipses: false, dashes: false, backticks: false }).freeze();

/** Everything but quotes: dashes, ellipses and backtick quotes, with retext-smartypants' defaults. */
const apart = retext().use(retextSmartypants, { quotes: false }).freeze();

/**
 * What `apart` can change at all: `--` (a dash), ``` `` ``` and `''` (quotes), and dots with nothing but white
 * space between (`...`, `. . .`; U+0085 is white space to retext's parser, not to `\s`). A stretch without any of
 * these comes back unchanged, so it is not parsed; the tests check that no stretch this leaves out would change.
 */
export const SETTLED_APART = /--|``|''|\.[\s\u0085]*\./;

/** Nodes whose text starts afresh: each adds a space to the joined text. */
const BLOCKS = new Set<string>(['paragraph', 'heading', 'tableCell']);

/** The literal nodes whose text takes part, in document order, and the blocks, as the joined text is built. */
interface Joined {
  text: string;
  readonly texts: { node: { value: string }; start: number }[];
}

function join(parent: Parent, joined: Joined): void {
  for (const node of parent.children as Nodes[]) {
    if (node.type === 'text') {
      joined.texts.push({ node, start: joined.text.length });
      joined.text += node.value;
    } else if (node.type === 'inlineCode') {
      joined.text += 'A'.repeat(node.value.length);
    } else if (BLOCKS.has(node.type)) {
      joined.text += ' ';
    }
    if ('children' in node) join(node, joined);
  }
}

/** The remark plugin (no options: retext-smartypants' defaults, as Astro's `smartypants: true`). */
export function remarkSmartPunctuation() {
  return (tree: Root): void => {
    const joined: Joined = { text: '', texts: [] };
    join(tree, joined);
    const text = /["']/.test(joined.text) ? String(quotes.processSync(joined.text)) : joined.text;
    for (const { node, start } of joined.texts) {
      const stretch = text.slice(start, start + node.value.length);
      node.value = SETTLED_APART.test(stretch) ? String(apart.processSync(stretch)) : stretch;
    }
  };
}
