import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { themeInitScript, themeStorageKey } from '../../src/design/theme.ts';

/** Runs the head script against a stub document and storage; returns the attributes it set. */
function runHeadScript(base: string, storage: { getItem(key: string): string | null }): Record<string, string> {
  const attributes: Record<string, string> = {};
  const documentElement = { setAttribute: (name: string, value: string) => (attributes[name] = value) };
  runInNewContext(themeInitScript(base), { document: { documentElement }, localStorage: storage });
  return attributes;
}

describe('theme head script', () => {
  it('applies a stored light or dark choice and marks the page as scripted', () => {
    const key = themeStorageKey('/');
    expect(runHeadScript('/', { getItem: (k) => (k === key ? 'dark' : null) })).toEqual({ 'data-js': '', 'data-theme': 'dark' });
    expect(runHeadScript('/', { getItem: (k) => (k === key ? 'light' : null) })).toEqual({ 'data-js': '', 'data-theme': 'light' });
  });

  it('follows the system when nothing, something unknown, or an error comes back', () => {
    expect(runHeadScript('/', { getItem: () => null })['data-theme']).toBe('system');
    expect(runHeadScript('/', { getItem: () => 'sepia' })['data-theme']).toBe('system');
    const blocked = {
      getItem: (): string | null => {
        throw new Error('SecurityError');
      },
    };
    expect(runHeadScript('/', blocked)['data-theme']).toBe('system');
  });

  it('keeps a separate choice per base path', () => {
    const stored: Record<string, string> = { [themeStorageKey('/recaps-blog/')]: 'dark' };
    expect(runHeadScript('/recaps-blog/', { getItem: (k) => stored[k] ?? null })['data-theme']).toBe('dark');
    expect(runHeadScript('/', { getItem: (k) => stored[k] ?? null })['data-theme']).toBe('system');
  });

  it('stays tiny: it blocks the first paint', () => {
    expect(themeInitScript('/').length).toBeLessThan(300);
  });
});
