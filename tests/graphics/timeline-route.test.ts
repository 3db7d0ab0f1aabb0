import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/site.ts';

describe('timeline in the built site', () => {
  let built: BuiltSite;
  beforeAll(async () => {
    built = await buildSite({ contentDir: 'tests/fixtures/site' });
    expect(built.code, built.stderr).toBe(0);
  });

  it('writes /recaps/<slug>/timeline.svg as a standalone, well-formed SVG with a background', async () => {
    const svg = await built.read('recaps/dallas-miami-leagues-cup-2023/timeline.svg');
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('<rect class="tl-bg"');
    expect(svg).toContain('FC Dallas 4–4 Inter Miami CF');
  });

  it('inlines both layouts between the scoreboard and the narrative, with a link to the file', async () => {
    const html = await built.read('recaps/dallas-miami-leagues-cup-2023/index.html');
    const scoreboard = html.indexOf('class="scoreboard');
    const timeline = html.indexOf('<figure class="timeline"');
    const body = html.indexOf('class="recap__body');
    expect(scoreboard).toBeGreaterThan(-1);
    expect(timeline).toBeGreaterThan(scoreboard);
    expect(body).toBeGreaterThan(timeline);
    expect(html).toContain('class="tl tl--wide"');
    expect(html).toContain('class="tl tl--compact"');
    expect(html).toMatch(/<a href="\/recaps\/dallas-miami-leagues-cup-2023\/timeline\.svg"[^>]*>/);
    expect(html).not.toMatch(/<svg[^>]*class="tl [^"]*"[^>]*style=/);
  });
});
