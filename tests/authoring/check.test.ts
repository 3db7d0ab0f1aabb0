import { execFile } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkContent, formatCheckText } from '../../src/authoring/check.ts';
import { buildSite, ROOT } from '../helpers/site.ts';
import { contentFolder, pinPaths, runScript, VALID_RECAP } from './helpers.ts';

/** Checks a folder in-process, with paths shown relative to it (`recaps/a.md`). */
async function check(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await contentFolder(files);
  return formatCheckText(await checkContent(dir, { displayRoot: dir }));
}

const recap = (replace: [string, string][] = []) => replace.reduce((text, [from, to]) => text.replace(from, to), VALID_RECAP);

describe('npm run check, the command', () => {
  it('passes the sample content in content/', async () => {
    const result = await runScript('check.ts', [], path.join(ROOT, 'content'));
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/^\d+ recaps, \d+ team files: 0 errors, \d+ warnings? \(\d+ ms\)\n$/);
  });

  it('prints a summary for valid content and exits 0', async () => {
    const dir = await contentFolder({ 'recaps/harbour-derby.md': VALID_RECAP, 'teams/quay-albion.yml': 'name: Quay Albion\nshort: QAL\n' });
    const result = await runScript('check.ts', [], dir);
    expect({ ...result, stdout: pinPaths(result.stdout, dir) }).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "1 recap, 1 team file: 0 errors, 0 warnings (<ms> ms)
      ",
      }
    `);
  });

  it('prints the messages, counts drafts, and exits 1 on errors', async () => {
    const dir = await contentFolder({
      'recaps/harbour-derby.md': recap([['score: 2-1', 'score: 3-1']]),
      'recaps/next-week.md': recap([
        ['date: 2024-03-09', 'date: 2024-03-16\ndraft: true'],
        ['kickoff: 2024-03-08', 'kickoff: 2024-03-15'],
      ]),
    });
    const result = await runScript('check.ts', [], dir);
    expect(result.code).toBe(1);
    expect(pinPaths(result.stdout, dir)).toMatchInlineSnapshot(`
      "<content>/recaps/harbour-derby.md:9:10  match.score  error: found "3-1", expected "2-1" as the events count it (Quay Albion 2 goals; Dockside Rovers 1 goal)
       9 |   score: 3-1
         |          ^^^
         = hint: add the missing goals to \`events\`, or correct \`score\`; an own goal counts for the other side

      2 recaps (1 draft), 0 team files: 1 error, 0 warnings (<ms> ms)
      "
    `);
  });

  it('prints exactly the messages the build prints', async () => {
    const dir = await contentFolder({
      'recaps/a.md': recap([['score: 2-1', 'score: 2–1']]),
      'recaps/b.md': recap([['type: goal, team: away', 'type: gaol, team: away']]),
      'teams/quay-albion.yml': 'name: Quay Albion\ncolour: red\n',
    });
    const [checked, built] = await Promise.all([runScript('check.ts', [], dir), buildSite({ contentDir: dir })]);
    expect(built.code).toBe(1);
    const messages = checked.stdout.split('\n\n').slice(0, -1);
    expect(messages).toHaveLength(3);
    for (const message of messages) expect(built.stderr).toContain(message);
  });

  it('takes unchanged recaps from the read cache and prints the same words, positions included', async () => {
    const dir = await contentFolder({
      'recaps/a.md': recap([['Una Reid scored twice', 'A striker scored twice']]),
      'recaps/b.md': recap([['score: 2-1', 'score: 3-1']]),
      'recaps/c.md': VALID_RECAP,
    });
    const cache = await mkdtemp(path.join(tmpdir(), 'fulltime-check-cache-'));
    const run = async () => {
      const result = await runScript('check.ts', [], dir, { FULLTIME_CACHE_DIR: cache });
      return { ...result, stdout: pinPaths(result.stdout, dir) };
    };
    const first = await run();
    const reads = path.join(cache, 'reads');
    expect(await readdir(reads)).not.toEqual([]);
    const second = await run();
    expect(second).toEqual(first);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('b.md:9:10  match.score  error');
    expect(first.stdout).toContain('a.md:11:51  events[0].player  warning: found the scorer Una Reid');
  });

  it('exits 0 with warnings, and 1 with --strict', async () => {
    const dir = await contentFolder({ 'recaps/a.md': recap([['Una Reid scored twice', 'A striker scored twice']]) });
    expect((await runScript('check.ts', [], dir)).code).toBe(0);
    expect((await runScript('check.ts', ['--strict'], dir)).code).toBe(1);
  });

  it('refuses unknown options', async () => {
    const result = await runScript('check.ts', ['--jsno'], path.join(ROOT, 'content'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatchInlineSnapshot(`
      "Unknown option '--jsno'
      Usage: npm run check [-- --json] [-- --strict]
      "
    `);
  });

  it('prints machine-readable output with --json', async () => {
    const dir = await contentFolder({
      'recaps/a.md': recap([['score: 2-1', 'score: 3-1']]),
      'recaps/b.md': recap([['date: 2024-03-09', 'date: 2024-03-07']]),
    });
    const result = await runScript('check.ts', ['--json'], dir);
    expect(result.code).toBe(1);
    const output = JSON.parse(pinPaths(result.stdout, dir)) as Record<string, unknown>;
    expect(output['milliseconds']).toBeTypeOf('number');
    delete output['milliseconds'];
    expect(output).toMatchInlineSnapshot(`
      {
        "diagnostics": [
          {
            "column": 10,
            "file": "<content>/recaps/a.md",
            "hint": "add the missing goals to \`events\`, or correct \`score\`; an own goal counts for the other side",
            "length": 3,
            "line": 9,
            "message": "found "3-1", expected "2-1" as the events count it (Quay Albion 2 goals; Dockside Rovers 1 goal)",
            "path": "match.score",
            "rule": "score-matches-events",
            "severity": "error",
            "sourceLine": "  score: 3-1",
          },
          {
            "column": 12,
            "file": "<content>/recaps/b.md",
            "hint": "check \`date\` (when the recap is published) and \`match.kickoff\` (when the match was played)",
            "length": 10,
            "line": 6,
            "message": "found a kick-off on 2024-03-08, after the publication date 2024-03-07; expected the match to come first",
            "path": "match.kickoff",
            "rule": "kickoff-after-date",
            "severity": "warning",
            "sourceLine": "  kickoff: 2024-03-08",
          },
        ],
        "drafts": 0,
        "errors": 1,
        "ok": false,
        "recaps": 2,
        "teams": 0,
        "warnings": 1,
      }
    `);
  });

  it('colours its output on a terminal only, and never with NO_COLOR', async () => {
    const dir = await contentFolder({ 'recaps/a.md': recap([['score: 2-1', 'score: 3-1']]) });
    const node = path.join(ROOT, 'node_modules', '.bin', 'node');
    // `script` runs the command on a pseudo-terminal, as when a writer types `npm run check`.
    const onTerminal = async (env: Record<string, string>) => {
      const { stdout } = await promisify(execFile)('script', ['-qec', `${node} scripts/check.ts; true`, '/dev/null'], {
        cwd: ROOT,
        env: { ...process.env, FULLTIME_CONTENT_DIR: dir, ...env },
      });
      return stdout;
    };
    const { NO_COLOR: _ignored, ...colourful } = process.env;
    expect(await onTerminal(colourful as Record<string, string>)).toContain('\u001b[');
    expect(await onTerminal({ NO_COLOR: '1' })).not.toContain('\u001b[');
    expect((await runScript('check.ts', [], dir)).stdout).not.toContain('\u001b[');
  });
});

