/**
 * English: the reference catalogue. Every other catalogue has exactly these keys and placeholders
 * (tests/i18n/catalogues.test.ts). Keys are grouped by the page or graphic that shows them; `{name}` is a
 * placeholder; a key ending in `.one` / `.other` (and `.zero`, `.two`, `.few`, `.many` where a language needs
 * them) is a plural chosen by `Intl.PluralRules`.
 */
export const en = {
  'event.goal': 'Goal',
  'event.own-goal': 'Own goal',
  'event.penalty-miss': 'Penalty missed',
  'event.yellow': 'Yellow card',
  'event.second-yellow': 'Second yellow card',
  'event.red': 'Red card',
  'event.sub': 'Substitution',
  'event.var': 'VAR check',
  'recap.count.one': '{count} recap',
  'recap.count.other': '{count} recaps',
} as const;
