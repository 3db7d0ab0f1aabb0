import { describe, expect, it } from 'vitest';
import { formatDate, translator } from '../../src/i18n/index.ts';

describe('the translator fills messages', () => {
  const en = translator('en');

  it('puts each variable in its placeholder, and numbers in the language', () => {
    expect(en('recap.by', { author: 'Ana' })).toBe('By Ana');
    expect(en('match.minute', { minute: 7 })).toBe('7′');
    expect(en('match.minute', { minute: 1234 })).toBe('1,234′');
    expect(en.plural('lineups.minutes', 1)).toBe('1 minute');
    expect(en.plural('lineups.minutes', 62)).toBe('62 minutes');
  });

  it('keeps a placeholder it has no variable for, and the same message filled twice is the same', () => {
    expect(en('recap.by', {})).toBe('By {author}');
    expect(en('recap.by', { author: 'B' })).toBe('By B');
    expect(en('recap.by', { author: 'C' })).toBe('By C');
  });

  it('formats small numbers per language, not once for every language', () => {
    expect(translator('ar')('match.minute', { minute: 45 })).toBe('45′');
    expect(translator('ja').number(3)).toBe('3');
    expect(en.number(0.5)).toBe('0.5');
  });

  it('formats a date the same the second time, in each language and style', () => {
    expect(formatDate('2024-03-09', 'en')).toBe('March 9, 2024');
    expect(formatDate('2024-03-09', 'en', 'medium')).toBe('Mar 9, 2024');
    expect(formatDate('2024-03-09', 'en')).toBe('March 9, 2024');
    expect(formatDate('2024-03-09', 'de')).toBe('9. März 2024');
  });
});