describe('npm run check, each kind of error', () => {
  it('a file that is not UTF-8', async () => {
    // Latin-1 "é" where UTF-8 needs two bytes: what an old editor saves.
    const bytes = Buffer.from(VALID_RECAP);
    bytes[bytes.indexOf('Reid')] = 0xe9;
    expect(await check({ 'recaps/a.md': bytes })).toMatchInlineSnapshot(`
      "recaps/a.md:2:12  (file)  error: found the byte 0xE9, which is not UTF-8; expected a UTF-8 text file
       2 | title: Una �eid settles the harbour derby
         |            ^
         = hint: save the file as UTF-8 (in VS Code: "Save with Encoding", then "UTF-8")

      1 recap, 0 team files: 1 error, 0 warnings"
    `);
  });

  it('a file without frontmatter', async () => {
    expect(await check({ 'recaps/a.md': 'title: no dashes\n' })).toMatchInlineSnapshot(`
      "recaps/a.md:1:1  (file)  error: found "title: no dashes" on the first line, expected \`---\` opening the frontmatter
       1 | title: no dashes
         | ^
         = hint: a recap starts with a \`---\` line, the match fields, and another \`---\` line before the text

      1 recap, 0 team files: 1 error, 0 warnings"
    `);
  });

  it('invalid YAML (an unquoted colour)', async () => {
    expect(await check({ 'recaps/a.md': recap([['home: { name: Quay Albion }', 'home: { name: Quay Albion, color: #1d4ed8 }']]) }))
      .toMatchInlineSnapshot(`
      "recaps/a.md:7:37  (file)  error: found an unquoted colour #1d4ed8, which YAML reads as a comment; expected a quoted value
       7 |   home: { name: Quay Albion, color: #1d4ed8 }
         |                                     ^^^^^^^
         = hint: write it in quotes: "#1d4ed8"

      1 recap, 0 team files: 1 error, 0 warnings"
    `);
  });

  it('a missing required field', async () => {
    expect(await check({ 'recaps/a.md': recap([['title: Una Reid settles the harbour derby\n', '']]) })).toMatchInlineSnapshot(`
      "recaps/a.md:2:1  title  error: \`title\` is missing, expected text
       2 | date: 2024-03-09
         | ^^^^^^^^^^^^^^^^
         = hint: add \`title:\` here

      1 recap, 0 team files: 1 error, 0 warnings"
    `);
  });

  it('an unknown field (a typo)', async () => {
    expect(await check({ 'recaps/a.md': recap([['  score: 2-1', '  scroe: 2-1']]) })).toMatchInlineSnapshot(`
      "recaps/a.md:4:1  match.score  error: \`score\` is missing, expected a score written HOME-AWAY, like "2-1"
       4 | match:
         | ^^^^^
         = hint: add \`score:\` here

      recaps/a.md:9:3  match.scroe  error: found unknown field \`scroe\` under \`match\`, expected one of competition, season, round, kickoff, venue, attendance, referee, home, away, score, halftime, extraTime, halfLength, penalties, leg, aggregate, playerOfTheMatch, lineups, stats
       9 |   scroe: 2-1
         |   ^^^^^
         = hint: did you mean \`score\`?

      1 recap, 0 team files: 2 errors, 0 warnings"
    `);
  });

  it('a value of the wrong form', async () => {
    expect(await check({ 'recaps/a.md': recap([['date: 2024-03-09', 'date: 9 March 2024']]) })).toMatchInlineSnapshot(`
      "recaps/a.md:3:7  date  error: found "9 March 2024", expected a date written YYYY-MM-DD
       3 | date: 9 March 2024
         |       ^^^^^^^^^^^^

      1 recap, 0 team files: 1 error, 0 warnings"
    `);
  });

  it('an unknown event type', async () => {
    expect(await check({ 'recaps/a.md': recap([['type: goal, team: away', 'type: gaol, team: away']]) })).toMatchInlineSnapshot(`
      "recaps/a.md:12:25  events[1].type  error: found "gaol", expected one of goal, own-goal, penalty-miss, yellow, second-yellow, red, sub, var
       12 |   - { minute: 50, type: gaol, team: away, player: Bo Lind }
          |                         ^^^^
          = hint: did you mean \`goal\`?

      1 recap, 0 team files: 1 error, 0 warnings"
    `);
  });

  it('a minute outside the match', async () => {
    expect(await check({ 'recaps/a.md': recap([['minute: 88', 'minute: 95']]) })).toMatchInlineSnapshot(`
      "recaps/a.md:13:15  events[2].minute  error: found 95, expected a whole number from 1 to 90
       13 |   - { minute: 95, type: goal, team: home, player: Una Reid }
          |               ^^
          = hint: write added time as "90+5"; minutes 91-120 need \`extraTime: true\` under \`match\`

      1 recap, 0 team files: 1 error, 0 warnings"
    `);
  });

  it('a score the events do not add up to', async () => {
    expect(await check({ 'recaps/a.md': recap([['score: 2-1', 'score: 3-1']]) })).toMatchInlineSnapshot(`
      "recaps/a.md:9:10  match.score  error: found "3-1", expected "2-1" as the events count it (Quay Albion 2 goals; Dockside Rovers 1 goal)
       9 |   score: 3-1
         |          ^^^
         = hint: add the missing goals to \`events\`, or correct \`score\`; an own goal counts for the other side

      1 recap, 0 team files: 1 error, 0 warnings"
    `);
  });

  it('penalties after a decided match', async () => {
    expect(await check({ 'recaps/a.md': recap([['score: 2-1', 'score: 2-1\n  penalties: 4-3']]) })).toMatchInlineSnapshot(`
      "recaps/a.md:10:14  match.penalties  error: found penalties "4-3" after a 2-1 score, expected no shootout: penalties follow a drawn score, or end the second leg of a tie level on aggregate
       10 |   penalties: 4-3
          |              ^^^
          = hint: remove \`penalties\`, correct \`score\` to the drawn result, or add \`leg: 2\` under \`match\` for the second leg of a two-legged tie (see "Recap format" in README.md)

      1 recap, 0 team files: 1 error, 0 warnings"
    `);
  });

  it('a player with an event after being sent off', async () => {
    const sentOff =
      '  - { minute: 50, type: goal, team: away, player: Bo Lind }\n  - { minute: 60, type: red, team: home, player: Una Reid }';
    expect(await check({ 'recaps/a.md': recap([['  - { minute: 50, type: goal, team: away, player: Bo Lind }', sentOff]]) }))
      .toMatchInlineSnapshot(`
      "recaps/a.md:14:51  events[3].player  error: found Una Reid at 88', expected no event: Una Reid was sent off at 60' (events[2])
       14 |   - { minute: 88, type: goal, team: home, player: Una Reid }
          |                                                   ^^^^^^^^
          = hint: check the minute of both events, or the player named

      1 recap, 0 team files: 1 error, 0 warnings"
    `);
  });

  it('a file name that is not a slug', async () => {
    expect(await check({ 'recaps/Harbour Derby.md': VALID_RECAP })).toMatchInlineSnapshot(`
      "recaps/Harbour Derby.md:1:1  (file)  error: found the file name "Harbour Derby.md", expected lowercase letters, digits and hyphens (the name is the URL)
       1 | ---
         | ^
         = hint: rename it to harbour-derby.md

      1 recap, 0 team files: 1 error, 0 warnings"
    `);
  });

  it('two files with one slug', async () => {
    expect(await check({ 'recaps/a.md': VALID_RECAP, 'recaps/2024/a.md': VALID_RECAP })).toMatchInlineSnapshot(`
      "recaps/2024/a.md:1:1  (file)  error: found the slug "a" here and in recaps/a.md, expected each recap file name to be unique (it is the URL /recaps/a/)
       1 | ---
         | ^
         = hint: rename one of the files

      recaps/a.md:1:1  (file)  error: found the slug "a" here and in recaps/2024/a.md, expected each recap file name to be unique (it is the URL /recaps/a/)
       1 | ---
         | ^
         = hint: rename one of the files

      2 recaps, 0 team files: 2 errors, 0 warnings"
    `);
  });

  it('two reports of one match that disagree', async () => {
    expect(await check({ 'recaps/a.md': VALID_RECAP, 'recaps/b.md': recap([['minute: 88', 'minute: 89']]) })).toMatchInlineSnapshot(`
      "recaps/b.md:10:1  events  error: found no 88' goal by Una Reid (Quay Albion), which recaps/a.md lists for the same match (its events[2])
       10 | events:
          | ^^^^^^
          = hint: reports of the same match (Quay Albion v Dockside Rovers, 2024-03-08) must agree; correct whichever file is wrong

      recaps/b.md:13:5  events[2]  error: found the 89' goal by Una Reid (Quay Albion), which recaps/a.md does not list for the same match
       13 |   - { minute: 89, type: goal, team: home, player: Una Reid }
          |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
          = hint: reports of the same match (Quay Albion v Dockside Rovers, 2024-03-08) must agree; correct whichever file is wrong

      2 recaps, 0 team files: 2 errors, 0 warnings"
    `);
  });

  it('a team file with an unknown field', async () => {
    expect(await check({ 'recaps/a.md': VALID_RECAP, 'teams/quay-albion.yml': 'name: Quay Albion\ncolour: "#1d4ed8"\n' }))
      .toMatchInlineSnapshot(`
      "teams/quay-albion.yml:2:1  colour  error: found unknown field \`colour\` in a team file, expected one of name, short, color, aliases
       2 | colour: "#1d4ed8"
         | ^^^^^^
         = hint: did you mean \`color\`?

      1 recap, 1 team file: 1 error, 0 warnings"
    `);
  });
});

