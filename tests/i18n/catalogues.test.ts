import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, LANGUAGES, resolveLanguage, textDirection, translator } from '../../src/i18n/index.ts';
import { catalogueProblems } from '../../src/i18n/check.ts';
import { en } from '../../src/i18n/catalogues/en.ts';

const SHIPPED = ['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pt', 'tr'];

describe('catalogues', () => {
  it('ships the languages football is written in, each found from its file alone', () => {
    const files = readdirSync(new URL('../../src/i18n/catalogues/', import.meta.url)).map((f) => f.replace(/\.ts$/, ''));
    expect(LANGUAGES).toEqual(files.sort());
    expect(LANGUAGES).toEqual(expect.arrayContaining(SHIPPED));
  });

  it('finds the same catalogues in plain Node, outside Vite', () => {
    const script =
      "import('./src/i18n/index.ts').then((m) => console.log(JSON.stringify([m.LANGUAGES, m.translator('es')('event.own-goal')])))";
    const out = execFileSync(process.execPath, ['-e', script], { cwd: new URL('../../', import.meta.url), encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([LANGUAGES, CATALOGUES['es']?.['event.own-goal']]);
  });

  it('takes a new language from one new file, with no list to edit', () => {
    // A copy of src/i18n with one more catalogue (Esperanto, made from the Spanish one) is loaded by plain Node, from a
    // folder inside the project so that it finds the project's packages.
    const caches = fileURLToPath(new URL('../../.cache/', import.meta.url));
    mkdirSync(caches, { recursive: true });
    const dir = mkdtempSync(path.join(caches, 'i18n-'));
    try {
      cpSync(new URL('../../src/i18n/', import.meta.url), dir, { recursive: true });
      const spanish = readFileSync(path.join(dir, 'catalogues', 'es.ts'), 'utf8');
      writeFileSync(
        path.join(dir, 'catalogues', 'eo.ts'),
        spanish.replace("'event.own-goal': 'Gol en propia puerta'", "'event.own-goal': 'Propra golo'"),
      );
      const script = `import('${path.join(dir, 'index.ts')}').then((m) => console.log(JSON.stringify([m.LANGUAGES.includes('eo'), m.translator('eo')('event.own-goal')])))`;
      expect(JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }))).toEqual([true, 'Propra golo']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every key and placeholder of en, no other, and its own plural forms', (lang) => {
    expect(catalogueProblems(lang, CATALOGUES[lang] ?? {}, en)).toEqual([]);
  });

  it('reports a missing key, a missing or extra placeholder, an extra key and a missing plural form', () => {
    // A complete French-shaped catalogue (en's words, with the `many` form French plurals need), then broken.
    const broken: Record<string, string> = { ...en };
    for (const [key, text] of Object.entries(en)) if (key.endsWith('.other')) broken[key.replace(/other$/, 'many')] = text;
    expect(catalogueProblems('fr', broken, en)).toEqual([]);
    delete broken['event.goal'];
    broken['event.assist'] = 'passe décisive';
    broken['event.kick'] = `${broken['event.kick']} {extra}`;
    broken['event.gaol'] = 'But';
    delete broken['recap.count.many'];
    broken['recap.count.two'] = '{count} résumés';
    expect(catalogueProblems('fr', broken, en)).toMatchInlineSnapshot(`
      [
        "fr: missing event.goal",
        "fr: event.assist has {}, expected {player}",
        "fr: event.kick has {extra}, {number}, {result}, {score}, {team}, expected {number}, {result}, {score}, {team}",
        "fr: missing recap.count.many (fr plurals: one, many, other)",
        "fr: extra key event.gaol",
        "fr: extra key recap.count.two",
      ]
    `);
  });
});

describe('translator', () => {
  it('falls back from a regional tag to its language, and knows none it has no file for', () => {
    expect(resolveLanguage('pt-BR')).toBe('pt');
    expect(resolveLanguage('AR-eg')).toBe('ar');
    expect(resolveLanguage('xx')).toBeUndefined();
    expect(translator('pt-BR').lang).toBe('pt');
  });

  it('chooses plural forms by the language’s rules', () => {
    const ar = translator('ar');
    const forms = [0, 1, 2, 3, 11, 100].map((n) => ar.plural('recap.count', n));
    expect(new Set(forms).size).toBe(6);
    expect(forms[3]).toBe(CATALOGUES['ar']?.['recap.count.few']?.replace('{count}', '3'));
    const fr = translator('fr');
    expect(fr.plural('recap.count', 1_000_000)).toBe(CATALOGUES['fr']?.['recap.count.many']?.replace('{count}', fr.number(1_000_000)));
  });

  it('writes Western digits and reads right to left where the script does', () => {
    expect(translator('ar').number(12345)).toMatch(/^12[,٬]345$/);
    expect(translator('ar').date('2024-04-17')).toMatch(/17 .+ 2024/);
    expect(['ar', 'he', 'fa', 'ur', 'en', 'ja'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'ltr', 'ltr']);
    expect(translator('ar').dir).toBe('rtl');
  });

  it('lists items with the language’s own separator', () => {
    expect([translator('en'), translator('ja'), translator('ar')].map((t) => t.list(['a', 'b', 'c']))).toEqual([
      'a, b, c',
      'a、b、c',
      'a، b، c',
    ]);
  });
});
