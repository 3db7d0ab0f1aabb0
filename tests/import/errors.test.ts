import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatImportError } from '../../src/import/data-file.ts';
import { formatDiagnostic } from '../../src/recap/diagnostics.ts';
import type { ImportFormat } from '../../src/import/model.ts';
import { importFile } from '../../src/import/run.ts';
import { fixtureJson, fixtureText, renamePlayer } from './helpers.ts';

/** Imports a file written with `content` into an empty content folder; the formatted errors, or a failure. */
async function errorsFor(name: string, content: string | object, format?: ImportFormat): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fulltime-import-errors-'));
  await writeFile(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  const result = await importFile(path.join(dir, name), { format, draft: true, contentDir: path.join(dir, 'content'), displayRoot: dir });
  if (result.ok) throw new Error(`${name} imported without errors`);
  return result.errors.map((e) => formatImportError(e)).join('\n\n');
}

describe('import errors', () => {
  it('refuses a file that is not JSON', async () => {
    expect(await errorsFor('recap.md', '---\ntitle: A recap\n---\nText\n')).toMatchInlineSnapshot(`
      "recap.md:1:1  (file)  error: found text that is not JSON (it starts with "---"), expected a JSON data file
       1 | ---
         | ^
         = hint: give an openfootball .json file or a saved API-Football /fixtures response"
    `);
  });

  it('gives the line and column of broken JSON', async () => {
    const text = fixtureText('worldcup-2022.json').replace('"team2": "France",', '"team2": "France"');
    expect(await errorsFor('worldcup.json', text)).toMatchInlineSnapshot(`
      "worldcup.json:272:5  (file)  error: broken JSON: found two values without a comma between them, expected valid JSON
       272 |     "score": {"ft": [1, 0], "ht": [0, 0]},
           |     ^^^^^^^
           = hint: a comma is missing before this value (at the end of the line above, when the value starts a line)"
    `);
    expect(await errorsFor('trailing.json', '{\n  "name": "Cup 2030",\n  "matches": [],\n}\n')).toMatchInlineSnapshot(`
      "trailing.json:4:1  (file)  error: broken JSON: found something other than a quoted property name, expected valid JSON
       4 | }
         | ^
         = hint: a comma before a closing } or ] is not allowed in JSON; nor is an empty value"
    `);
  });

  it('shows a window of a one-line file around the broken place', async () => {
    const text = fixtureText('fixtures-cl-penalties.json').replace('"referee":"C. Turpin"', '"referee":C. Turpin');
    expect(await errorsFor('fixtures.json', text)).toMatchInlineSnapshot(`
      "fixtures.json:1:45758  (file)  error: broken JSON: found a character that cannot start a JSON value, expected valid JSON
       1 | …{"id":1149523,"referee":C. Turpin,"timezone":"UTC","date":"2024-03-12T20…
         |                          ^^"
    `);
  });

  it('refuses JSON in neither format', async () => {
    expect(await errorsFor('standings.json', { league: { standings: [] } })).toMatchInlineSnapshot(`
      "standings.json:1:1  (file)  error: found an object with league, expected openfootball JSON (\`name\` and a \`matches\` list) or an API-Football /fixtures response (\`get\` and a \`response\` list)
       1 | {
         | ^
         = hint: give --format openfootball or --format api-football to see what that format is missing"
    `);
  });

  it('names the path inside the file of a value of the wrong shape', async () => {
    const raw = fixtureJson<{ matches: Record<string, unknown>[] }>('worldcup-2022.json');
    raw.matches[3] = { ...raw.matches[3], date: 20221125, score: { ft: [1] } };
    expect(await errorsFor('worldcup.json', raw)).toMatchInlineSnapshot(`
      "worldcup.json:107:15  matches[3].date  error: found 20221125, expected a string
       107 |       "date": 20221125,
           |               ^^^^^^^^
           = hint: is this openfootball data? See "Importing matches" in README.md for the fields each format needs

      worldcup.json:112:15  matches[3].score.ft  error: found an array of 1, expected a score written [team1, team2], like [2, 1]
       112 |         "ft": [
           |               ^
           = hint: is this openfootball data? See "Importing matches" in README.md for the fields each format needs"
    `);
  });

  it('refuses API-Football responses that are not fixtures, and error responses', async () => {
    expect(await errorsFor('standings.json', { get: 'standings', parameters: { league: '39' }, errors: [], results: 0, response: [] }))
      .toMatchInlineSnapshot(`
      "standings.json:2:10  get  error: found a response to /standings, expected a response to /fixtures
       2 |   "get": "standings",
         |          ^^^^^^^^^^^
         = hint: save the response of GET /fixtures?id=… (or ?ids=…, ?league=…&season=…): it has the events, line-ups and statistics"
    `);
    expect(
      await errorsFor('denied.json', {
        get: 'fixtures',
        parameters: { id: '1' },
        errors: { token: 'Error/Missing application key.' },
        results: 0,
        response: [],
      }),
    ).toMatchInlineSnapshot(`
      "denied.json:6:13  errors  error: found an error response from API-Football (token: Error/Missing application key.), expected fixtures
       6 |   "errors": {
         |             ^
         = hint: fetch the fixtures again; the saved response holds no matches"
    `);
    const raw = fixtureJson<{ response: { fixture: Record<string, unknown> }[] }>('fixtures-cl-penalties.json');
    delete raw.response[1]?.fixture.date;
    expect(await errorsFor('fixtures.json', raw)).toMatchInlineSnapshot(`
      "fixtures.json:4245:18  response[1].fixture.date  error: \`date\` is missing, expected a string
       4245 |       "fixture": {
            |                  ^
            = hint: is this API-Football /fixtures data? See "Importing matches" in README.md for the fields each format needs"
    `);
  });

  it('does not write a recap the check would refuse, and gives the check its words', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fulltime-import-refused-'));
    const raw = fixtureJson<{ response: { events: Record<string, unknown>[] }[] }>('fixtures-cl-penalties.json');
    // An invented booking at 110' for a player who went off at 105': Trossard, renamed to an invented person first.
    renamePlayer(raw.response[1], 1946, { 'L. Trossard': 'L. Ficção', 'Leandro Trossard': 'Leandro Ficção' });
    raw.response[1]?.events.push({
      time: { elapsed: 110, extra: null },
      team: { id: 42, name: 'Arsenal' },
      player: { id: 1946, name: 'L. Ficção' },
      assist: { id: null, name: null },
      type: 'Card',
      detail: 'Yellow Card',
      comments: 'Argument',
    });
    await writeFile(path.join(dir, 'fixtures.json'), JSON.stringify(raw));
    const result = await importFile(path.join(dir, 'fixtures.json'), {
      draft: true,
      contentDir: path.join(dir, 'content'),
      displayRoot: dir,
    });
    if (!result.ok) throw new Error('the file itself is fine');
    expect(result.report.written.map((w) => w.file)).toEqual(['content/recaps/2024-03-13-atletico-madrid-inter.md']);
    expect(result.report.failed.map((f) => f.label)).toEqual(['Arsenal v FC Porto, 2024-03-12']);
    expect(result.report.failed[0]?.diagnostics.map((d) => formatDiagnostic(d)).join('\n')).toMatchInlineSnapshot(`
      "content/recaps/2024-03-12-arsenal-fc-porto.md:100:54  events[12].player  error: found L. Ficção at 110', expected no event: L. Ficção was substituted off at 105' (events[10])
       100 |   - { minute: 110, type: yellow, team: home, player: L. Ficção, note: Argument }
           |                                                      ^^^^^^^^^
           = hint: check the minute of both events, or the player named"
    `);
    expect(await readdir(path.join(dir, 'content/recaps'))).toEqual(['2024-03-13-atletico-madrid-inter.md']);
  });

  it('says what a forced format is missing', async () => {
    expect(await errorsFor('fixtures.json', fixtureText('fixtures-cl-penalties.json'), 'openfootball')).toMatchInlineSnapshot(`
      "fixtures.json:1:1  name  error: \`name\` is missing, expected a string
       1 | {"get":"fixtures","parameters":{"ids":"1149523-1149519"},"errors":[],"re…
         | ^
         = hint: is this openfootball data? See "Importing matches" in README.md for the fields each format needs

      fixtures.json:1:1  matches  error: \`matches\` is missing, expected an array
       1 | {"get":"fixtures","parameters":{"ids":"1149523-1149519"},"errors":[],"re…
         | ^
         = hint: is this openfootball data? See "Importing matches" in README.md for the fields each format needs"
    `);
  });
});
