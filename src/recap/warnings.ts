/**
 * Warnings: likely mistakes in a valid recap that should not stop a build (`npm run check` prints them).
 * Each rule returns diagnostics with severity `warning`, positioned like errors.
 */
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from './body/parse.ts';
import type { Diagnostic, FieldPath } from './diagnostics.ts';
import { formatPath } from './diagnostics.ts';
import { formatScore, type Recap } from './model.ts';
import { diagnosticAt, locate, type RecapSource } from './source.ts';

/** Name parts too common to show that a particular player is meant. */
const PARTICLES = new Set([
  'de',
  'da',
  'do',
  'dos',
  'das',
  'di',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
  'du',
  'al',
  'el',
  'bin',
  'ben',
  'jr',
  'sr',
  'ii',
  'iii',
]);

/** A warning about the field at `path`, shown at `at` when that differs (a missing field is shown where it belongs). */
function warning(
  source: RecapSource,
  path: FieldPath,
  rule: string,
  message: string,
  hint: string,
  at: { path?: FieldPath; key?: boolean } = {},
): Diagnostic {
  return diagnosticAt(locate(source, at.path ?? path, { key: at.key ?? false }), {
    path: formatPath(path),
    rule,
    message,
    hint,
    severity: 'warning',
  });
}

/** Lowercase words without accents or punctuation, so "Velasco's" matches "Velasco" and "Muller" matches "Müller". */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** Whether a narrative names a player: the full name, or any distinctive part of it (a surname, a known-as name). */
export function namesPlayer(narrativeWords: readonly string[], player: string): boolean {
  const parts = words(player);
  if (parts.length === 0) return true;
  const text = ` ${narrativeWords.join(' ')} `;
  if (text.includes(` ${parts.join(' ')} `)) return true;
  const vocabulary = new Set(narrativeWords);
  return parts.some((part) => part.length >= 3 && !PARTICLES.has(part) && vocabulary.has(part));
}

/** A goal scorer the narrative never names (once per player, at their first goal in the list). */
export function unnamedScorers(recap: Recap, source: RecapSource): Diagnostic[] {
  const narrative = words(toString(parseMarkdown(recap.body)));
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  const goals = recap.match.events.filter((e) => e.type === 'goal' && e.player !== undefined).sort((a, b) => a.index - b.index);
  for (const goal of goals) {
    const player = goal.player ?? '';
    const key = words(player).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    if (namesPlayer(narrative, player)) continue;
    out.push(
      warning(
        source,
        ['events', goal.index, 'player'],
        'scorer-not-in-text',
        `found the scorer ${player} (${goal.minute.label}'), whom the text never names; expected the story to mention each scorer`,
        'mention the goal in the text, or check the spelling of the name in this event',
      ),
    );
  }
  return out;
}

/** A recap without events: no timeline, and the score cannot be checked. */
export function noEvents(recap: Recap, source: RecapSource): Diagnostic[] {
  if (recap.match.events.length > 0) return [];
  const listed = source.doc.has('events');
  return [
    warning(
      source,
      ['events'],
      'no-events',
      listed
        ? 'found an empty `events` list, expected the goals, cards and substitutions of the match'
        : `found no \`events\` for a ${formatScore(recap.match.score)} match, expected the goals, cards and substitutions listed`,
      'list them under `events:`: they check the score and draw the timeline (see "Recap format" in README.md)',
      listed ? { key: true } : { path: ['match', 'score'] },
    ),
  ];
}

/** Dates in the wrong order: a match played after the recap was published, an update before publication. */
export function datesOutOfOrder(recap: Recap, source: RecapSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (recap.match.kickoffDate > recap.date) {
    out.push(
      warning(
        source,
        ['match', 'kickoff'],
        'kickoff-after-date',
        `found a kick-off on ${recap.match.kickoffDate}, after the publication date ${recap.date}; expected the match to come first`,
        'check `date` (when the recap is published) and `match.kickoff` (when the match was played)',
      ),
    );
  }
  if (recap.updated !== undefined && recap.updated < recap.date) {
    out.push(
      warning(
        source,
        ['updated'],
        'updated-before-date',
        `found an update on ${recap.updated}, before the publication date ${recap.date}; expected it on or after ${recap.date}`,
        '`date` is when the recap was first published, `updated` when it last changed',
      ),
    );
  }
  return out;
}

/** Every warning for one valid recap, in file order. */
export function recapWarnings(recap: Recap, source: RecapSource): Diagnostic[] {
  return [...datesOutOfOrder(recap, source), ...noEvents(recap, source), ...unnamedScorers(recap, source)].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
}
