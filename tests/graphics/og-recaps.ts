/** Recaps for the OG tests: the fixture recap, read by the real reader, and edited copies of it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkCollection } from '../../src/recap/collection.ts';
import type { Recap } from '../../src/recap/model.ts';
import { ROOT } from '../helpers/site.ts';

/** The fixture recap's Markdown. */
export const FIXTURE = readFileSync(path.join(ROOT, 'tests/fixtures/site/recaps/dallas-miami-leagues-cup-2023.md'), 'utf8');

/** Reads a recap from Markdown text (throws with the reader's messages when it is invalid). */
export function readRecap(markdown: string, slug = 'dallas-miami-leagues-cup-2023'): Recap {
  const { recaps, diagnostics } = checkCollection([{ path: `${slug}.md`, content: markdown }], { includeDrafts: true });
  const recap = recaps[0];
  if (!recap) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return recap;
}

/** The fixture with one exact substring replaced. */
export function edited(from: string, to: string): Recap {
  if (!FIXTURE.includes(from)) throw new Error(`fixture has no ${from}`);
  return readRecap(FIXTURE.replace(from, to));
}
