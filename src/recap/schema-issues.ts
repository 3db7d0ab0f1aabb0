/**
 * Turns zod issues into problems an author can act on: what was found, what was expected,
 * and a hint (a likely typo, a missing quote around a colour).
 */
import type { z } from 'astro/zod';
import { describeValue, formatPath, type FieldPath } from './diagnostics.ts';
import { DEFAULT_HALF_LENGTH, parseMinute, isMinute } from './minute.ts';
import type { Problem } from './rules.ts';
import { EVENT_FIELDS, EVENT_TYPES, frontmatterSchema, kickSchema, matchSchema, type EventType } from './schema.ts';

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
};

/** Converts one zod issue (parsed with `reportInput: true`) into problems, given the raw data. */
export function problemsFromIssue(issue: z.core.$ZodIssue, data: unknown): Problem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const input = 'input' in issue ? issue.input : valueAtPath(data, path);
  const last = path[path.length - 1];

  if (last === 'minute' && path[0] === 'events') {
    if (input === undefined)
      return [
        {
          path: path.slice(0, -1),
          field: path,
          key: true,
          rule: 'required',
          message: '`minute` is missing, expected a minute like 63, or "90+3" for added time',
          hint: 'add `minute:` to the event',
        },
      ];
    const extraTime = valueAtPath(data, ['match', 'extraTime']) === true;
    const parsed = parseMinute(input, extraTime, rawHalfLength(data) ?? DEFAULT_HALF_LENGTH);
    const expected = isMinute(parsed) ? 'a valid minute' : parsed.expected;
    return [
      problem(path, 'minute-range', `found ${describeValue(input)}, expected ${expected}`, isMinute(parsed) ? undefined : parsed.hint),
    ];
  }

  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) {
        return [
          {
            path: path.slice(0, -1),
            field: path,
            key: true,
            rule: 'required',
            message: `\`${String(last)}\` is missing, expected ${expectedType(issue.expected, path)}`,
            hint: requiredHint(path) ?? `add \`${String(last)}:\` here`,
          },
        ];
      }
      const hint =
        input === null && /color$/.test(formatPath(path))
          ? 'quote the colour: `color: "#D11241"` (an unquoted # starts a YAML comment)'
          : input === null
            ? 'the field is empty; give it a value or remove it'
            : typeHint(path, input);
      return [problem(path, 'type', `found ${describeValue(input)}, expected ${expectedType(issue.expected, path)}`, hint)];
    }
    case 'invalid_format':
    case 'custom':
      return [problem(path, 'format', `found ${describeValue(input)}, expected ${issue.message}`, formatHint(path, input))];
    case 'too_small':
    case 'too_big':
      // An empty alt text gets the same hint as a body image without one (src/recap/body/check.ts).
      return [
        problem(
          path,
          'range',
          `found ${describeValue(input)}, expected ${rangeText(issue)}`,
          formatPath(path) === 'cover.alt' ? 'describe what the photo shows, for readers who cannot see it' : undefined,
        ),
      ];
    case 'invalid_value':
      return [
        problem(
          path,
          'enum',
          `found ${describeValue(input)}, expected one of ${issue.values.map((v) => String(v)).join(', ')}`,
          last === 'position'
            ? positionHint(input)
            : formatPath(path) === 'match.leg'
              ? 'write `leg: 1` for the first leg of a two-legged tie and `leg: 2` for the second (see "Recap format" in README.md)'
              : suggest(String(input), issue.values.map(String)),
        ),
      ];
    case 'invalid_union': {
      if (issue.discriminator !== undefined) {
        const found = valueAtPath(data, path);
        if (found === undefined)
          return [{ path: path.slice(0, -1), rule: 'required', message: '`type` is missing, expected one of ' + EVENT_TYPES.join(', ') }];
        return [
          problem(
            path,
            'enum',
            `found ${describeValue(found)}, expected one of ${EVENT_TYPES.join(', ')}`,
            suggest(String(found), EVENT_TYPES),
          ),
        ];
      }
      return [problem(path, 'type', `found ${describeValue(input)}, expected ${issue.message}`)];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownKey(path, key, data));
    default:
      return [problem(path, 'invalid', `found ${describeValue(input)}, expected ${issue.message}`)];
  }
}

