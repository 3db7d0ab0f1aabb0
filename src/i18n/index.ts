/**
 * The one translation lookup: every reader-facing string of pages, graphics, cards and feeds comes from a
 * catalogue in `catalogues/`, one file per language (en is the reference). Plain TypeScript, no Astro imports.
 *
 * Adding a language is one file, `catalogues/<tag>.ts`, whose default export maps every key of `en.ts` to its
 * translation: the registry finds it by itself (Vite's `import.meta.glob` inside Astro and vitest, a directory
 * listing in plain Node scripts), and tests/i18n/catalogues.test.ts checks it has every key and placeholder.
 */
import { LRUCache } from 'lru-cache';
import { en } from './catalogues/en.ts';

/** A message key of the reference catalogue, plurals included (`recap.count.one`). */
export type MessageKey = keyof typeof en;
/**
 * A catalogue: the reference catalogue's keys, each translated. Plural keys carry the forms the language
 * needs (`.zero`, `.one`, `.two`, `.few`, `.many`, `.other`, as `Intl.PluralRules` names them), so a
 * catalogue may hold keys the English one does not.
 */
export type Catalogue = Readonly<Record<string, string>>;

/** What a catalogue file exports: the messages as `default` (en.ts also names its export `en`). */
interface CatalogueModule {
  readonly default?: Catalogue;
  readonly [name: string]: Catalogue | undefined;
}

/** Catalogue files by path, found without a list to keep in step. */
function catalogueModules(): Record<string, CatalogueModule> {
  try {
    // Vite (Astro's build and dev server, vitest) replaces this call with the imported modules.
    return import.meta.glob<CatalogueModule>('./catalogues/*.ts', { eager: true });
  } catch {
    // Plain Node (scripts/*.ts) has no import.meta.glob: list the folder and load each file synchronously
    // (Node 24 strips the types and `require` loads ES modules). Builtins are fetched lazily so the module
    // stays importable by a browser bundle.
    const fs = process.getBuiltinModule('node:fs');
    const { createRequire } = process.getBuiltinModule('node:module');
    const require = createRequire(import.meta.url);
    const files = fs
      .readdirSync(new URL('./catalogues/', import.meta.url))
      .filter((name) => /^[A-Za-z]{2,3}(-[A-Za-z0-9]+)*\.ts$/.test(name));
    return Object.fromEntries(files.map((name) => [`./catalogues/${name}`, require(`./catalogues/${name}`) as CatalogueModule]));
  }
}

