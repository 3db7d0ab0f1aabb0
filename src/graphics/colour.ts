/**
 * Colour arithmetic for text on team colours: WCAG 2 relative luminance and contrast ratio, the
 * readable text colour for a background, and nudging a colour until it contrasts enough.
 */

/** An sRGB colour with 0-255 channels. */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** Parses `#rgb` or `#rrggbb`. */
export function parseHex(hex: string): Rgb {
  const h = hex.replace(/^#/, '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const n = Number.parseInt(full, 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

/** Formats as `#rrggbb`. */
export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b]
    .map((c) =>
      Math.round(Math.max(0, Math.min(255, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const { r, g, b } = parseHex(hex);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Near-black and white text colours used on coloured backgrounds. */
export const INK = { dark: '#111418', light: '#ffffff' } as const;

/** The text colour (near-black or white) with the higher contrast on `background`. */
export function textOn(background: string): string {
  return contrastRatio(INK.dark, background) >= contrastRatio(INK.light, background) ? INK.dark : INK.light;
}

/** Mixes two colours: `t` = 0 gives `a`, 1 gives `b`. */
export function mix(a: string, b: string, t: number): string {
  const x = parseHex(a);
  const y = parseHex(b);
  return toHex({ r: x.r + (y.r - x.r) * t, g: x.g + (y.g - x.g) * t, b: x.b + (y.b - x.b) * t });
}

/**
 * The colour closest to `color` that reaches `ratio` against `background`, found by mixing toward black
 * or white (whichever direction can reach it). Returns the colour unchanged when it already contrasts.
 */
export function ensureContrast(color: string, background: string, ratio: number): string {
  if (contrastRatio(color, background) >= ratio) return color;
  const target = luminance(background) > 0.18 ? '#000000' : '#ffffff';
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 20; i++) {
    const mid = (lo + hi) / 2;
    if (contrastRatio(mix(color, target, mid), background) >= ratio) hi = mid;
    else lo = mid;
  }
  return mix(color, target, hi);
}
