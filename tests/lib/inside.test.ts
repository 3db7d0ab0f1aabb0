import { describe, expect, it } from 'vitest';
import { isInside } from '../../src/lib/inside.ts';

describe('isInside', () => {
  it('takes the folder itself and anything under it', () => {
    expect(isInside('/site/content', '/site/content')).toBe(true);
    expect(isInside('/site/content/recaps/a.md', '/site/content')).toBe(true);
    expect(isInside('/site/content/', '/site/content')).toBe(true);
  });

  it('leaves out the folders above it and a sibling whose name starts the same', () => {
    expect(isInside('/site', '/site/content')).toBe(false);
    expect(isInside('/site/content-old/a.md', '/site/content')).toBe(false);
    expect(isInside('/elsewhere/a.md', '/site/content')).toBe(false);
  });

  it('takes a name inside that only starts with two dots', () => {
    expect(isInside('/site/content/..drafts/a.md', '/site/content')).toBe(true);
    expect(isInside('/site/content/...', '/site/content')).toBe(true);
  });

  it('compares relative paths as from the same folder', () => {
    expect(isInside('content/recaps', 'content')).toBe(true);
    expect(isInside('../content', 'content')).toBe(false);
  });
});
