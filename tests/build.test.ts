/**
 * Integration: `npm run build` (scripts/build.ts) on fixture folders, asserting on the produced HTML and, for
 * broken content, on the messages, the exit code and the untouched output folder.
 */
import { mkdtemp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from './helpers/site.ts';
import { attr, elementsOf, filesUnder, snapshotFolder, textOf } from './site/dist.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A parsed page with the few lookups these tests need. */
function parse(html: string) {
  const elements = elementsOf(fromHtml(html));
  /** The section or aside titled by a heading with this text. */
  const section = (heading: string): Element => {
    const h = elements.find((e) => /^h[1-6]$/.test(e.tagName) && squash(textOf(e)) === heading);
    const id = h && attr(h, 'id');
    const found = elements.find((e) => id !== undefined && attr(e, 'ariaLabelledBy') === id);
    if (!found) throw new Error(`no section titled "${heading}"`);
    return found;
  };
  const within = (root: Element, tag: string) => elementsOf(root).filter((e) => e.tagName === tag);
  return { elements, section, within, text: (e: Element) => squash(textOf(e)) };
}

describe('npm run build on the sample fixture', () => {
  it('writes a page per recap and an index with the scoreline', async () => {
    const site = await buildSite({ contentDir: 'tests/fixtures/site' });
    expect(site.code, site.stderr).toBe(0);
    const page = await site.read('recaps/dallas-miami-leagues-cup-2023/index.html');
    expect(page).toContain('Messi bends in a late equaliser');
    const index = await site.read('index.html');
    expect(index).toContain('/recaps/dallas-miami-leagues-cup-2023/');
  });
});

describe('npm run build on tests/fixtures/recaps-build', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite({ contentDir: 'tests/fixtures/recaps-build' });
    expect(site.code, site.stderr).toBe(0);
  });
  const page = async (slug: string) => parse(await site.read(`recaps/${slug}/index.html`));

  it('shows the scoreboard: teams, score, penalties, competition, round, date and venue', async () => {
    const p = await page('cup-tie-report');
    const board = p.elements.find((e) => e.tagName === 'section' && attr(e, 'className')?.split(' ').includes('scoreboard'));
    expect(board).toBeDefined();
    const text = p.text(board as Element);
    for (const part of [
      'Harbourside Town',
      'Millbrook Rangers',
      '2–2',
      'Fixture Cup',
      'Quarter-final',
      'Quay Stadium, Harbourside',
      'May 11, 2024',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).toContain('Penalties 6–5');
  });

  it('lists the events in match time, whatever order the file gives', async () => {
    const p = await page('cup-tie-report');
    const items = p.within(p.section('Match events'), 'li').map((li) => p.text(li));
    expect(items.map((t) => /^\d+(\+\d+)?′/.exec(t)?.[0])).toEqual(['12′', '45′', '45+2′', '46′', '77′', '90+3′']);
    expect(items[0]).toContain('Rosa Vidal');
    expect(items[2]).toMatch(/Ada Okon.*1–1/);
    expect(items[5]).toMatch(/Own goal.*Jo Park.*2–2/);
  });

  it('lists the shootout kick by kick, named takers included, through sudden death', async () => {
    const p = await page('cup-tie-report');
    const body = p.within(p.section('Penalty shootout'), 'tbody')[0] as Element;
    const rows = p.within(body, 'tr').map((tr) =>
      p
        .within(tr, 'td')
        .map((td) => p.text(td))
        .join(' | '),
    );
    expect(rows).toHaveLength(14);
    // The team cell may show a chip before the name; the name itself is what must be there.
    expect(rows[0]).toMatch(/^1 \| .*Harbourside Town \| Ada Okon \| Scored \| 1–0$/);
    expect(rows[3]).toMatch(/^4 \| .*Millbrook Rangers \| Not named \| Missed \| 2–1$/);
    expect(rows[4]).toMatch(/^5 \| .*Harbourside Town \| Lena Berg \| Saved \| 2–1$/);
    expect(rows[11]).toMatch(/^12 \| .*Millbrook Rangers \| Not named \| Scored \| 5–5$/);
    expect(rows[13]).toMatch(/^14 \| .*Millbrook Rangers \| Rosa Vidal \| Saved \| 6–5$/);
  });

  it('links the two reports of the match to each other, across folders', async () => {
    const report = await page('cup-tie-report');
    const analysis = await page('cup-tie-analysis');
    const links = (p: Awaited<ReturnType<typeof page>>) =>
      p.within(p.section('Other reports of this match'), 'a').map((a) => [attr(a, 'href'), p.text(a)]);
    expect(links(report)).toEqual([['/recaps/cup-tie-analysis/', "Why Millbrook's press faded after the break"]]);
    expect(links(analysis)).toEqual([['/recaps/cup-tie-report/', 'Harbourside edge a seven-round shootout']]);
  });

  it('escapes frontmatter text in HTML and attributes: it comes back as the same text, never as markup', async () => {
    const html = await site.read('recaps/markup-everywhere/index.html');
    const p = parse(html);
    const title = `<script>alert('title')</script> Kings & Queens "win" <b>big</b>`;
    const description = `A <img src=x onerror=alert(1)> description with "quotes", 'apostrophes' & ampersands`;
    expect(p.text(p.elements.find((e) => e.tagName === 'h1') as Element)).toBe(title);
    expect(p.text(p.elements.find((e) => e.tagName === 'title') as Element)).toContain(title);
    const meta = (name: string) =>
      p.elements.find((e) => e.tagName === 'meta' && (attr(e, 'name') === name || attr(e, 'property') === name));
    expect(attr(meta('description') as Element, 'content')).toBe(description);
    const page = p.text(p.elements.find((e) => e.tagName === 'body') as Element);
    for (const text of [
      "O'Brien & <Sons>",
      'Kings & Queens <b>FC</b>',
      '"Quoted" Athletic',
      'Park <Lane> & "Co"',
      "<script>alert('p')</script>",
      `Sam "The Wall" O'Neil`,
    ]) {
      expect(page).toContain(text);
    }
    // Nothing written in the frontmatter became an element or an event handler.
    expect(p.elements.filter((e) => ['img', 'b', 'em', 'i'].includes(e.tagName) && /big|markup|tag|FC|&/.test(p.text(e)))).toEqual([]);
    expect(p.elements.filter((e) => Object.keys(e.properties).some((k) => k.toLowerCase() === 'onerror'))).toEqual([]);
    for (const script of p.elements.filter((e) => e.tagName === 'script')) {
      const body = textOf(script);
      if (attr(script, 'type') === 'application/ld+json') expect(() => JSON.parse(body) as unknown).not.toThrow();
      else expect(body).not.toMatch(/alert\(/);
    }
  });

  it('leaves drafts out of the build', async () => {
    const files = await filesUnder(site.outDir);
    expect(files.filter((f) => f.includes('draft-match'))).toEqual([]);
    const html = (await Promise.all(files.filter((f) => f.endsWith('.html')).map((f) => site.read(f)))).join('\n');
    expect(html).not.toContain('A draft that must not be published');
    expect(html).not.toContain('Draft United');
  });
});

