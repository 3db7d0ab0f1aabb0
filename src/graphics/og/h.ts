/**
 * Tiny builders for the element trees satori reads (React-element-shaped plain objects), so card templates
 * are short typed functions instead of JSX or large object literals. Trees are plain JSON: the card's cache
 * key hashes them.
 */

/** A CSS style as satori reads it. */
export type Style = Readonly<Record<string, string | number>>;

/** A node of the tree: an element or a text string. */
export type OgChild = OgElement | string;

/** An element as satori reads it (the shape of a React element). */
export interface OgElement {
  readonly type: 'div' | 'img';
  readonly props: { readonly style: Style; readonly children?: OgChild | readonly OgChild[]; readonly src?: string };
}

/** Empty values and `false` let templates write `cond && node` inline. */
export type MaybeChild = OgChild | false | null | undefined;

function compact(children: readonly MaybeChild[]): OgChild[] {
  return children.filter((c): c is OgChild => c !== false && c !== null && c !== undefined && c !== '');
}

/** A flex box (satori needs `display: flex` on every element with more than one child). */
export function box(style: Style, ...children: MaybeChild[]): OgElement {
  const kids = compact(children);
  return {
    type: 'div',
    props: { style: { display: 'flex', boxSizing: 'border-box', ...style }, ...(kids.length > 0 ? { children: kids } : {}) },
  };
}

/** A single run of text: satori wraps it at the box's width. */
export function text(style: Style, content: string): OgElement {
  return { type: 'div', props: { style: { display: 'flex', ...style }, children: content } };
}

/** Every text string in a tree with the font weight it is drawn at (weights inherit down the tree). */
export function textsOf(node: OgChild, weight = 400): { text: string; weight: number }[] {
  if (typeof node === 'string') return [{ text: node, weight }];
  const w = Number(node.props.style['fontWeight'] ?? weight);
  const kids = node.props.children;
  if (kids === undefined) return [];
  const list: readonly OgChild[] = Array.isArray(kids) ? kids : [kids as OgChild];
  return list.flatMap((child) => textsOf(child, w));
}
