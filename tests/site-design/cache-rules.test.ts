import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CACHE_CONTROL, cachePolicy, cacheRules } from '../../src/delivery/cache-rules.ts';
import { renderHeaders } from '../../src/delivery/headers.ts';
import { headersFor, matchesPattern, parseHeaders } from '../browser/headers.ts';

const files = [
  '404.html',
  '_astro/BaseLayout.QjdtJcRg.css',
  '_astro/inter-latin-wght-normal.Dx4kXJAl.woff2',
  'favicon.svg',
  'index.html',
  'og/dallas-miami-3f9a1c2e7b01.png',
  'og/site.png',
  'pagefind/filter/en_66125e8.pf_filter',
  'pagefind/fragment/en_9f4d1fb.pf_fragment',
  'pagefind/index/en_4d1de28.pf_index',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.en_e65f8aa5dc.pf_meta',
  'pagefind/pagefind.js',
  'pagefind/part-1/fragment/en_1a2b3c4.pf_fragment',
  'pagefind/part-1/pagefind-entry.json',
  'pagefind/part-1/pagefind.en_0c9d8e7f6a.pf_meta',
  'pagefind/parts.json',
  'pagefind/wasm.en.pagefind',
  'recaps/a/index.html',
  'recaps/a/timeline.svg',
  'rss.xml',
  'teams/x/index.html',
  'teams/x/rss.xml',
];

/** The URL path a file is requested at. */
const urlOf = (base: string, file: string) => base + file.replace(/(^|\/)index\.html$/, '$1');

describe('cache rules', () => {
  it('makes content-hashed files immutable and everything else revalidate', () => {
    expect(Object.fromEntries(files.map((f) => [f, cachePolicy(f)]))).toMatchInlineSnapshot(`
      {
        "404.html": "revalidate",
        "_astro/BaseLayout.QjdtJcRg.css": "immutable",
        "_astro/inter-latin-wght-normal.Dx4kXJAl.woff2": "immutable",
        "favicon.svg": "revalidate",
        "index.html": "revalidate",
        "og/dallas-miami-3f9a1c2e7b01.png": "immutable",
        "og/site.png": "revalidate",
        "pagefind/filter/en_66125e8.pf_filter": "immutable",
        "pagefind/fragment/en_9f4d1fb.pf_fragment": "immutable",
        "pagefind/index/en_4d1de28.pf_index": "immutable",
        "pagefind/pagefind-entry.json": "revalidate",
        "pagefind/pagefind.en_e65f8aa5dc.pf_meta": "immutable",
        "pagefind/pagefind.js": "revalidate",
        "pagefind/part-1/fragment/en_1a2b3c4.pf_fragment": "immutable",
        "pagefind/part-1/pagefind-entry.json": "revalidate",
        "pagefind/part-1/pagefind.en_0c9d8e7f6a.pf_meta": "immutable",
        "pagefind/parts.json": "revalidate",
        "pagefind/wasm.en.pagefind": "revalidate",
        "recaps/a/index.html": "revalidate",
        "recaps/a/timeline.svg": "revalidate",
        "rss.xml": "revalidate",
        "teams/x/index.html": "revalidate",
        "teams/x/rss.xml": "revalidate",
      }
    `);
  });

  it('collapses uniform folders into one rule and lists a mixed folder file by file', () => {
    expect(cacheRules(files, '/').map((r) => `${r.pattern} ${r.policy}`)).toMatchInlineSnapshot(`
      [
        "/ revalidate",
        "/404.html revalidate",
        "/_astro/* immutable",
        "/favicon.svg revalidate",
        "/og/dallas-miami-3f9a1c2e7b01.png immutable",
        "/og/site.png revalidate",
        "/pagefind/filter/* immutable",
        "/pagefind/fragment/* immutable",
        "/pagefind/index/* immutable",
        "/pagefind/pagefind-entry.json revalidate",
        "/pagefind/pagefind.en_e65f8aa5dc.pf_meta immutable",
        "/pagefind/pagefind.js revalidate",
        "/pagefind/part-1/fragment/* immutable",
        "/pagefind/part-1/pagefind-entry.json revalidate",
        "/pagefind/part-1/pagefind.en_0c9d8e7f6a.pf_meta immutable",
        "/pagefind/parts.json revalidate",
        "/pagefind/wasm.en.pagefind revalidate",
        "/recaps/* revalidate",
        "/rss.xml revalidate",
        "/teams/* revalidate",
      ]
    `);
  });

  it('gives every file exactly one Cache-Control, the one its policy names, under any base', () => {
    const segment = fc.constantFrom('a', 'b', 'recaps', 'og', '_astro', 'pagefind', 'fragment', 'index');
    const name = fc.constantFrom(
      'index.html',
      'x.css',
      'page-abcdef123456.png',
      'rss.xml',
      'en_1.pf_fragment',
      'pagefind.en_1a2b3c4d.pf_meta',
    );
    const file = fc.tuple(fc.array(segment, { maxLength: 3 }), name).map(([dirs, n]) => [...dirs, n].join('/'));
    fc.assert(
      fc.property(fc.uniqueArray(file, { minLength: 1, maxLength: 25 }), fc.constantFrom('/', '/recaps-blog/'), (site, base) => {
        const rules = parseHeaders(renderHeaders(site, base));
        for (const f of site) {
          const matching = rules.filter((r) => matchesPattern(r.pattern, urlOf(base, f)) && r.headers.some(([h]) => h === 'Cache-Control'));
          expect(matching, f).toHaveLength(1);
          expect(headersFor(rules, urlOf(base, f)).get('Cache-Control')).toBe(CACHE_CONTROL[cachePolicy(f)]);
        }
      }),
    );
  });
});
