/**
 * src/markdown/smart-punctuation.ts renders recap bodies byte for byte as Astro's own smart quotes did
 * (remark-smartypants, `smartypants: true` through `@astrojs/markdown-remark`'s `unified()`): on the sample recaps,
 * generated bodies, hand-written cases and a seeded fuzz; and its shortcut (a text node holding nothing
 * `SETTLED_APART` finds is not parsed again) never skips a stretch retext-smartypants would change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import matter from 'gray-matter';
import { markdownConfigDefaults, unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateRecaps, seeded, type Random } from '../../scripts/bench/generate.ts';
import { recapMarkdown, recapMarkdownSettings } from '../../src/markdown/render.ts';
import { remarkRecapMedia } from '../../src/markdown/remark-recap-media.ts';
import { curlQuotesIn, SETTLED_APART } from '../../src/markdown/smart-punctuation.ts';

const root = path.resolve(import.meta.dirname, '../..');

let ours: MarkdownRenderer;
let astros: MarkdownRenderer;

beforeAll(async () => {
  ours = await recapMarkdown.createRenderer(recapMarkdownSettings);
  // The pipeline before: Astro's smart quotes (its default, `smartypants: true`) and our media plugin.
  astros = await unified({ remarkPlugins: [remarkRecapMedia] }).createRenderer({
    ...markdownConfigDefaults,
    syntaxHighlight: false,
  });
});

const options = {
  fileURL: pathToFileURL(path.join(root, 'content/recaps/x.md')),
  frontmatter: { fulltime: { lang: 'en', home: '#1f4e8c', away: '#c8102e' } },
};

/** The bodies whose HTML differs between the two pipelines (none, when all is well), with both renderings. */
async function differences(bodies: readonly string[]): Promise<{ body: string; ours: string; astro: string }[]> {
  const found = [];
  for (const body of bodies) {
    const [a, b] = [(await ours.render(body, options)).code, (await astros.render(body, options)).code];
    if (a !== b) found.push({ body, ours: a, astro: b });
  }
  return found;
}