/** Detailed positions (ST, CB, CDM…) by the line they play in. */
const POSITION_LINES: Readonly<Record<string, string>> = {
  DF: 'CB LB RB LWB RWB WB SW D DEF',
  MF: 'CM DM CDM AM CAM LM RM M MID',
  FW: 'ST CF LW RW SS F FWD',
  GK: 'G GOALKEEPER KEEPER',
};

/** `ST` → "write FW for a striker…": the four positions are lines, not roles. */
function positionHint(input: unknown): string {
  const text = String(input).trim().toUpperCase();
  const line = Object.entries(POSITION_LINES).find(([, names]) => names.split(' ').includes(text))?.[0];
  return `${line ? `write ${line} for ${String(input)}; ` : ''}a position is the line the player starts in: GK goalkeeper, DF defender, MF midfielder, FW forward`;
}

function problem(path: FieldPath, rule: string, message: string, hint?: string): Problem {
  return hint === undefined ? { path, rule, message } : { path, rule, message, hint };
}

/** What a field holds, in the words of README "Recap format", for fields whose type alone says too little. */
const FIELD_KINDS: Readonly<Record<string, string>> = {
  date: 'a date written YYYY-MM-DD',
  updated: 'a date written YYYY-MM-DD',
  'match.kickoff': 'a date (2023-08-06) or a date-time with an offset (2023-08-06T19:00:00-05:00)',
  'match.score': 'a score written HOME-AWAY, like "2-1"',
  'match.halftime': 'a score written HOME-AWAY, like "1-0"',
  'match.penalties': 'a score written HOME-AWAY, like "5-3"',
  'match.aggregate': 'a score written HOME-AWAY, like "2-2"',
  'match.home.color': 'a quoted hex colour like "#D11241"',
  'match.away.color': 'a quoted hex colour like "#D11241"',
  'match.attendance': 'a whole number, like 20500',
  'match.halfLength': 'a whole number of minutes from 20 to 45, like 25',
  'match.stats.xg': 'two numbers with up to two decimals written HOME-AWAY, like "1.92-2.31"',
  lang: 'a BCP 47 language tag like "en" or "pt-BR"',
  tags: 'a list like [leagues-cup, derby]',
};

function expectedType(expected: string, path: FieldPath): string {
  const last = path[path.length - 1];
  if (last === 'events' || last === 'shootout' || last === 'starting' || last === 'bench') return 'a list of entries starting with `- `';
  const name = formatPath(path);
  if (/^match\.lineups\.(home|away)\.formation$/.test(name)) return 'a formation like "4-4-2": whole numbers 1-6 joined by "-"';
  if (/^match\.stats\.\w+$/.test(name) && FIELD_KINDS[name] === undefined) return 'whole numbers written HOME-AWAY, like "14-11"';
  return FIELD_KINDS[name] ?? TYPE_NAMES[expected] ?? expected;
}

