/**
 * The shared writer of `npm run import`: an imported match → a recap file (frontmatter written by the YAML
 * library, a placeholder body saying what to write), named and keyed the way `npm run new` and the build
 * name and key recaps, and read back with the build's own reader before anything is written.
 */
import { Document, isMap, isPair, isScalar, isSeq, visit, type Node } from 'yaml';
import { recapSlug } from '../authoring/scaffold.ts';
import type { Diagnostic } from '../recap/diagnostics.ts';
import type { Score, TeamLookup } from '../recap/model.ts';
import { matchKey } from '../recap/normalise.ts';
import { readRecap } from '../recap/read.ts';
import { RECAP_SLUG } from '../recap/slug.ts';
import type { ImportedMatch, ImportedTeam, NotCarried } from './model.ts';
import { isSecondLeg, type Tie } from './ties.ts';

/** Options for writing one recap. */
export interface RecapFileOptions {
  /** Resolves names and aliases to the teams in content/teams/. */
  readonly teams?: TeamLookup | undefined;
  /** Whether the recap is a draft (the default of `npm run import`). */
  readonly draft: boolean;
  /** The data file's name as shown, for the comment at the top. */
  readonly source: string;
  /**
   * The match's part in a two-legged tie when the caller found it (ties.ts): a first leg, or a second leg with
   * its aggregate. Without it, a shootout after a score that is not drawn is still written as `leg: 2`.
   */
  readonly tie?: Tie | undefined;
}

/** A recap ready to be written. */
export interface RecapFile {
  readonly slug: string;
  /** The build's identity of the match (kick-off date, canonical home and away names). */
  readonly key: string;
  readonly text: string;
  readonly home: string;
  readonly away: string;
  /** Teams no file in content/teams/ knows. */
  readonly unknownTeams: readonly string[];
  /** Facts the writer had to leave out because the format cannot hold them together with the rest. */
  readonly notCarried: readonly NotCarried[];
}

const score = (s: Score) => `${s.home}-${s.away}`;

/** The recap file for an imported match. */
export function recapFile(match: ImportedMatch, options: RecapFileOptions): RecapFile {
  const resolve = (team: ImportedTeam) => {
    const known = options.teams?.(team.name);
    // A team file's colour wins over the data's: it is the site's choice.
    const color = known?.color === undefined ? team.color : undefined;
    return { name: known?.name ?? team.name, known: known !== undefined, ...(color ? { color } : {}) };
  };
  const home = resolve(match.home);
  const away = resolve(match.away);
  const date = match.kickoff.slice(0, 10);
  const named = recapSlug(date, home.name, away.name);
  // Names without a Latin transliteration give no file name: the data's fixture id or the match's place in the file does.
  const slug = RECAP_SLUG.test(named)
    ? named
    : `${date}-${match.id ? `fixture-${match.id}` : `match-${(match.at.match(/\d+/g) ?? ['0']).join('-')}`}`;
  // A shootout after a score that is not drawn ends the second leg of a tie level on aggregate (README "Recap format").
  const tie: Tie | undefined = options.tie ?? (isSecondLeg(match) ? { leg: 2 } : undefined);
  const notCarried: NotCarried[] =
    tie?.leg === 2 && tie.aggregate === undefined
      ? [
          {
            field: 'the aggregate score',
            why: 'the data does not give it, and the first leg is neither in the file nor among the recaps; `leg: 2` is written without `aggregate`',
          },
        ]
      : [];
  const fields = {
    title: `${home.name} v ${away.name}`,
    date,
    draft: options.draft,
    match: {
      competition: match.competition,
      ...optional('season', match.season),
      ...optional('round', match.round),
      kickoff: match.kickoff,
      ...optional('venue', match.venue),
      ...optional('attendance', match.attendance),
      ...optional('referee', match.referee),
      home: { name: home.name, ...optional('color', home.color) },
      away: { name: away.name, ...optional('color', away.color) },
      score: score(match.score),
      ...(match.halftime ? { halftime: score(match.halftime) } : {}),
      ...(match.extraTime ? { extraTime: true } : {}),
      ...(match.penalties ? { penalties: score(match.penalties) } : {}),
      ...(tie ? { leg: tie.leg } : {}),
      ...(tie?.aggregate ? { aggregate: score(tie.aggregate) } : {}),
      ...(match.lineups ? { lineups: match.lineups } : {}),
      ...(match.stats ? { stats: match.stats } : {}),
    },
    ...(match.events ? { events: match.events } : {}),
    ...(match.shootout ? { shootout: match.shootout } : {}),
  };
  const doc = new Document(fields);
  visit(doc, {
    Map(_, node, path) {
      const parent = path[path.length - 1];
      // One line per event, kick, player and team, as the README writes them.
      if (
        isSeq(parent) ||
        (isPair(parent) && isScalar(parent.key) && (parent.key.value === 'home' || parent.key.value === 'away') && !isLineup(node))
      )
        node.flow = true;
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'minute' && isScalar(pair.value) && typeof pair.value.value === 'string')
        pair.value.type = 'QUOTE_DOUBLE';
    },
  });
  const draft = doc.get('draft', true);
  if (isScalar(draft) && draft.value === true) draft.comment = ' `npm run dev` shows drafts; set false to publish';
  doc.commentBefore = ` Imported from ${options.source} (${match.at}) by npm run import: the facts are the data's; write the story below.`;
  const yaml = doc.toString({ lineWidth: 0 });
  return {
    slug,
    key: matchKey(date, home.name, away.name),
    text: `---\n${yaml}---\n${placeholder(match, home.name, away.name, tie)}\n`,
    home: home.name,
    away: away.name,
    unknownTeams: [home, away].filter((t) => !t.known).map((t) => t.name),
    notCarried,
  };
}

/** A line-up map (under lineups.home) stays in block style; only its players are one line each. */
function isLineup(node: Node): boolean {
  return isMap(node) && node.has('starting');
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** The body: what to write, with the result and the scorers named so the author starts from the facts. */
function placeholder(match: ImportedMatch, home: string, away: string, tie: Tie | undefined): string {
  const result = `${home} ${score(match.score)} ${away}`;
  const how = [
    match.extraTime ? 'after extra time' : '',
    match.penalties ? `${score(match.penalties)} on penalties` : '',
    tie ? `${tie.leg === 1 ? 'first' : 'second'} leg${tie.aggregate ? `, ${score(tie.aggregate)} on aggregate` : ''}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const scorers = [...new Set((match.events ?? []).filter((e) => e.type === 'goal' && e.player).map((e) => e.player as string))];
  const goals =
    scorers.length > 0
      ? `: the goals of ${new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(scorers)}, and what decided it`
      : ': how the goals came and what decided it';
  return [
    `Write the story of ${result}${how ? ` (${how})` : ''} here${goals}.`,
    '',
    'The first paragraph is the summary shown in lists, feeds and link previews. The facts above come from the data file; the timeline and the score check read them.',
  ].join('\n');
}

/** Reads a recap file back with the build's reader: its problems, or none. */
export function checkRecapFile(file: string, recap: RecapFile, teams?: TeamLookup): readonly Diagnostic[] {
  const result = readRecap(file, recap.slug, recap.text, teams ? { teams } : {});
  return result.ok ? [] : result.diagnostics;
}
