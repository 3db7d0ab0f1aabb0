import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRecap } from '../../src/recap/read.ts';
import {
  EVENT_TYPES,
  GOAL_KINDS,
  KICK_RESULTS,
  POSITIONS,
  coverSchema,
  frontmatterSchema,
  lineupPlayerSchema,
  lineupSchema,
  lineupsSchema,
  matchSchema,
  statsSchema,
  teamSchema,
} from '../../src/recap/schema.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = /## Recap format\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';

describe('the README "Recap format" section', () => {
  it('has an example that is a valid recap', () => {
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const result = readRecap('README.md', 'example', example);
    expect(result.ok ? 'ok' : result.diagnostics.map((d) => d.message)).toBe('ok');
  });

  it('names every field, event type, goal kind and kick result the schema accepts', () => {
    const names = [
      ...Object.keys(frontmatterSchema.shape),
      ...Object.keys(matchSchema.shape),
      ...Object.keys(teamSchema.shape),
      ...Object.keys(lineupsSchema.shape),
      ...Object.keys(lineupSchema.shape),
      ...Object.keys(lineupPlayerSchema.shape),
      ...Object.keys(statsSchema.shape),
      ...Object.keys(coverSchema.shape),
      ...POSITIONS,
      ...EVENT_TYPES,
      ...GOAL_KINDS,
      ...KICK_RESULTS,
    ];
    expect(names.filter((name) => !section.includes(`\`${name}\``))).toEqual([]);
  });
});
