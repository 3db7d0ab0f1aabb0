/** The recap's language (`lang`, resolved against the site's catalogues) and the cover photo's shape. */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/index.ts';
import { formatReport } from '../../src/recap/diagnostics.ts';
import { readRecap } from '../../src/recap/read.ts';
import { FILE, recapFile, report, valid } from './helpers.ts';

const withTop = (...lines: string[]) => recapFile({ top: ['title: A test match', 'date: 2024-03-02', ...lines] });

describe('lang', () => {
  it('resolves a tag to the catalogue language: the exact tag, else its primary language', () => {
    expect(valid(withTop('lang: EN-gb')).lang).toBe('en');
    for (const lang of LANGUAGES) expect(valid(withTop(`lang: ${lang}`)).lang).toBe(lang);
  });

  it('defaults to the site language passed to the reader, resolved the same way', () => {
    expect(valid(withTop()).lang).toBe('en');
    const read = readRecap(FILE, 'test-match', withTop(), { defaultLang: 'en-US' });
    expect(read.ok && read.recap.lang).toBe('en');
    // A site language without a catalogue falls back to English rather than failing every recap.
    const unknown = readRecap(FILE, 'test-match', withTop(), { defaultLang: 'tlh' });
    expect(unknown.ok && unknown.recap.lang).toBe('en');
  });

  it('refuses a language the site has no translation for, listing the ones it has', () => {
    // Klingon: no catalogue will ever exist; the list comes from the registry, so new catalogues change nothing here.
    expect(report(withTop('lang: tlh'))).toBe(
      [
        `content/recaps/test-match.md:4:7  lang  error: found "tlh", expected a language the site has a translation for: ${LANGUAGES.join(', ')}`,
        ' 4 | lang: tlh',
        '   |       ^^^',
        '   = hint: leave `lang` out to use the site\'s language (see "Recap format" in README.md)',
        '',
        '1 error, 0 warnings',
      ].join('\n'),
    );
  });

  it('refuses text that is not a language tag', () => {
    expect(report(withTop('lang: English (UK)'))).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:4:7  lang  error: found "English (UK)", expected a BCP 47 language tag like "en" or "pt-BR"
       4 | lang: English (UK)
         |       ^^^^^^^^^^^^

      1 error, 0 warnings"
    `);
  });
});

describe('cover', () => {
  it('is kept as written', () => {
    const recap = valid(withTop('cover:', '  src: ./photos/final.jpg', '  alt: The captain lifts the cup', '  credit: A. Photographer'));
    expect(recap.cover).toEqual({ src: './photos/final.jpg', alt: 'The captain lifts the cup', credit: 'A. Photographer' });
    expect(valid(withTop()).cover).toBeUndefined();
  });

  it('needs a source and a non-empty alt text, and nothing else', () => {
    const result = readRecap(FILE, 'test-match', withTop('cover:', '  alt: " "', '  photographer: Someone'));
    expect(result.ok ? 'ok' : formatReport(result.diagnostics)).toMatchInlineSnapshot(`
      "content/recaps/test-match.md:4:1  cover.src  error: \`src\` is missing, expected text
       4 | cover:
         | ^^^^^
         = hint: add \`src:\` here

      content/recaps/test-match.md:5:8  cover.alt  error: found "", expected non-empty text
       5 |   alt: " "
         |        ^^^
         = hint: describe what the photo shows, for readers who cannot see it

      content/recaps/test-match.md:6:3  cover.photographer  error: found unknown field \`photographer\` under \`cover\`, expected one of src, alt, caption, credit
       6 |   photographer: Someone
         |   ^^^^^^^^^^^^
         = hint: remove it, or check the spelling against "Recap format" in README.md

      3 errors, 0 warnings"
    `);
  });
});