function loadCatalogues(): Record<string, Catalogue> {
  const found: Record<string, Catalogue> = {};
  for (const [file, module] of Object.entries(catalogueModules())) {
    const lang = file.replace(/^.*\//, '').replace(/\.ts$/, '');
    const messages = module.default ?? module[lang];
    if (messages) found[lang] = messages;
  }
  return { ...found, en };
}

/** Catalogues by language tag (the file name without `.ts`). */
export const CATALOGUES: Readonly<Record<string, Catalogue>> = loadCatalogues();

/** Languages the site can be written in, sorted. */
export const LANGUAGES: readonly string[] = Object.keys(CATALOGUES).sort();

/** Plural-free keys: the base key of `x.one`/`x.other` pairs is what callers pass to `plural`. */
type PluralBase<K> = K extends `${infer Base}.other` ? Base : never;
/** A key that takes a count. */
export type PluralKey = PluralBase<MessageKey>;

/** Values for a message's `{placeholders}`. */
export type Vars = Readonly<Record<string, string | number>>;

/**
 * The catalogue language for a BCP 47 tag: the exact tag, else its primary language (`pt-BR` → `pt`),
 * case-insensitively; undefined when the site has no translation for it.
 */
export function resolveLanguage(tag: string): string | undefined {
  const lower = tag.trim().toLowerCase();
  const exact = LANGUAGES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const primary = lower.split('-')[0] ?? '';
  return LANGUAGES.find((l) => l.toLowerCase() === primary);
}

/** Scripts written right to left, for engines without `Intl.Locale#getTextInfo`. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** `rtl` for languages written right to left (ar, he, fa, ur…), else `ltr`. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction) return info.direction === 'rtl' ? 'rtl' : 'ltr';
    return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** Translates keys for one language. */
export interface Translator {
  /** The catalogue language. */
  readonly lang: string;
  /** Writing direction of the language. */
  readonly dir: 'ltr' | 'rtl';
  /** The message for `key` with `{placeholders}` filled in (numbers formatted for the language). */
  (key: MessageKey, vars?: Vars): string;
  /** The plural form of `key` for `count` (`{count}` is filled in too). */
  plural(key: PluralKey, count: number, vars?: Vars): string;
  /** A number formatted for the language (always Western digits: see `NUMBERING`). */
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /** Items joined with the language's list separator (`a, b, c`; `a、b、c`; `a، b، c`). */
  list(items: readonly string[]): string;
  /** A `YYYY-MM-DD` date in the language, without time-zone shifts. */
  date(date: string, style?: 'long' | 'medium'): string;
  /** What `list` puts between two items (`, `; `、`; `، `), for lists whose items carry markup. */
  readonly separator: string;
}

/**
 * Digits on every page, graphic and card are Western (0-9), Arabic included: scores and minutes are written
 * that way across Arabic football media, and it keeps pages, timelines and cards alike.
 */
export const NUMBERING = 'latn';

// Creating an Intl formatter costs ~100 times more than formatting with one; a build formats on every page.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

// A site has a few thousand match days, each written on many pages (lists, hubs, player tables): each once per style.
const formattedDates = new LRUCache<string, string>({ max: 20_000 });

/** Formats `YYYY-MM-DD` as a date in the language, without time-zone shifts. */
export function formatDate(date: string, lang: string, style: 'long' | 'medium' = 'long'): string {
  const key = `${lang}|${style}|${date}`;
  const known = formattedDates.get(key);
  if (known !== undefined) return known;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  let format = dateFormats.get(`${lang}|${style}`);
  if (!format)
    dateFormats.set(
      `${lang}|${style}`,
      (format = new Intl.DateTimeFormat(lang, { dateStyle: style, timeZone: 'UTC', numberingSystem: NUMBERING })),
    );
  const text = format.format(new Date(Date.UTC(y, m - 1, d)));
  formattedDates.set(key, text);
  return text;
}

const translators = new Map<string, Translator>();

/** The translator for a language (any tag `resolveLanguage` accepts; unknown tags fall back to English). */
export function translator(tag: string): Translator {
  const lang = resolveLanguage(tag) ?? 'en';
  const cached = translators.get(lang);
  if (cached) return cached;
  const catalogue: Catalogue = CATALOGUES[lang] ?? en;
  const reference: Catalogue = en;
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang, { numberingSystem: NUMBERING });
  // Minutes, counts and scores are small whole numbers, formatted thousands of times a build: each once.
  const small: string[] = [];
  const plain = (n: number) => (Number.isInteger(n) && n >= 0 && n < 1000 ? (small[n] ??= numbers.format(n)) : numbers.format(n));
  const number = (n: number, options?: Intl.NumberFormatOptions) =>
    options ? new Intl.NumberFormat(lang, { numberingSystem: NUMBERING, ...options }).format(n) : plain(n);
  const format = (value: string | number) => (typeof value === 'number' ? plain(value) : value);
  // Each message split once at its placeholders (text, name, text, name, …, text), then filled by joining.
  const split = new Map<string, readonly string[]>();
  const fill = (text: string, vars: Vars | undefined) => {
    if (!vars) return text;
    let parts = split.get(text);
    if (!parts) split.set(text, (parts = text.split(/\{(\w+)\}/)));
    let out = parts[0] as string;
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i] as string;
      out += (name in vars ? format(vars[name] as string | number) : `{${name}}`) + (parts[i + 1] as string);
    }
    return out;
  };
  const lookup = (key: string): string => catalogue[key] ?? reference[key] ?? key;
  const t = ((key: MessageKey, vars?: Vars) => fill(lookup(key), vars)) as Translator;
  t.plural = (key, count, vars) => {
    const form = `${key}.${rules.select(count)}`;
    const text = catalogue[form] ?? lookup(`${key}.other`);
    return fill(text, { count, ...vars });
  };
  t.number = number;
  // Intl.ListFormat puts "and" into Arabic lists and spaces into Japanese ones; the catalogue says what separates items.
  const separator = lookup('list.separator');
  t.list = (items) => items.join(separator);
  t.date = (date, style = 'long') => formatDate(date, lang, style);
  Object.defineProperty(t, 'separator', { value: separator });
  Object.defineProperty(t, 'lang', { value: lang });
  Object.defineProperty(t, 'dir', { value: textDirection(lang) });
  translators.set(lang, t);
  return t;
}
