/**
 * The card's font families, in fallback order. Han characters are shared by Chinese, Japanese and Korean
 * with different glyph shapes, so the CJK family that comes first follows the card's text: kana means
 * Japanese, hangul means Korean, otherwise Simplified Chinese.
 */

/** The families the cards use (names given to satori; files come from the matching @fontsource package). */
export const FAMILIES = ['Noto Sans', 'Noto Sans Arabic', 'Noto Sans JP', 'Noto Sans KR', 'Noto Sans SC'] as const;

/** One of the card's font families. */
export type Family = (typeof FAMILIES)[number];

/** Font families in the order satori should try them for text like `sample`. */
export function familyOrder(sample: string): Family[] {
  const cjk: Family[] = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/.test(sample)
    ? ['Noto Sans JP', 'Noto Sans SC', 'Noto Sans KR']
    : /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(sample)
      ? ['Noto Sans KR', 'Noto Sans SC', 'Noto Sans JP']
      : ['Noto Sans SC', 'Noto Sans JP', 'Noto Sans KR'];
  return ['Noto Sans', 'Noto Sans Arabic', ...cjk];
}

/** The CSS `font-family` value for a list of names. */
export function fontFamilyCss(order: readonly string[]): string {
  return order.map((f) => `"${f}"`).join(', ');
}

/** Parses a CSS `font-family` value written by `fontFamilyCss` back into families. */
export function parseFontFamily(css: string): Family[] {
  const names = css.split(',').map((s) => s.trim().replace(/^"|"$/g, ''));
  return names.filter((n): n is Family => (FAMILIES as readonly string[]).includes(n));
}
