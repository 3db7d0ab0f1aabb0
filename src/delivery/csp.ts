/**
 * The site's Content-Security-Policy. Everything the pages load comes from the site itself; the only
 * inline code is the theme script, allowed by its hash; styles are external files only (no inline
 * `<style>`, no `style=""`). Search needs `'wasm-unsafe-eval'`: Pagefind runs its index in WebAssembly.
 */
import { createHash } from 'node:crypto';
import { themeInitScript } from '../design/theme.ts';
import { VIDEO_FRAME_ORIGINS } from '../recap/body/video.ts';

/** A CSP source expression for inline text: `'sha256-…'` of its exact UTF-8 bytes. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** What varies between builds. */
export interface CspOptions {
  /** The site's base path (the theme script's text depends on it). */
  readonly base: string;
  /** Leave out directives a `<meta>` policy ignores (`frame-ancestors`), for hosts without headers. */
  readonly forMeta?: boolean;
}

/** The directives in order, as `[name, ...sources]`. */
export function cspDirectives({ base, forMeta = false }: CspOptions): string[][] {
  const directives = [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'", sha256Source(themeInitScript(base))],
    ['style-src', "'self'"],
    ['img-src', "'self'"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    // Click-to-load highlight videos (src/scripts/video-embed.ts): these two players and no other frame.
    ['frame-src', ...VIDEO_FRAME_ORIGINS],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return forMeta ? directives.filter(([name]) => name !== 'frame-ancestors') : directives;
}

/** The policy as one header value. */
export function contentSecurityPolicy(options: CspOptions): string {
  return cspDirectives(options)
    .map((parts) => parts.join(' '))
    .join('; ');
}

/** The hashes (without quotes, e.g. `sha256-…`) that `script-src` allows for inline scripts. */
export function allowedScriptHashes(options: CspOptions): string[] {
  const scriptSrc = cspDirectives(options).find(([name]) => name === 'script-src') ?? [];
  return scriptSrc.filter((s) => s.startsWith("'sha")).map((s) => s.slice(1, -1));
}

/**
 * The policy for a `<meta http-equiv>` tag when `FULLTIME_CSP_META=1` (hosts that cannot send headers,
 * such as GitHub Pages), else undefined: with headers available the header is the one source of truth.
 */
export function cspMetaContent(base: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env['FULLTIME_CSP_META'] === '1' ? contentSecurityPolicy({ base, forMeta: true }) : undefined;
}