describe('npm run build on tests/fixtures/recaps-broken', () => {
  it('exits non-zero with every positioned error, no stack trace, and leaves the output folder as it was', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'fulltime-broken-'));
    const outDir = path.join(work, 'dist');
    await mkdir(path.join(outDir, 'recaps', 'old'), { recursive: true });
    await writeFile(path.join(outDir, 'index.html'), '<p>the previous build</p>');
    await writeFile(path.join(outDir, 'recaps', 'old', 'index.html'), new Uint8Array([0, 1, 2, 250, 255]));
    const before = await snapshotFolder(outDir);

    const site = await buildSite({ contentDir: 'tests/fixtures/recaps-broken', outDir });
    expect(site.code).not.toBe(0);
    const output = site.stdout + site.stderr;
    expect(output.split('\n').filter((line) => /^\s{4}at /.test(line))).toEqual([]);
    const heads = output.split('\n').filter((line) => /^tests\/fixtures\/\S+:\d+:\d+ {2}/.test(line));
    expect(heads).toEqual([
      'tests/fixtures/recaps-broken/recaps/2023/report-a.md:1:1  (file)  error: found the slug "report-a" here and in tests/fixtures/recaps-broken/recaps/report-a.md, expected each recap file name to be unique (it is the URL /recaps/report-a/)',
      'tests/fixtures/recaps-broken/recaps/bad-minute.md:11:15  events[0].minute  error: found 95, expected a whole number from 1 to 90',
      'tests/fixtures/recaps-broken/recaps/empty.md:1:1  (file)  error: found an empty file, expected frontmatter between `---` lines followed by the recap',
      'tests/fixtures/recaps-broken/recaps/report-a.md:1:1  (file)  error: found the slug "report-a" here and in tests/fixtures/recaps-broken/recaps/2023/report-a.md, expected each recap file name to be unique (it is the URL /recaps/report-a/)',
      'tests/fixtures/recaps-broken/recaps/report-b.md:9:10  match.score  error: found "2-1", but tests/fixtures/recaps-broken/recaps/report-a.md gives "1-1" for the same match',
      "tests/fixtures/recaps-broken/recaps/report-b.md:13:5  events[2]  error: found the 88' goal by Una Reid (Quay Albion), which tests/fixtures/recaps-broken/recaps/report-a.md does not list for the same match",
    ]);
    expect(output).toContain(' 11 |   - { minute: 95, type: goal, team: home, player: Ada Okon }\n    |               ^^');
    expect(output).toContain('6 errors');

    expect(await snapshotFolder(outDir)).toEqual(before);
    // No temporary build folder was left next to it either.
    expect(await readdir(work)).toEqual(['dist']);
  });
});
