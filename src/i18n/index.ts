/**
 * The one translation lookup: every reader-facing string of pages, graphics, cards and feeds comes from a
 * catalogue in `catalogues/`, one file per language (en is the reference). Plain TypeScript, no Astro imports.
 */
import { en } from './catalogues/en.ts';

/** A message key of the reference catalogue, plurals included (`recap.count.one`). */
export type MessageKey = keyof typeof en;
/** A catalogue: the reference catalogue's keys, each translated. */
export type Catalogue = Readonly<Partial<Record<MessageKey, string>>>;

/** Catalogues by language tag. Adding a language: one file in catalogues/, listed here. */
export const CATALOGUES: Readonly<Record<string, Catalogue>> = { en };

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

/** Translates keys for one language. */
export interface Translator {
  /** The catalogue language. */
  readonly lang: string;
  /** The message for `key` with `{placeholders}` filled in (numbers formatted for the language). */
  (key: MessageKey, vars?: Vars): string;
  /** The plural form of `key` for `count` (`{count}` is filled in too). */
  plural(key: PluralKey, count: number, vars?: Vars): string;
  /** A number formatted for the language. */
  number(n: number, options?: Intl.NumberFormatOptions): string;
}

const translators = new Map<string, Translator>();

/** The translator for a language (any tag `resolveLanguage` accepts; unknown tags fall back to English). */
export function translator(tag: string): Translator {
  const lang = resolveLanguage(tag) ?? 'en';
  const cached = translators.get(lang);
  if (cached) return cached;
  const catalogue = CATALOGUES[lang] ?? en;
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  const number = (n: number, options?: Intl.NumberFormatOptions) =>
    options ? new Intl.NumberFormat(lang, options).format(n) : numbers.format(n);
  const fill = (text: string, vars: Vars | undefined) =>
    vars ? text.replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? format(vars[name] as string | number) : all)) : text;
  const format = (value: string | number) => (typeof value === 'number' ? number(value) : value);
  const lookup = (key: string): string => (catalogue as Record<string, string>)[key] ?? (en as Record<string, string>)[key] ?? key;
  const t = ((key: MessageKey, vars?: Vars) => fill(lookup(key), vars)) as Translator;
  t.plural = (key, count, vars) => {
    const form = `${key}.${rules.select(count)}`;
    const text = (catalogue as Record<string, string>)[form] ?? lookup(`${key}.other`);
    return fill(text, { count, ...vars });
  };
  t.number = number;
  Object.defineProperty(t, 'lang', { value: lang });
  translators.set(lang, t);
  return t;
}
