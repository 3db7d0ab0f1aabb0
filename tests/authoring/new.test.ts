import { execFile } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registerForIntellisense } from '../../src/authoring/intellisense.ts';
import { checkAnswers, previewUrl, recapSlug, scaffoldRecap } from '../../src/authoring/scaffold.ts';
import { checkContent } from '../../src/authoring/check.ts';
import { LANGUAGES } from '../../src/i18n/index.ts';
import { readRecap } from '../../src/recap/read.ts';
import { checkTeams } from '../../src/site/teams.ts';
import { buildSite, ROOT } from '../helpers/site.ts';
import { contentFolder, pinPaths, runScript } from './helpers.ts';

const TEAMS = checkTeams([
  { path: 'teams/fc-dallas.yml', content: 'name: FC Dallas\nshort: DAL\ncolor: "#D11241"\n' },
  { path: 'teams/inter-miami-cf.yml', content: 'name: Inter Miami CF\naliases: [Inter Miami]\n' },
]);
const ANSWERS = { home: 'FC Dallas', away: 'Inter Miami', competition: 'Leagues Cup', date: '2023-08-06' };
const FLAGS = ['--home', 'FC Dallas', '--away', 'Inter Miami CF', '--competition', 'Leagues Cup', '--date', '2023-08-06'];