describe('npm run check, warnings', () => {
  it('a scorer the text never names, dates out of order, and a recap without events', async () => {
    const odd = recap([
      ['date: 2024-03-09', 'date: 2024-03-07\nupdated: 2024-03-06'],
      ['Una Reid scored twice', 'A striker scored twice'],
    ]);
    // Other matches (other kick-off dates), so the reports need not agree with a.md.
    const noEvents = VALID_RECAP.replace(/events:\n(?:  - .*\n)+/, '').replace('kickoff: 2024-03-08', 'kickoff: 2024-03-01');
    const emptyEvents = VALID_RECAP.replace(/events:\n(?:  - .*\n)+/, 'events: []\n')
      .replace('score: 2-1', 'score: 0-0')
      .replace('kickoff: 2024-03-08', 'kickoff: 2024-03-02');
    expect(await check({ 'recaps/a.md': odd, 'recaps/b.md': noEvents, 'recaps/c.md': emptyEvents })).toMatchInlineSnapshot(`
      "recaps/a.md:4:10  updated  warning: found an update on 2024-03-06, before the publication date 2024-03-07; expected it on or after 2024-03-07
       4 | updated: 2024-03-06
         |          ^^^^^^^^^^
         = hint: \`date\` is when the recap was first published, \`updated\` when it last changed

      recaps/a.md:7:12  match.kickoff  warning: found a kick-off on 2024-03-08, after the publication date 2024-03-07; expected the match to come first
       7 |   kickoff: 2024-03-08
         |            ^^^^^^^^^^
         = hint: check \`date\` (when the recap is published) and \`match.kickoff\` (when the match was played)

      recaps/a.md:12:51  events[0].player  warning: found the scorer Una Reid (10'), whom the text never names; expected the story to mention each scorer
       12 |   - { minute: 10, type: goal, team: home, player: Una Reid }
          |                                                   ^^^^^^^^
          = hint: mention the goal in the text, or check the spelling of the name in this event

      recaps/b.md:9:10  events  warning: found no \`events\` for a 2-1 match, expected the goals, cards and substitutions listed
       9 |   score: 2-1
         |          ^^^
         = hint: list them under \`events:\`: they check the score and draw the timeline (see "Recap format" in README.md)

      recaps/c.md:10:1  events  warning: found an empty \`events\` list, expected the goals, cards and substitutions of the match
       10 | events: []
          | ^^^^^^
          = hint: list them under \`events:\`: they check the score and draw the timeline (see "Recap format" in README.md)

      3 recaps, 0 team files: 0 errors, 5 warnings"
    `);
  });

  it('counts a scorer as named by surname, in any case and without accents', async () => {
    const accented = recap([
      ['player: Bo Lind', 'player: Bö Lindqvist-Åberg'],
      ['Bo Lind had levelled', 'LINDQVIST had levelled'],
    ]);
    expect(await check({ 'recaps/a.md': accented })).toMatchInlineSnapshot(`"1 recap, 0 team files: 0 errors, 0 warnings"`);
  });
});
