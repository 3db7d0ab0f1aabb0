import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listRecapFiles, loadCollection } from '../../src/recap/collection.ts';
import { formatReport } from '../../src/recap/diagnostics.ts';
import { collection, recapFile } from './helpers.ts';

const derby = (over: { title?: string; author?: string; score?: string; penalties?: string; events?: string[]; top?: string[] } = {}) =>
  recapFile({
    top: over.top ?? [`title: ${over.title ?? 'Derby report'}`, 'date: 2024-03-02', ...(over.author ? [`author: ${over.author}`] : [])],
    match: { kickoff: '2024-03-01T19:45:00+00:00', score: over.score ?? '2-1', penalties: over.penalties },
    events: over.events ?? [
      '{ minute: 10, type: goal, team: home, player: Ana Lopes }',
      '{ minute: "45+2", type: own-goal, team: home, player: Bea Costa }',
      '{ minute: 80, type: goal, team: home, player: Dana Ruiz, note: A deflection }',
    ],
  });

describe('file names and slugs', () => {
  it('refuses the same slug in two folders, naming both files', () => {
    const result = collection({
      'content/recaps/2023/derby.md': derby(),
      'content/recaps/2024/derby.md': derby({ title: 'Another derby' }),
    });
    expect(formatReport(result.diagnostics)).toMatchInlineSnapshot(`
      "content/recaps/2023/derby.md:1:1  (file)  error: found the slug "derby" here and in content/recaps/2024/derby.md, expected each recap file name to be unique (it is the URL /recaps/derby/)
       1 | ---
         | ^
         = hint: rename one of the files

      content/recaps/2024/derby.md:1:1  (file)  error: found the slug "derby" here and in content/recaps/2023/derby.md, expected each recap file name to be unique (it is the URL /recaps/derby/)
       1 | ---
         | ^
         = hint: rename one of the files

      2 errors, 0 warnings"
    `);
    expect(result.recaps).toHaveLength(0);
  });

  it('refuses file names that are not lowercase slugs, and suggests one', () => {
    const result = collection({ 'content/recaps/Derby Day.md': derby(), 'content/recaps/дерби.md': derby({ title: 'Another' }) });
    expect(formatReport(result.diagnostics)).toMatchInlineSnapshot(`
      "content/recaps/Derby Day.md:1:1  (file)  error: found the file name "Derby Day.md", expected lowercase letters, digits and hyphens (the name is the URL)
       1 | ---
         | ^
         = hint: rename it to derby-day.md

      content/recaps/дерби.md:1:1  (file)  error: found the file name "дерби.md", expected lowercase letters, digits and hyphens (the name is the URL)
       1 | ---
         | ^
         = hint: rename it to derbi.md

      2 errors, 0 warnings"
    `);
  });

  it('lists .md files in nested folders, skipping _drafts-style and hidden names', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fulltime-recaps-'));
    await mkdir(path.join(dir, '2024', 'spring'), { recursive: true });
    for (const name of ['a.md', '2024/b.md', '2024/spring/c.md', '_template.md', '.hidden.md', 'notes.txt'])
      await writeFile(path.join(dir, name), '');
    expect((await listRecapFiles(dir)).map((f) => path.relative(dir, f))).toEqual(['2024/b.md', '2024/spring/c.md', 'a.md']);
    expect(await listRecapFiles(path.join(dir, 'missing'))).toEqual([]);
  });

  it('reads a folder and reports every file’s problems in one run', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fulltime-recaps-'));
    await writeFile(path.join(dir, 'one.md'), '');
    await writeFile(path.join(dir, 'two.md'), recapFile({ match: { score: '1-0' }, events: [] }));
    await writeFile(path.join(dir, 'three.md'), derby());
    const result = await loadCollection(dir, { includeDrafts: false, displayRoot: dir });
    expect(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`)).toEqual([
      'one.md:1 empty-file',
      'two.md:9 score-matches-events',
    ]);
    expect(result.recaps.map((r) => r.slug)).toEqual(['three']);
  });
});

describe('reports of the same match', () => {
  it('link to each other, with title and author', () => {
    const result = collection({
      'content/recaps/derby-report.md': derby({ author: 'Ana Writer' }),
      'content/recaps/derby-analysis.md': derby({ title: 'How the derby was won' }),
      'content/recaps/other.md': recapFile({ match: { kickoff: '2024-02-01' } }),
    });
    expect(result.diagnostics).toEqual([]);
    const links = Object.fromEntries(result.recaps.map((r) => [r.slug, r.otherReports]));
    expect(links).toEqual({
      'derby-report': [{ slug: 'derby-analysis', title: 'How the derby was won', lang: 'en' }],
      'derby-analysis': [{ slug: 'derby-report', title: 'Derby report', author: 'Ana Writer', lang: 'en' }],
      other: [],
    });
  });

  it('are the same match by kick-off date and team names, whatever the time or case', () => {
    const result = collection({
      'content/recaps/a.md': derby(),
      'content/recaps/b.md': derby().replace('2024-03-01T19:45:00+00:00', '2024-03-01').replace('Eastport United', 'EASTPORT UNITED '),
    });
    expect(result.recaps.map((r) => r.otherReports.length)).toEqual([1, 1]);
  });

  it('must agree on score, penalties and goals: every difference, with both files', () => {
    const result = collection({
      'content/recaps/derby-a.md': recapFile({
        match: { kickoff: '2024-03-01', score: '1-1', penalties: '4-3' },
        events: ['{ minute: 10, type: goal, team: home, player: Ana Lopes }', '{ minute: 70, type: goal, team: away, player: Ivo Petrov }'],
      }),
      'content/recaps/derby-b.md': recapFile({
        match: { kickoff: '2024-03-01', score: '2-1' },
        events: [
          '{ minute: 11, type: goal, team: home, player: Ana Lopes }',
          '{ minute: 70, type: goal, team: away, player: Ivo Petrov }',
          '{ minute: 88, type: own-goal, team: away, player: Kofi Mensah }',
        ],
      }),
    });
    expect(formatReport(result.diagnostics)).toMatchInlineSnapshot(`
      "content/recaps/derby-b.md:4:1  match  error: found no penalties, but content/recaps/derby-a.md gives "4-3" for the same match
       4 | match:
         | ^^^^^
         = hint: reports of the same match (Northbridge FC v Eastport United, 2024-03-01) must agree; correct whichever file is wrong

      content/recaps/derby-b.md:9:10  match.score  error: found "2-1", but content/recaps/derby-a.md gives "1-1" for the same match
       9 |   score: 2-1
         |          ^^^
         = hint: reports of the same match (Northbridge FC v Eastport United, 2024-03-01) must agree; correct whichever file is wrong

      content/recaps/derby-b.md:10:1  events  error: found no 10' goal by Ana Lopes (Northbridge FC), which content/recaps/derby-a.md lists for the same match (its events[0])
       10 | events:
          | ^^^^^^
          = hint: reports of the same match (Northbridge FC v Eastport United, 2024-03-01) must agree; correct whichever file is wrong

      content/recaps/derby-b.md:11:5  events[0]  error: found the 11' goal by Ana Lopes (Northbridge FC), which content/recaps/derby-a.md does not list for the same match
       11 |   - { minute: 11, type: goal, team: home, player: Ana Lopes }
          |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
          = hint: reports of the same match (Northbridge FC v Eastport United, 2024-03-01) must agree; correct whichever file is wrong

      content/recaps/derby-b.md:13:5  events[2]  error: found the 88' own goal by Kofi Mensah (Eastport United), which content/recaps/derby-a.md does not list for the same match
       13 |   - { minute: 88, type: own-goal, team: away, player: Kofi Mensah }
          |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
          = hint: reports of the same match (Northbridge FC v Eastport United, 2024-03-01) must agree; correct whichever file is wrong

      5 errors, 0 warnings"
    `);
    expect(result.recaps).toHaveLength(1);
  });

  it('compare penalties when only the other report has them', () => {
    const a = recapFile({ match: { score: '1-1', penalties: '5-4' } });
    const result = collection({ 'content/recaps/a.md': a, 'content/recaps/b.md': recapFile({ match: { score: '1-1' } }) });
    expect(formatReport(result.diagnostics)).toMatchInlineSnapshot(`
      "content/recaps/b.md:4:1  match  error: found no penalties, but content/recaps/a.md gives "5-4" for the same match
       4 | match:
         | ^^^^^
         = hint: reports of the same match (Northbridge FC v Eastport United, 2024-03-01) must agree; correct whichever file is wrong

      1 error, 0 warnings"
    `);
  });

  it('compare the leg and the aggregate of a two-legged tie where both reports give them', () => {
    const tie = (extra: Record<string, string>) => recapFile({ match: { score: '2-1', penalties: '4-3', ...extra } });
    const agree = collection({ 'content/recaps/a.md': tie({ leg: '2', aggregate: '2-2' }), 'content/recaps/b.md': tie({ leg: '2' }) });
    expect(agree.diagnostics).toEqual([]);
    const result = collection({
      'content/recaps/a.md': tie({ leg: '2', aggregate: '2-2' }),
      'content/recaps/b.md': tie({ leg: '2', aggregate: '3-3' }),
    });
    expect(formatReport(result.diagnostics)).toMatchInlineSnapshot(`
      "content/recaps/b.md:12:14  match.aggregate  error: found an aggregate "3-3", but content/recaps/a.md gives "2-2" for the same match
       12 |   aggregate: 3-3
          |              ^^^
          = hint: reports of the same match (Northbridge FC v Eastport United, 2024-03-01) must agree; correct whichever file is wrong

      1 error, 0 warnings"
    `);
  });

  it('count a goal listed twice as two goals', () => {
    const twice = [
      '{ minute: 30, type: goal, team: home, player: Ana Lopes }',
      '{ minute: 30, type: goal, team: home, player: Ana Lopes }',
    ];
    const once = ['{ minute: 30, type: goal, team: home, player: Ana Lopes }', '{ minute: 31, type: goal, team: home, player: Ana Lopes }'];
    const result = collection({
      'content/recaps/a.md': recapFile({ match: { score: '2-0' }, events: twice }),
      'content/recaps/b.md': recapFile({ match: { score: '2-0' }, events: once }),
    });
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toMatchInlineSnapshot(`
      [
        "content/recaps/b.md:10:1 found no 30' goal by Ana Lopes (Northbridge FC), which content/recaps/a.md lists for the same match (its events[1])",
        "content/recaps/b.md:12:5 found the 31' goal by Ana Lopes (Northbridge FC), which content/recaps/a.md does not list for the same match",
      ]
    `);
  });

  it('may differ on other events, and a report without events is not compared on goals', () => {
    const result = collection({
      'content/recaps/a.md': derby(),
      'content/recaps/b.md': derby({ events: [...derbyGoals(), '{ minute: 50, type: yellow, team: away, player: Ivo Petrov }'] }),
      'content/recaps/c.md': recapFile({ match: { kickoff: '2024-03-01', score: '2-1' } }),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.recaps.find((r) => r.slug === 'c')?.otherReports.map((l) => l.slug)).toEqual(['a', 'b']);
  });
});

function derbyGoals(): string[] {
  return [
    '{ minute: 10, type: goal, team: home, player: Ana Lopes }',
    '{ minute: "45+2", type: own-goal, team: home, player: Bea Costa }',
    '{ minute: 80, type: goal, team: home, player: Dana Ruiz }',
  ];
}

describe('drafts', () => {
  const files = {
    'content/recaps/published.md': recapFile(),
    'content/recaps/draft.md': recapFile({ bottom: ['draft: true'], match: { kickoff: '2024-04-01' } }),
    'content/recaps/broken-draft.md': recapFile({ bottom: ['draft: true'], match: { score: 'soon' } }),
  };

  it('are left out of builds, broken ones included', () => {
    const result = collection(files);
    expect(result.recaps.map((r) => r.slug)).toEqual(['published']);
    expect(result.diagnostics).toEqual([]);
  });

  it('are kept, and checked, with includeDrafts', () => {
    const result = collection(files, true);
    expect(result.recaps.map((r) => [r.slug, r.draft])).toEqual([
      ['draft', true],
      ['published', false],
    ]);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.path}`)).toEqual(['content/recaps/broken-draft.md:9 match.score']);
  });
});

describe('order', () => {
  it('lists recaps newest first by publication date, then kick-off, then slug', () => {
    const at = (date: string, kickoff: string) => recapFile({ top: ['title: T', `date: ${date}`], match: { kickoff } });
    const result = collection({
      'content/recaps/b.md': at('2024-03-02', '2024-03-01'),
      'content/recaps/a.md': at('2024-03-02', '2024-03-01'),
      'content/recaps/late.md': at('2024-03-02', '2024-03-02'),
      'content/recaps/newest.md': at('2024-05-01', '2024-01-01'),
    });
    expect(result.recaps.map((r) => r.slug)).toEqual(['newest', 'late', 'a', 'b']);
  });
});
