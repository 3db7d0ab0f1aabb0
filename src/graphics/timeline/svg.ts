/**
 * A tiny SVG writer: escaped text, attributes in the order given, numbers rounded to two decimals, so
 * the same layout always prints the same bytes.
 */

/** An attribute value; `undefined` and `false` leave the attribute out. */
export type AttrValue = string | number | undefined | false;

/** Attributes in output order. */
export type Attrs = Readonly<Record<string, AttrValue>>;

// XML 1.0 forbids most C0 controls even as character references; a name pasted with one must not break the file.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// Anything escapeXml changes: markup characters, forbidden controls, and surrogates (a lone one is made well-formed).
const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes text for element content and attribute values (`&`, `<`, `>`, quotes) and drops characters XML forbids. */
export function escapeXml(text: string): string {
  // Most values (colours, ids, plain names) need nothing: one scan instead of seven passes, for tens of thousands a build.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .toWellFormed()
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Formats a coordinate: at most two decimals, no trailing zeros, never `-0`. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function attrs(list: Attrs): string {
  let out = '';
  // for…in rather than Object.entries: the same order, without an array per attribute (a build writes millions).
  for (const name in list) {
    const value = list[name];
    if (value === undefined || value === false) continue;
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return out;
}

/** An element with already-serialised children (self-closing when it has none). */
export function el(name: string, attributes: Attrs = {}, ...children: readonly string[]): string {
  const inner = children.join('');
  return inner === '' ? `<${name}${attrs(attributes)}/>` : `<${name}${attrs(attributes)}>${inner}</${name}>`;
}

/** An element holding escaped text. */
export function textEl(name: string, attributes: Attrs, text: string): string {
  return `<${name}${attrs(attributes)}>${escapeXml(text)}</${name}>`;
}

/** A `<title>` for tooltips and accessible names. */
export function title(text: string, id?: string): string {
  return textEl('title', { id }, text);
}
