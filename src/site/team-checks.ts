/**
 * Checks on team identity that need every recap and the team files: one team page per team. A recap may not
 * name the same team twice under two names (an alias and the canonical name), and two different names may not
 * share a team page (`FC Dallas` and `F.C. Dallas` both slugify to /teams/fc-dallas/).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../recap/diagnostics.ts';
import type { Recap, Side } from '../recap/model.ts';
import { diagnosticAt, locate, splitRecap, valueAt } from '../recap/source.ts';
import type { TeamFile } from './teams.ts';
import { teamNameKey } from './teams.ts';

/** One problem found, before it is positioned in its file. */
interface TeamProblem {
  readonly recap: Recap;
  readonly side: Side;
  readonly rule: string;
  readonly message: (written: string) => string;
  readonly hint: string;
}

/** Problems of team identity across recaps, each positioned at the team name in the recap. */
export async function checkTeamIdentity(
  recaps: readonly Recap[],
  teams: readonly TeamFile[],
  displayRoot: string = process.cwd(),
): Promise<Diagnostic[]> {
  const problems: TeamProblem[] = [];
  const fileOf = new Map(teams.map((t) => [t.slug, t.file]));
  for (const recap of recaps) {
    const { home, away } = recap.match;
    if (home.slug !== away.slug) continue;
    const file = fileOf.get(home.slug);
    problems.push({
      recap,
      side: 'away',
      rule: 'teams-differ',
      message: (written) =>
        `found "${written}", which is ${home.name}, the home team${file ? ` (see ${file})` : ''}; expected two different teams`,
      hint: file ? `${file} lists both names for one team` : 'the two names share a team page; check which team was meant',
    });
  }
  // The first name seen for a page owns it; later, different names on the same page are reported.
  const owners = new Map<string, { name: string; recap: Recap }>();
  for (const recap of [...recaps].sort((a, b) => a.file.localeCompare(b.file))) {
    for (const side of ['home', 'away'] as const) {
      const team = recap.match[side];
      const owner = owners.get(team.slug);
      if (!owner) owners.set(team.slug, { name: team.name, recap });
      else if (teamNameKey(owner.name) !== teamNameKey(team.name) && owner.recap !== recap)
        problems.push({
          recap,
          side,
          rule: 'team-page-shared',
          message: (written) =>
            `found "${written}", whose team page /teams/${team.slug}/ already belongs to "${owner.name}" (${owner.recap.file}); expected one name per team`,
          hint: `write the name the same way in both files, or add a file in content/teams/ that lists one name as an alias of the other`,
        });
    }
  }
  return Promise.all(problems.map((p) => position(p, displayRoot)));
}

/** Places a problem on the team's `name` in the recap's frontmatter (the file is read again: problems are rare). */
async function position(problem: TeamProblem, displayRoot: string): Promise<Diagnostic> {
  const at = ['match', problem.side, 'name'];
  const text = await readFile(path.resolve(displayRoot, problem.recap.file), 'utf8');
  const split = splitRecap(problem.recap.file, text);
  if (!split.ok) throw new Error(`${problem.recap.file} passed validation but cannot be split again`);
  const written = String(valueAt(split.source, at) ?? problem.recap.match[problem.side].name);
  return diagnosticAt(locate(split.source, at), {
    path: at.join('.'),
    rule: problem.rule,
    message: problem.message(written),
    hint: problem.hint,
  });
}