describe('scaffoldRecap', () => {
  it('writes frontmatter with canonical team names, a draft flag and a placeholder score', () => {
    const result = scaffoldRecap(ANSWERS, { teams: TEAMS.lookup, today: '2024-01-10' });
    expect(result.ok && result.scaffold.slug).toBe('2023-08-06-fc-dallas-inter-miami-cf');
    expect(result.ok && result.scaffold.text).toMatchInlineSnapshot(`
      "---
      title: FC Dallas v Inter Miami CF
      date: 2024-01-10
      draft: true # \`npm run dev\` shows drafts; set false to publish
      match:
        competition: Leagues Cup
        kickoff: 2023-08-06
        home: { name: FC Dallas } # short name and colour come from its team file
        away: { name: Inter Miami CF } # short name and colour come from its team file
        score: 0-0 # full-time score, home first: fill in

      # Goals, cards and substitutions (see "Recap format" in README.md); they check the score and draw the timeline:
      # events:
      #   - { minute: 6, type: goal, team: away, player: Ada Okon, assist: Mei Tanaka }
      #   - { minute: "45+2", type: yellow, team: home, player: Some Name }
      # Line-ups, stats and the player of the match go under \`match:\` as \`lineups\`, \`stats\` and \`playerOfTheMatch\`.
      ---
      Write the story of the match here. The first paragraph is the summary shown in lists, feeds and link previews.
      "
    `);
  });

  it('uses every optional answer, publishes on the match day when it is later than today, and can skip the draft', () => {
    const result = scaffoldRecap(
      {
        home: 'Portmoor Rovers',
        away: 'Kelvingate FC',
        competition: 'Harbour Cup',
        date: '2031-05-01T20:00:00+02:00',
        title: 'Cup night',
        score: '2 - 1',
        round: 'Final',
        season: '2031',
        venue: 'Harbour Park',
        author: 'A. Writer',
        draft: false,
        lang: 'en-GB',
        halfLength: '35',
      },
      { today: '2024-01-10' },
    );
    expect(result.ok && result.scaffold.text).toMatchInlineSnapshot(`
      "---
      title: Cup night
      date: 2031-05-01
      author: A. Writer
      draft: false
      lang: en-GB
      match:
        competition: Harbour Cup
        season: "2031"
        round: Final
        kickoff: 2031-05-01T20:00:00+02:00
        venue: Harbour Park
        home: { name: Portmoor Rovers } # add short: ABC, color: "#RRGGBB"
        away: { name: Kelvingate FC } # add short: ABC, color: "#RRGGBB"
        score: 2-1
        halfLength: 35

      # Goals, cards and substitutions (see "Recap format" in README.md); they check the score and draw the timeline:
      # events:
      #   - { minute: 6, type: goal, team: away, player: Ada Okon, assist: Mei Tanaka }
      #   - { minute: "45+2", type: yellow, team: home, player: Some Name }
      # Line-ups, stats and the player of the match go under \`match:\` as \`lineups\`, \`stats\` and \`playerOfTheMatch\`.
      ---
      Write the story of the match here. The first paragraph is the summary shown in lists, feeds and link previews.
      "
    `);
  });

  it('reports every bad answer at once, in the words of the recap schema', () => {
    expect(
      checkAnswers({
        home: ' ',
        date: '2023-02-30',
        score: '2–1',
        published: '10/01/2024',
        slug: 'My Recap',
        halfLength: '50',
        lang: 'en_GB',
      }),
    ).toMatchInlineSnapshot(`
      [
        {
          "field": "home",
          "message": "found nothing, expected the home team, e.g. --home "FC Dallas"",
        },
        {
          "field": "away",
          "message": "found nothing, expected the away team, e.g. --away "Inter Miami CF"",
        },
        {
          "field": "competition",
          "message": "found nothing, expected the competition, e.g. --competition "Leagues Cup"",
        },
        {
          "field": "date",
          "message": "found "2023-02-30", expected a date that exists on the calendar",
        },
        {
          "field": "score",
          "message": "found "2–1", expected a score written HOME-AWAY, like "2-1"",
        },
        {
          "field": "published",
          "message": "found "10/01/2024", expected a date written YYYY-MM-DD",
        },
        {
          "field": "slug",
          "message": "found "My Recap", expected lowercase letters, digits and single hyphens",
        },
        {
          "field": "halfLength",
          "message": "found "50", expected a whole number of minutes from 20 to 45, e.g. --half-length 25",
        },
        {
          "field": "lang",
          "message": "found "en_GB", expected a BCP 47 language tag like "en" or "pt-BR"",
        },
      ]
    `);
  });

  it('refuses a language the site has no translation for, listing the ones it has (as the build does)', () => {
    expect(checkAnswers({ ...ANSWERS, lang: 'tlh' })).toEqual([
      { field: 'lang', message: `found "tlh", expected a language the site has a translation for: ${LANGUAGES.join(', ')}` },
    ]);
    for (const lang of LANGUAGES) expect(checkAnswers({ ...ANSWERS, lang })).toEqual([]);
  });

  it('writes a half length and a language that read back as the build reads them', () => {
    const result = scaffoldRecap({ ...ANSWERS, halfLength: ' 25 ', lang: 'en-US', slug: 'youth' }, { today: '2024-01-10' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const read = readRecap('youth.md', 'youth', result.scaffold.text);
    expect(read.ok && [read.recap.match.halfLength, read.recap.lang]).toEqual([25, 'en']);
    expect(checkAnswers({ ...ANSWERS, halfLength: '19' })).toEqual([
      { field: 'halfLength', message: 'found "19", expected a whole number of minutes from 20 to 45, e.g. --half-length 25' },
    ]);
  });

  it('refuses the same team twice, and names that give no file name', () => {
    expect(scaffoldRecap({ ...ANSWERS, away: 'fc dallas' }, { today: '2024-01-10' })).toMatchInlineSnapshot(`
      {
        "ok": false,
        "problems": [
          {
            "field": "away",
            "message": "found "fc dallas" for both teams, expected two different teams",
          },
        ],
      }
    `);
    expect(scaffoldRecap({ ...ANSWERS, home: '港南', away: '北山' }, { today: '2024-01-10' })).toMatchInlineSnapshot(`
      {
        "ok": false,
        "problems": [
          {
            "field": "slug",
            "message": "found the file name "2023-08-06-港南-北山" from the team names, expected lowercase Latin letters, digits and hyphens; give one with --slug",
          },
        ],
      }
    `);
    const named = scaffoldRecap({ ...ANSWERS, home: '港南', away: '北山', slug: 'konan-kitayama' }, { today: '2024-01-10' });
    expect(named.ok && named.scaffold.slug).toBe('konan-kitayama');
  });

  it('builds slugs and preview URLs from the date, the teams and the base path', () => {
    expect(recapSlug('2023-08-06T19:00:00-05:00', 'Racing Saint-Aubin', 'Borussia Kühlenbrückenau')).toBe(
      '2023-08-06-racing-saint-aubin-borussia-kuehlenbrueckenau',
    );
    expect(previewUrl('x', '/blog/')).toBe('http://localhost:4321/blog/recaps/x/');
  });

  it('writes any team and competition name so that it reads back unchanged', () => {
    const name = fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }).filter((s) => s.trim() !== '' && !s.includes('\r'));
    fc.assert(
      fc.property(name, name, name, (home, away, competition) => {
        fc.pre(home.trim().toLowerCase() !== away.trim().toLowerCase());
        const result = scaffoldRecap({ home, away, competition, date: '2023-08-06', slug: 'any' }, { today: '2024-01-10' });
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        const read = readRecap('any.md', 'any', result.scaffold.text);
        if (!read.ok) throw new Error(read.diagnostics.map((d) => d.message).join('\n'));
        expect([read.recap.match.home.name, read.recap.match.away.name, read.recap.match.competition]).toEqual(
          [home, away, competition].map((s) => s.trim()),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('npm run new', () => {
  it('writes the recap, prints its path and preview URL, and refuses to overwrite it', async () => {
    const dir = await contentFolder({ 'teams/fc-dallas.yml': 'name: FC Dallas\nshort: DAL\n' });
    const first = await runScript('new.ts', FLAGS, dir, { FULLTIME_BASE: '/blog' });
    expect(first.code, first.stderr).toBe(0);
    expect(pinPaths(first.stdout, dir)).toMatchInlineSnapshot(`
      "Created <content>/recaps/2023-08-06-fc-dallas-inter-miami-cf.md (a draft: \`npm run dev\` shows it, builds leave it out)
        FC Dallas: known team (<content>/teams/fc-dallas.yml)
        Inter Miami CF: not in <content>/teams/; add a team file there to give it a short name and colour
      Preview: http://localhost:4321/blog/recaps/2023-08-06-fc-dallas-inter-miami-cf/  (with \`npm run dev\` running)
      "
    `);
    const file = path.join(dir, 'recaps', '2023-08-06-fc-dallas-inter-miami-cf.md');
    const written = await readFile(file, 'utf8');

    const second = await runScript('new.ts', [...FLAGS, '--title', 'Another take'], dir);
    expect(second.code).toBe(1);
    expect(pinPaths(second.stderr, dir)).toMatchInlineSnapshot(`
      "error: <content>/recaps/2023-08-06-fc-dallas-inter-miami-cf.md already exists; it was not changed.
        edit that file, or give the new recap another name with --slug
      "
    `);
    expect(await readFile(file, 'utf8')).toBe(written);
  });

  it('explains missing and bad flags when there is no terminal to ask on', async () => {
    const dir = await contentFolder({});
    const result = await runScript('new.ts', ['--home', 'FC Dallas', '--date', '6/8/2023', '--half-length', '2x25'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "error: --away: found nothing, expected the away team, e.g. --away "Inter Miami CF"
      error: --competition: found nothing, expected the competition, e.g. --competition "Leagues Cup"
      error: --date: found "6/8/2023", expected a date (2023-08-06) or a date-time with an offset (2023-08-06T19:00:00-05:00)
      error: --half-length: found "2x25", expected a whole number of minutes from 20 to 45, e.g. --half-length 25

      Usage: npm run new -- --home "FC Dallas" --away "Inter Miami CF" --competition "Leagues Cup" --date 2023-08-06
        optional: --title --score --round --season --venue --author --published YYYY-MM-DD --slug NAME --lang TAG
                  --half-length MINUTES --cover PHOTO --cover-alt "what it shows" --no-draft
        without flags on a terminal, it asks for the match
      "
    `);
    const unknown = await runScript('new.ts', ['--hme', 'FC Dallas'], dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.split('\n')[0]).toMatchInlineSnapshot(`"error: Unknown option '--hme'"`);
  });

  it('asks for the match on a terminal', async () => {
    const dir = await contentFolder({});
    const node = path.join(ROOT, 'node_modules', '.bin', 'node');
    // `script` gives the command a pseudo-terminal; the answers arrive as typed lines (a bad date first).
    const child = execFile('script', ['-qec', `${node} scripts/new.ts`, '/dev/null'], {
      cwd: ROOT,
      env: { ...process.env, FULLTIME_CONTENT_DIR: dir, NO_COLOR: '1' },
      timeout: 30_000,
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const answers = ['FC Dallas', 'Inter Miami CF', 'Leagues Cup', '2023-8-6', '2023-08-06'];
    const waitFor = async (text: string, count: number) => {
      const deadline = Date.now() + 20_000;
      while (output.split(text).length - 1 < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    };
    const prompts = ['Home team', 'Away team', 'Competition', 'Match date', 'Match date'];
    for (const [i, answer] of answers.entries()) {
      await waitFor(prompts[i] ?? '', prompts.slice(0, i + 1).filter((p) => p === prompts[i]).length);
      child.stdin?.write(`${answer}\r`);
    }
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(output).toContain('✗ found "2023-8-6", expected a date (2023-08-06)');
    expect(output).toContain('Preview: http://localhost:4321/recaps/2023-08-06-fc-dallas-inter-miami-cf/');
    await expect(readFile(path.join(dir, 'recaps', '2023-08-06-fc-dallas-inter-miami-cf.md'), 'utf8')).resolves.toContain(
      'competition: Leagues Cup',
    );
  });

  it('scaffolds recaps that pass check and build (drafts stay out of the build)', async () => {
    const dir = await contentFolder({});
    await cp(path.join(ROOT, 'content', 'teams'), path.join(dir, 'teams'), { recursive: true });
    const published = await runScript('new.ts', [...FLAGS, '--no-draft', '--score', '4-4'], dir);
    const draft = await runScript(
      'new.ts',
      ['--home', 'Portmoor Rovers', '--away', 'Kelvingate FC', '--competition', 'Harbour League', '--date', '2024-04-20'],
      dir,
    );
    expect([published.code, draft.code]).toEqual([0, 0]);

    const checked = await checkContent(dir, { displayRoot: dir });
    expect(checked.errors).toBe(0);
    expect(checked.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual([
      'recaps/2023-08-06-fc-dallas-inter-miami-cf.md no-events',
      'recaps/2024-04-20-portmoor-rovers-kelvingate-fc.md no-events',
    ]);

    const site = await buildSite({ contentDir: dir });
    expect(site.code, site.stderr).toBe(0);
    const page = await site.read('recaps/2023-08-06-fc-dallas-inter-miami-cf/index.html');
    expect(page).toContain('FC Dallas v Inter Miami CF');
    await expect(site.read('recaps/2024-04-20-portmoor-rovers-kelvingate-fc/index.html')).rejects.toThrow();
  });
});

describe('registerForIntellisense', () => {
  it('lists a new recap in the manifest the Astro language server reads, keeping what Astro wrote', async () => {
    const manifest = { collections: [{ hasSchema: true, name: 'recaps' }], entries: { 'file:///x/old.md': 'recaps' } };
    const root = await contentFolder({ '.astro/collections/collections.json': JSON.stringify(manifest) });
    const file = path.join(root, 'content', 'recaps', 'New-Match.md');
    expect(await registerForIntellisense(root, file)).toBe(true);
    const written = JSON.parse(await readFile(path.join(root, '.astro/collections/collections.json'), 'utf8')) as typeof manifest;
    expect(written).toEqual({ ...manifest, entries: { ...manifest.entries, [pathToFileURL(file).href.toLowerCase()]: 'recaps' } });
  });

  it('does nothing before Astro has written a manifest, or for files outside the project', async () => {
    const root = await contentFolder({});
    expect(await registerForIntellisense(root, path.join(root, 'a.md'))).toBe(false);
    const withManifest = await contentFolder({ '.astro/collections/collections.json': '{"entries":{}}' });
    expect(await registerForIntellisense(withManifest, path.join(root, 'a.md'))).toBe(false);
  });
});
