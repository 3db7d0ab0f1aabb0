/**
 * Checks a catalogue against the reference (en.ts): every key present, no extra key, the same `{placeholders}`,
 * and for plural keys exactly the forms `Intl.PluralRules` names for the language. Used by
 * tests/i18n/catalogues.test.ts; plain TypeScript, no Astro imports.
 */
import type { Catalogue } from './index.ts';

const FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** The `{placeholders}` of a message, sorted. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();
}

/** Base keys of the reference's plurals (`recap.count` for `recap.count.one` / `recap.count.other`). */
export function pluralBases(reference: Catalogue): Set<string> {
  return new Set(Object.keys(reference).flatMap((key) => (key.endsWith('.other') ? [key.slice(0, -'.other'.length)] : [])));
}

function pluralBaseOf(key: string, bases: ReadonlySet<string>): string | undefined {
  const dot = key.lastIndexOf('.');
  const base = key.slice(0, dot);
  return dot > 0 && (FORMS as readonly string[]).includes(key.slice(dot + 1)) && bases.has(base) ? base : undefined;
}

/** Every problem of `catalogue` (language `lang`) measured against `reference`, one line each; empty when it is complete. */
export function catalogueProblems(lang: string, catalogue: Catalogue, reference: Catalogue): string[] {
  const problems: string[] = [];
  const bases = pluralBases(reference);
  const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as readonly string[];
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  for (const [key, english] of Object.entries(reference)) {
    if (pluralBaseOf(key, bases)) continue;
    const text = catalogue[key];
    if (text === undefined) problems.push(`${lang}: missing ${key}`);
    else if (!same(placeholders(text), placeholders(english)))
      problems.push(`${lang}: ${key} has {${placeholders(text).join('}, {')}}, expected {${placeholders(english).join('}, {')}}`);
  }
  for (const base of bases) {
    const expected = placeholders(reference[`${base}.other`] ?? '');
    for (const form of forms) {
      const text = catalogue[`${base}.${form}`];
      if (text === undefined) {
        problems.push(`${lang}: missing ${base}.${form} (${lang} plurals: ${forms.join(', ')})`);
        continue;
      }
      // "ملخص واحد", "ملخصان": the forms for exactly 0, 1 and 2 may spell the number out.
      const found = placeholders(text);
      const allowed = form === 'zero' || form === 'one' || form === 'two' ? [expected, expected.filter((p) => p !== 'count')] : [expected];
      if (!allowed.some((a) => same(found, a)))
        problems.push(`${lang}: ${base}.${form} has {${found.join('}, {')}}, expected {${expected.join('}, {')}}`);
    }
  }
  for (const key of Object.keys(catalogue)) {
    const base = pluralBaseOf(key, bases);
    if (base ? !forms.includes(key.slice(base.length + 1)) : !(key in reference)) problems.push(`${lang}: extra key ${key}`);
  }
  return problems;
}
