/**
 * A fast first parse of a recap's frontmatter. `yaml` (the parser that keeps positions for messages) spends most of a
 * first read building its document: about 1.6 ms of the 2.3 ms a generated recap takes to read. `js-yaml` parses the
 * same text about 13 times faster, but the two parsers differ on the edges of YAML. So this parse is taken only where
 * they give the same data, and otherwise the caller parses with `yaml` as before:
 *
 * - Plain scalars are resolved by `yaml`'s own core-schema tags (null, bool, int, float, in its order), run inside
 *   `js-yaml`: `2024-09-08` stays a string, `0o17` is 15, `1_000` a string, exactly as `yaml` reads them.
 * - Text where the two read differently, or where `yaml` (strict) refuses what `js-yaml` lets through, is not parsed
 *   here (`RISKY`, `riskyLine`): tags, anchors and aliases, block scalars, directives, explicit and merge keys,
 *   tabs, lone carriage returns, flow collections or quoted scalars spread over lines, a collection as a key, a
 *   comment stuck to what it follows, an item's value on the next line.
 * - Keys `yaml` turns into strings differently (a null key is `""` there, `"null"` here) or limits (1,024 characters).
 *
 * Whatever `js-yaml` refuses (duplicate keys, syntax errors) goes to `yaml`, whose messages the author sees. Equal
 * data is tested on every sample recap and on tens of thousands of mutated frontmatters (tests/recap/fast-yaml.test.ts).
 */
import jsyaml from 'js-yaml';
import { isScalar, Schema } from 'yaml';

/** A `yaml` core-schema scalar tag: its test for plain scalars and how it resolves one. */
interface PlainTag {
  readonly test: RegExp;
  readonly resolve: (source: string, onError: (message: string) => void, options: { intAsBigInt: boolean }) => unknown;
}

/** `yaml`'s core-schema scalar tags, in the order it tries them on a plain scalar. */
const PLAIN_TAGS: readonly PlainTag[] = new Schema({ schema: 'core' }).tags.flatMap((tag) =>
  tag.default === true && 'test' in tag && tag.test instanceof RegExp ? [tag as unknown as PlainTag] : [],
);

/** The value `yaml` gives a plain scalar (a string when no tag's test matches). */
function resolvePlain(source: string): unknown {
  const tag = PLAIN_TAGS.find((t) => t.test.test(source));
  if (!tag) return source;
  const value = tag.resolve(
    source,
    (message) => {
      throw new Error(message);
    },
    { intAsBigInt: false },
  );
  return isScalar(value) ? value.value : value;
}

/** `js-yaml` with no types but strings, sequences and mappings, and one implicit type: `yaml`'s plain scalars. */
const SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsyaml.Type('tag:fulltime.local,2026:core-plain-scalar', {
      kind: 'scalar',
      resolve: (data: unknown) => typeof data === 'string' && PLAIN_TAGS.some((t) => t.test.test(data)),
      construct: (data: string) => resolvePlain(data),
    }),
  ],
});

/**
 * Text this parse leaves to `yaml`: a tag, anchor, alias, block scalar, explicit key, directive or reserved character
 * starting a token; a tab; a merge key; `__proto__`; a document marker; an item whose value is on the next line; a
 * flow collection used as a key; a comment stuck to a collection or to a closing quote.
 */
const RISKY = /(?:^|[\s[\]{},])[!&*?|>%@`]|\t|<<|__proto__|^\.\.\.|^---|^ *- *\r?$|[\]}]\s*:|[\]}]#|(?<!(?:^|[:[{,-])\s*)["']#/m;
/** A carriage return not followed by a line feed. */
const LONE_CR = /\r(?!\n)/;
/** A single-quoted scalar starting on a line (after a key, an item dash or in a flow collection). */
const SINGLE_QUOTE_START = /(?:^|[:,[{-])\s*'/;

/** A line that opens a flow collection or a quoted scalar it does not close (spread over lines). */
function riskyLine(line: string): boolean {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  if (depth !== 0) return true;
  if (line.includes('"') && (line.replace(/\\./g, '').match(/"/g) ?? []).length % 2 === 1) return true;
  const single = line.includes("'") ? SINGLE_QUOTE_START.exec(line) : null;
  return single !== null && (line.slice(single.index).match(/'/g) ?? []).length % 2 === 1;
}

/** A key `yaml` would write differently into the data (a null or empty key) or refuse (over 1,024 characters). */
function oddKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(oddKey);
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, inner]) => key === '' || key === 'null' || key.length > 1000 || oddKey(inner));
}

/**
 * The frontmatter as plain data, equal to what `yaml`'s `parseDocument(text, { strict: true, uniqueKeys: true })
 * .toJS()` gives for a mapping without errors; undefined when this parse does not take the text (see above), when
 * `js-yaml` finds an error, or when the frontmatter is not a mapping. The caller then parses with `yaml`.
 */
export function fastFrontmatter(yamlText: string): Record<string, unknown> | undefined {
  if (RISKY.test(yamlText) || LONE_CR.test(yamlText) || yamlText.split('\n').some(riskyLine)) return undefined;
  let data: unknown;
  try {
    data = jsyaml.load(yamlText, { schema: SCHEMA });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || oddKey(data)) return undefined;
  return data as Record<string, unknown>;
}
