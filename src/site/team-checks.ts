/**
 * Checks on team identity that need every recap and the team files: one team page per team. A recap may not
 * name the same team twice under two names (an alias and the canonical name), and two different names may not
 * share a team page (`FC Dallas` and `F.C. Dallas` both slugify to /teams/fc-dallas/).
 */
import type { Diagnostic } from '../recap/diagnostics.ts';
import type { Recap, Side } from '../recap/model.ts';
import { diagnosticAt, locate, valueAt, type RecapSource } from '../recap/source.ts';
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

/**
 * Problems of team identity across recaps, each positioned at the team name in the recap's parsed source
 * (`sources`, by the recap's `file`, as the reader returns them).
 */
export function checkTeamIdentity(
  recaps: readonly Recap[],
  teams: readonly TeamFile[],
  sources: ReadonlyMap<string, RecapSource>,
): Diagnostic[] {
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
  return problems.map((p) => position(p, sources));
}

/** Places a problem on the team's `name` in the recap's frontmatter. */
function position(problem: TeamProblem, sources: ReadonlyMap<string, RecapSource>): Diagnostic {
  const at = ['match', problem.side, 'name'];
  const source = sources.get(problem.recap.file);
  if (!source) throw new Error(`${problem.recap.file} was read without its source`);
  const written = String(valueAt(source, at) ?? problem.recap.match[problem.side].name);
  return diagnosticAt(locate(source, at), {
    path: at.join('.'),
    rule: problem.rule,
    message: problem.message(written),
    hint: problem.hint,
  });
}
