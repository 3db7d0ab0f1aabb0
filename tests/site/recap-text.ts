/** Builds recap files in memory for unit tests: only the fields a test cares about, the rest filled in validly. */
import { checkCollection, type CollectionOptions, type RecapFile } from '../../src/recap/collection.ts';
import type { Recap } from '../../src/recap/model.ts';

/** The match fields a test may set. */
export interface MatchFields {
  competition?: string;
  season?: string;
  round?: string;
  kickoff?: string;
  venue?: string;
  referee?: string;
  home?: string;
  away?: string;
  score?: string;
  penalties?: string;
  extraTime?: boolean;
}

/** One recap file: YAML frontmatter from the fields given, and a one-line body. */
export function recapFile(
  slug: string,
  fields: { title?: string; date?: string; updated?: string; author?: string; tags?: string[]; draft?: boolean; match?: MatchFields } = {},
): RecapFile {
  const m = fields.match ?? {};
  const lines = [
    '---',
    `title: ${JSON.stringify(fields.title ?? `Recap ${slug}`)}`,
    `date: ${fields.date ?? '2024-03-02'}`,
    ...(fields.updated ? [`updated: ${fields.updated}`] : []),
    ...(fields.author ? [`author: ${JSON.stringify(fields.author)}`] : []),
    ...(fields.tags ? [`tags: ${JSON.stringify(fields.tags)}`] : []),
    ...(fields.draft ? ['draft: true'] : []),
    'match:',
    `  competition: ${JSON.stringify(m.competition ?? 'Test League')}`,
    ...(m.season ? [`  season: ${JSON.stringify(m.season)}`] : []),
    ...(m.round ? [`  round: ${JSON.stringify(m.round)}`] : []),
    `  kickoff: ${m.kickoff ?? '2024-03-01'}`,
    ...(m.venue ? [`  venue: ${JSON.stringify(m.venue)}`] : []),
    ...(m.referee ? [`  referee: ${JSON.stringify(m.referee)}`] : []),
    `  home: { name: ${JSON.stringify(m.home ?? 'Home Town')} }`,
    `  away: { name: ${JSON.stringify(m.away ?? 'Away City')} }`,
    `  score: ${m.score ?? '1-0'}`,
    ...(m.penalties ? [`  penalties: ${m.penalties}`] : []),
    ...(m.extraTime ? ['  extraTime: true'] : []),
    '---',
    `The story of ${slug}.`,
    '',
  ];
  return { path: `content/recaps/${slug}.md`, content: lines.join('\n') };
}

/** Reads recap files and fails loudly on any problem, so a broken fixture cannot pass as an empty list. */
export function readRecaps(files: readonly RecapFile[], options: Partial<CollectionOptions> = {}): Recap[] {
  const collection = checkCollection(files, { includeDrafts: false, displayRoot: process.cwd(), ...options });
  if (collection.diagnostics.length > 0) throw new Error(collection.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).join('\n'));
  return [...collection.recaps];
}
