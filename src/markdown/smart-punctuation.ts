/**
 * Smart punctuation for recap bodies: straight quotes become curly ones, `--` an em dash, `...` (or `. . .`) an
 * ellipsis, ``` `` ``` and `''` double quotes. The typography is retext-smartypants' own; this remark plugin only
 * feeds it the text, exactly as remark-smartypants (which Astro runs for `smartypants: true`, its default) does, so
 * the HTML is the same byte for byte (tests/markdown/smart-punctuation.test.ts compares the two), for less work:
 *
 * - The text of every `text` and `inlineCode` node, in document order, is joined into one string (inline code becomes as
 *   many `A`s as it has characters, and a space before each paragraph, heading and table cell, so a quote at the
 *   start of a block opens), and quotes are settled on that string at once: a quote beside a link or emphasis
 *   pairs with the one across it. Quotes replace one character with one, so each node's stretch is cut back out
 *   by its length. This pass runs only when the text holds a `'` or `"` at all, and retext-smartypants walks only
 *   the parts of the parsed text that hold one (`settleQuotes`).
 * - Dashes, ellipses and backtick quotes change the length, so they are settled on each text node's stretch
 *   alone, and only on a stretch holding what they could change (`SETTLED_APART`); remark-smartypants parses
 *   every text node again, most of which hold none of it.
 *
 * MDX elements (whose `<style>` and `<script>` remark-smartypants leaves alone) do not occur: recaps are plain
 * Markdown with GFM.
 */
import type { Nodes, Parent, Root } from 'mdast';
import type { Nodes as TextNodes, Parents as TextParents, Root as TextRoot } from 'nlcst';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';

/** retext's parser and serialiser (parse-latin, nlcst-to-string), for the quotes pass. */
const sentences = retext();

/** retext-smartypants' transform with quotes only (the others change the text's length, which the first pass must not). */
const curlQuotes = retextSmartypants({ ellipses: false, dashes: false, backticks: false });

/** Everything but quotes: dashes, ellipses and backtick quotes, with retext-smartypants' defaults. */
const apart = retext().use(retextSmartypants, { quotes: false }).freeze();

/**
 * What `apart` can change at all: `--` (a dash), ``` `` ``` and `''` (quotes), and dots with nothing but white
 * space between (`...`, `. . .`; U+0085 is white space to retext's parser, not to `\s`). A stretch without any of
 * these comes back unchanged, so it is not parsed; the tests check that no stretch this leaves out would change.
 */
export const SETTLED_APART = /--|``|''|\.[\s\u0085]*\./;

const isQuote = (node: TextNodes) =>
  (node.type === 'PunctuationNode' || node.type === 'SymbolNode') && (node.value === '"' || node.value === "'");

function holdsQuote(node: TextNodes): boolean {
  return 'value' in node ? node.value.includes('"') || node.value.includes("'") : node.children.some(holdsQuote);
}

/**
 * Curls the quotes under `node` as retext-smartypants curls them on the whole tree, walking only the parts that
 * hold one. With quotes only, its one rule changes a node whose value is one `"` or `'` (and the quote after it),
 * from what lies beside it in its parent (the nodes before and after it, two after it, and the text of the one
 * after it), and removes nothing; so a part without such a node is left as it is, and a parent with one is handed
 * to it whole, in the order its walk of the whole tree would take.
 */
function settleQuotes(node: TextParents): void {
  if (node.children.some(isQuote)) {
    // Walked as part of the whole tree would be: a sentence's or word's own parent is never read.
    curlQuotes(node as TextRoot);
    return;
  }
  for (const child of node.children) if ('children' in child && holdsQuote(child)) settleQuotes(child);
}

/** `text` with its quotes curled, as retext-smartypants with quotes only curls them; the same length. */
export function curlQuotesIn(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  const tree = sentences.parse(text);
  settleQuotes(tree);
  return sentences.stringify(tree);
}

/** Nodes whose text starts afresh: each adds a space to the joined text. */
const BLOCKS = new Set<string>(['paragraph', 'heading', 'tableCell']);

/** The joined text, and where each `text` node's stretch of it starts (inline code and block spaces take part unchanged). */
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
    const text = curlQuotesIn(joined.text);
    for (const { node, start } of joined.texts) {
      const stretch = text.slice(start, start + node.value.length);
      node.value = SETTLED_APART.test(stretch) ? String(apart.processSync(stretch)) : stretch;
    }
  };
}
