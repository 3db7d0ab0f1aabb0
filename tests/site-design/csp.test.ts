import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowedScriptHashes, contentSecurityPolicy, cspMetaContent, sha256Source } from '../../src/delivery/csp.ts';
import { themeInitScript } from '../../src/design/theme.ts';

describe('Content-Security-Policy', () => {
  it('hashes text as base64 SHA-256 of its UTF-8 bytes', () => {
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    const text = 'é';
    expect(sha256Source(text)).toBe(
      `'sha256-${createHash('sha256')
        .update(Buffer.from([0xc3, 0xa9]))
        .digest('base64')}'`,
    );
  });

  it('allows only the site itself, the theme script by hash, and WebAssembly for search', () => {
    const policy = contentSecurityPolicy({ base: '/' });
    expect(policy.replace(/'sha256-[^']+'/, "'sha256-THEME'")).toMatchInlineSnapshot(
      `"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-THEME'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; frame-src https://www.youtube-nocookie.com https://player.vimeo.com; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"`,
    );
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain(sha256Source(themeInitScript('/')));
  });

  it('follows the base path, since the theme script names it', () => {
    expect(allowedScriptHashes({ base: '/' })).toEqual([sha256Source(themeInitScript('/')).slice(1, -1)]);
    expect(allowedScriptHashes({ base: '/recaps-blog/' })).not.toEqual(allowedScriptHashes({ base: '/' }));
  });

  it('leaves frame-ancestors out of a meta policy, and emits one only when asked', () => {
    expect(contentSecurityPolicy({ base: '/', forMeta: true })).not.toContain('frame-ancestors');
    expect(cspMetaContent('/', {})).toBeUndefined();
    expect(cspMetaContent('/', { FULLTIME_CSP_META: '1' })).toBe(contentSecurityPolicy({ base: '/', forMeta: true }));
  });
});
