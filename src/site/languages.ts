/**
 * The languages of a site and where each one's pages live. The site's language (`lang` in src/config.ts,
 * `FULLTIME_LANG`) keeps the root; every other language a recap is written in gets its pages under
 * `/<lang>/`, as Astro's i18n routing lays them out with `prefixDefaultLocale: false` (the segment is the
 * language code in lower case). A site whose recaps are all in its own language has no prefix anywhere.
 * Plain TypeScript: every function takes the default language as an argument.
 */
import { resolveLanguage } from '../i18n/index.ts';

/** Anything that has a language (a recap, a recap link). */
export interface HasLanguage {
  readonly lang?: string | undefined;
}

/** The catalogue language of a site setting (`pt-BR` → `pt`); English when the site names no known language. */
export function siteLanguage(tag: string): string {
  return resolveLanguage(tag) ?? 'en';
}

/** A recap's language; a recap without one is in the site's language. */
export function languageOf(item: HasLanguage, defaultLang: string): string {
  return item.lang ? (resolveLanguage(item.lang) ?? item.lang) : defaultLang;
}

/** The languages a site's pages are written in: the default first, then every other recap language by code. */
export function siteLanguages(recaps: readonly HasLanguage[], defaultLang: string): string[] {
  const others = new Set<string>();
  for (const recap of recaps) others.add(languageOf(recap, defaultLang));
  others.delete(defaultLang);
  return [defaultLang, ...[...others].sort()];
}

/** Recaps by language, in the order of `siteLanguages`; the default language is always present (maybe empty). */
export function recapsByLanguage<T extends HasLanguage>(recaps: readonly T[], defaultLang: string): Map<string, T[]> {
  const groups = new Map<string, T[]>(siteLanguages(recaps, defaultLang).map((lang) => [lang, []]));
  for (const recap of recaps) groups.get(languageOf(recap, defaultLang))?.push(recap);
  return groups;
}

/** The URL segment of a language, as Astro normalises locales: lower case, `_` → `-` (`pt-BR` → `pt-br`). */
export function languageSegment(lang: string): string {
  return lang.toLowerCase().replace(/_/g, '-');
}

/** `path` (site-relative, no base) in a language: unchanged for the default language, else under `<lang>/`. */
export function localisedPath(path: string, lang: string, defaultLang: string): string {
  return lang === defaultLang ? path : `${languageSegment(lang)}/${path}`;
}

/** The `[...lang]` route parameter of a language: undefined (the root) for the default language. */
export function languageParam(lang: string, defaultLang: string): string | undefined {
  return lang === defaultLang ? undefined : languageSegment(lang);
}

const names = new Map<string, string>();

/**
 * A language's name as its own readers write it ("Español", "日本語", "العربية"), from Intl.DisplayNames,
 * with the first letter in upper case as a menu item starts (scripts without case are unchanged).
 */
export function languageName(lang: string): string {
  let name = names.get(lang);
  if (name === undefined) {
    const own = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }).of(lang) ?? lang;
    name = own.charAt(0).toLocaleUpperCase(lang) + own.slice(1);
    names.set(lang, name);
  }
  return name;
}