function typeHint(path: FieldPath, input: unknown): string | undefined {
  const name = formatPath(path);
  if (name === 'match.attendance' && typeof input === 'string' && /^[\d\s,.'_]+$/.test(input))
    return 'write the number without separators: `attendance: 20500`';
  if (/score|halftime|penalties|aggregate/.test(name) && typeof input === 'number') return 'write both numbers with a hyphen: `score: 2-1`';
  if (/^match\.stats\./.test(name) && typeof input === 'number')
    return `write both numbers with a hyphen, home first: \`${String(path[path.length - 1])}: 6-4\``;
  if (name === 'date' || name === 'updated') return 'write the date as YYYY-MM-DD, like `date: 2023-08-07`';
  if (/^match\.lineups\.(home|away)\.(starting|bench)\[\d+\]$/.test(name) && (typeof input === 'string' || typeof input === 'number'))
    return `write each player as a mapping: \`- { name: ${String(input)} }\`, with \`number\` and \`position\` when known`;
  return undefined;
}

function rangeText(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  if (issue.origin === 'string') return issue.code === 'too_small' ? 'non-empty text' : issue.message;
  if (issue.code === 'too_small') return `a number of at least ${String(issue.minimum)}`;
  return `a number of at most ${String(issue.maximum)}`;
}

function requiredHint(path: FieldPath): string | undefined {
  const name = formatPath(path);
  if (name === 'match') return 'add a `match:` block with competition, kickoff, home, away and score';
  if (name.endsWith('.name')) return 'teams are written `home: { name: FC Dallas }`';
  return undefined;
}

function formatHint(path: FieldPath, input: unknown): string | undefined {
  const name = formatPath(path);
  if (typeof input === 'string' && /score|halftime|penalties|aggregate/.test(name) && /[–—:]/.test(input))
    return 'use a plain hyphen between the two numbers: "2-1"';
  if (name === 'match.kickoff' && typeof input === 'string' && /T\d{2}:\d{2}(:\d{2})?$/.test(input))
    return 'add the UTC offset of the local time, e.g. 2023-08-06T19:00:00-05:00';
  if (/color$/.test(name) && typeof input === 'string' && /^[0-9a-fA-F]{6}$/.test(input)) return `add the #: "#${input}"`;
  return undefined;
}

/** The object schema at a path of plain fields (through optional, default, pipe and list wrappers), if any. */
function objectSchemaAt(path: FieldPath): Record<string, unknown> | undefined {
  let node: z.core.$ZodType | undefined = frontmatterSchema;
  const unwrap = (type: z.core.$ZodType): z.core.$ZodType => {
    const def = type._zod.def as z.core.$ZodTypeDef & { innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) return unwrap(def.innerType);
    if (def.type === 'pipe' && def.in) return unwrap(def.in);
    return type;
  };
  for (const segment of path) {
    if (!node) return undefined;
    const def = unwrap(node)._zod.def as z.core.$ZodTypeDef & { shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType };
    node =
      typeof segment === 'number'
        ? def.type === 'array'
          ? def.element
          : undefined
        : def.type === 'object'
          ? def.shape?.[segment]
          : undefined;
  }
  if (!node) return undefined;
  const def = unwrap(node)._zod.def as z.core.$ZodTypeDef & { shape?: Record<string, unknown> };
  return def.type === 'object' ? def.shape : undefined;
}

function knownKeys(path: FieldPath, data: unknown): { keys: readonly string[]; where: string } {
  const name = formatPath(path);
  if (name === '') return { keys: Object.keys(frontmatterSchema.shape), where: 'in the frontmatter' };
  if (path[0] === 'shootout') return { keys: Object.keys(kickSchema.shape), where: 'on a shootout kick' };
  if (path[0] === 'events') {
    const type = valueAtPath(data, [...path, 'type']) as EventType;
    const fields = EVENT_FIELDS[type] ?? [];
    return { keys: ['minute', 'type', 'team', 'note', ...fields], where: `on ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} event` };
  }
  if (path[1] === 'lineups' && (path[3] === 'starting' || path[3] === 'bench') && typeof path[4] === 'number')
    return { keys: Object.keys(objectSchemaAt(path) ?? {}), where: 'on a line-up player' };
  return { keys: Object.keys(objectSchemaAt(path) ?? {}), where: `under \`${name}\`` };
}

function unknownKey(path: FieldPath, key: string, data: unknown): Problem {
  const { keys, where } = knownKeys(path, data);
  let hint = suggest(key, keys);
  if (path[0] === 'events' && hint === undefined) {
    const owners = (Object.entries(EVENT_FIELDS) as [EventType, readonly string[]][])
      .filter(([, fields]) => fields.includes(key))
      .map(([type]) => type);
    if (owners.length > 0) hint = `\`${key}\` belongs only on: ${owners.join(', ')}`;
  }
  return {
    path: [...path, key],
    key: true,
    rule: 'unknown-field',
    message: `found unknown field \`${key}\` ${where}, expected one of ${keys.join(', ')}`,
    hint: hint ?? 'remove it, or check the spelling against "Recap format" in README.md',
  };
}

/** "did you mean" for a near miss (edit distance ≤ 2, or a different case). */
export function suggest(found: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const option of options) {
    const d = option.toLowerCase() === found.toLowerCase() ? 0 : distance(found.toLowerCase(), option.toLowerCase());
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  return best === undefined || best === found ? undefined : `did you mean \`${best}\`?`;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length] ?? 0;
}

/** `match.halfLength` of raw data: the default when absent, undefined when it is not a valid half length. */
export function rawHalfLength(data: unknown): number | undefined {
  const value = valueAtPath(data, ['match', 'halfLength']);
  if (value === undefined) return DEFAULT_HALF_LENGTH;
  return matchSchema.shape.halfLength.safeParse(value).success ? (value as number) : undefined;
}

/** Reads a value from plain data by path. */
export function valueAtPath(data: unknown, path: FieldPath): unknown {
  let node: unknown = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}