/** The Markdown files under `dir`, at any depth. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join(dir, f));
}

const HAND_WRITTEN = [
  // Quotes around links, emphasis, inline code and HTML; nested quotes.
  'He said "[the goal](https://example.com) was offside" and left.',
  '"*Never*," said the manager, "**ever** again."',
  'It was \'`VAR`\' again, and "`offside`" too.',
  '"<b>Bold</b>" and \'<i>it</i>\' and <span title="x">"a"</span>.',
  'He said, "\'Quoted\' words in a larger quote."',
  '"\'Hello\'," she said. \'"Yes"\'',
  "Back in the '80s the club's fans sang 'til dawn; rock 'n' roll.",
  "The players' wives, the boss's son, Jones' header.",
  '"',
  "'",
  '""',
  "''",
  '"a" "b" "c"',
  '" spaced "',
  "' spaced '",
  // Dashes, ellipses, backtick quotes.
  'A -- B --- C ---- D - E',
  'Wait... what.... and . . . then . .. . and .. .',
  'Dots split *.*.. across **.**. emphasis, and ._._. and . *.* .',
  "A ``quote'' and ``another``, ''odd'' ones.",
  '`code -- with ... dashes` -- and "quotes `in` code"',
  '--start and end--',
  '...',
  '. . .',
  '.\u0085.\u0085.',
  '.\u00a0.\u00a0.',
  '.\u3000.\u3000.',
  '.\t.\n.',
  // Headings, tables, lists, blockquotes, footnotes, breaks.
  '# "Quoted" heading -- with a dash...\n\nAnd a "paragraph".',
  "## 'Single' heading\n### \"Nested 'quotes'\"",
  '| "A" | \'B\' |\n| --- | --- |\n| "c" -- d | e... |\n| `x` "y" | \'80s |',
  '- "one"\n- \'two\'\n- three -- four\n  - "nested..."',
  '1. "First"\n2. Second\'s\n\n> "Quoted" in a blockquote\n> -- someone',
  '> \'Nested\n>> "deeper"\n\nafter',
  'A note[^1] "here".\n\n[^1]: "Footnote" -- text...',
  'Line one "\nline two"  \nline three\\\n"four"',
  '~~"struck"~~ and ~\'one\'~ and https://example.com/"quoted"',
  '![An "image" alt](./a.jpg "A \'title\'") and [ref "link"][r]\n\n[r]: https://example.com "Ref \'title\'"',
  '<div>\n"html block" -- ...\n</div>\n\n"after"',
  '```\n"code" -- block...\n```\n\n"after code"',
  '    "indented" -- code\n\n"after"',
  '*"emphasis"* "*inside*" **"strong"** "**inside**" _\'u\'_',
  '"a *b* c" \'d **e** f\' "g [h](i) j"',
  // Non-Latin text.
  'قال المدرب "لقد لعبنا جيداً" -- ثم غادر... \'نعم\'',
  '監督は「素晴らしい」と言った。"引用" -- 終わり... \'単\'',
  'El entrenador dijo «fue un partido "duro"» -- y se fue... ¡Vamos! ¿\'Qué\'?',
  'Ünïcödé "naïve" \'café\' -- résumé...',
  'Emoji 😀 "⚽ goal" \'🏆\' -- 🎉... "𝒳"',
  'Ελληνικά "εισαγωγικά" -- και... Русский "текст" \'да\'',
  'עברית "ציטוט" -- ... 한국어 "인용" \'예\'',
  '',
  '\n\n\n',
  'Plain text with nothing to change.',
];

describe('the same HTML as Astro’s smart quotes', () => {
  it('on every sample recap (content/recaps, tests/fixtures)', async () => {
    const files = [...markdownFiles(path.join(root, 'content/recaps')), ...markdownFiles(path.join(root, 'tests/fixtures'))];
    expect(files.length).toBeGreaterThan(15);
    const bodies = files.map((f) => matter(readFileSync(f, 'utf8')).content);
    expect(await differences(bodies)).toEqual([]);
  });

  it('on 400 generated recap bodies', async () => {
    const bodies = [...generateRecaps(200, 1), ...generateRecaps(200, 42)].map((r) => r.body);
    expect(await differences(bodies)).toEqual([]);
  });

  it('on hand-written cases', async () => {
    expect(await differences(HAND_WRITTEN)).toEqual([]);
  });

  it('is the only smart-quotes pass: Astro’s own is off in the processor (it would redo the work, unseen in the HTML)', () => {
    expect(recapMarkdown.options.smartypants).toBe(false);
  });

  it('changes the punctuation it should', async () => {
    const html = (await ours.render("\"It's the '80s -- wait...\" ``ok'' . . .", options)).code;
    expect(html).toBe('<p>“It’s the ’80s — wait…” “ok” …</p>');
  });

  it('on 4,000 seeded random documents built from those pieces', async () => {
    const rng = seeded(2026);
    const bodies = Array.from({ length: 4000 }, () => randomDocument(rng));
    expect(await differences(bodies)).toEqual([]);
  });
});

/** Pieces of Markdown and text, weighted towards punctuation and the places it meets other syntax. */
const PIECES = [
  ...['goal', 'Smith', 'the', 'match', "club's", 'قال', '監督', '「勝利」', 'Ελλάδα', 'niño', '😀', '⚽', 'A1', '2-1', '80s', '90s'],
  ...[' ', ' ', ' ', '  ', '\n', '\n\n', '\t', '\u00a0', '\u0085', '\u3000', '\u2009'],
  ...['"', '"', "'", "'", '`', '``', "''", '-', '--', '---', '.', '.', '..', '...', '. . .', ',', '!', '?', ';', ':'],
  ...['*', '**', '_', '~~', '«', '»', '¿', '¡', '(', ')', '[', ']', '“', '’', '…', '—'],
  ...['[link](https://example.com)', '[', '](https://example.com)', '`code`', '`"x"`', '<b>', '</b>', '<br>'],
  ...['\n# ', '\n## ', '\n> ', '\n- ', '\n1. ', '\n| a | "b" |\n| --- | --- |\n| ', ' | ', '\n\n    ', '\n```\n', '  \n', '\\\n'],
  ...['![alt "x"](./a.jpg)', 'https://example.com', '[^1]', '\n\n[^1]: ', '&amp;', '&quot;', '\\"', "\\'"],
];

function randomDocument(rng: Random): string {
  const count = 1 + Math.floor(rng() * 24);
  let doc = '';
  for (let i = 0; i < count; i++) doc += PIECES[Math.floor(rng() * PIECES.length)];
  return doc;
}

describe('SETTLED_APART, the shortcut past retext for dashes, ellipses and backtick quotes', () => {
  // The processor the plugin skips with it: retext-smartypants with everything but quotes.
  const apart = retext().use(retextSmartypants, { quotes: false });
  const settle = (text: string) => String(apart.processSync(text));

  it('finds every dot-space-dot-space-dot that retext-smartypants turns into an ellipsis, whatever the space', () => {
    const missed: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const text of [`.${c}.${c}.`, `a.${c}.${c}.b`]) {
        if (settle(text) !== text && !SETTLED_APART.test(text)) missed.push(code.toString(16));
      }
    }
    expect(missed).toEqual([]);
  });

  it('leaves out only text that retext-smartypants returns unchanged (20,000 random stretches)', () => {
    const rng = seeded(7);
    const alphabet = [
      ...['a', 'Z', '1', 'é', 'ب', '日', '😀', ' ', '\n', '\t', '\u00a0', '\u0085', '\u3000', '\u2028', '\ufeff'],
      ...['.', '.', '.', '-', '-', '`', "'", '"', '—', '…', ',', '!', '?', '«', '»', '\ud83d', '\ude00'],
    ];
    let checked = 0;
    const wrong: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      const length = 1 + Math.floor(rng() * 12);
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(rng() * alphabet.length)];
      if (SETTLED_APART.test(text)) continue;
      checked++;
      if (settle(text) !== text) wrong.push(JSON.stringify(text));
    }
    expect(checked).toBeGreaterThan(5000);
    expect(wrong).toEqual([]);
  });

  it('is needed for each thing it finds: retext-smartypants changes each of them', () => {
    for (const text of ['a--b', '``a', "a''", 'a...', '. . .', '.\u0085.\u0085.']) {
      expect(SETTLED_APART.test(text)).toBe(true);
      expect(settle(text)).not.toBe(text);
    }
  });
});

describe('curlQuotesIn, the quotes pass on the parts of the text that hold a quote', () => {
  // The whole pass as remark-smartypants runs it: retext-smartypants with quotes only, over the whole text.
  const whole = retext().use(retextSmartypants, { ellipses: false, dashes: false, backticks: false });

  it('curls quotes as retext-smartypants does over the whole text (20,000 random quote-dense texts)', () => {
    const rng = seeded(11);
    const alphabet = [
      ...['"', '"', '"', "'", "'", "'", ' ', ' ', ' ', '\n', '\u00a0', 'word', 'A', '80s', 's', 't', '1', 'é', 'قال', '日本'],
      ...['.', '.', '!', '?', ',', ';', ':', '-', '(', ')', '«', '»', '¿', '“', '’', '…', '😀', '*', '`', '&'],
    ];
    const wrong: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      const length = 1 + Math.floor(rng() * 30);
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(rng() * alphabet.length)];
      if (curlQuotesIn(text) !== String(whole.processSync(text))) wrong.push(JSON.stringify(text));
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the length and curls in context', () => {
    const text = 'He said, "\'Quoted\' words," in the \'80s. "Yes." It\'s Jones\' "ball"';
    expect(curlQuotesIn(text)).toBe('He said, “‘Quoted’ words,” in the ’80s. “Yes.” It’s Jones’ “ball”');
    expect(curlQuotesIn(text)).toHaveLength(text.length);
  });
});
