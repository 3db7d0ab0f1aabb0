import { describe, expect, it } from 'vitest';
import { auditHtml, formatFindings, looksClean } from '../../src/delivery/html-audit.ts';
import { allowedScriptHashes } from '../../src/delivery/csp.ts';
import { themeInitScript } from '../../src/design/theme.ts';

const hashes = allowedScriptHashes({ base: '/' });
const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('HTML audit against the CSP', () => {
  it('passes the theme script, bundled scripts, stylesheets, JSON-LD and SVG presentation attributes', () => {
    const html = page(
      `<script>${themeInitScript('/')}</script><script type="module" src="/_astro/a.js"></script>` +
        `<link rel="stylesheet" href="/_astro/a.css"><script type="application/ld+json">{"@type":"NewsArticle"}</script>`,
      '<svg width="10" height="10"><circle fill="#fff" stroke="#000" r="4"></circle></svg>',
    );
    expect(auditHtml(html, 'index.html', hashes)).toEqual([]);
  });

  it('names each thing the policy would block, with its line and column', () => {
    const html = [
      '<!doctype html><html><head>',
      '<script>alert(1)</script>',
      '<style>p{color:red}</style>',
      '</head><body>',
      '<p style="color:red">x</p> <button onclick="go()">b</button>',
      '<a href="javascript:void(0)">j</a>',
      '<svg><style>circle{fill:red}</style></svg>',
      `<script>${themeInitScript('/other/')}</script>`,
      '</body></html>',
    ].join('\n');
    expect(formatFindings(auditHtml(html, 'recaps/x/index.html', hashes))).toMatchInlineSnapshot(`
      "recaps/x/index.html:2:1  inline <script> not allowed by the policy (its hash is sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=)
      recaps/x/index.html:3:1  inline <style> element: the policy allows stylesheet files only
      recaps/x/index.html:5:1  style="color:red" attribute on <p>
      recaps/x/index.html:5:28  inline event handler onclick on <button>
      recaps/x/index.html:6:1  javascript: URL in href on <a>
      recaps/x/index.html:7:6  inline <style> element: the policy allows stylesheet files only
      recaps/x/index.html:8:1  inline <script> not allowed by the policy (its hash is sha256-ZNHxsY15X3IH2NYrgCZAuHpDEFDJB+8Th0Ce466tLls=)"
    `);
  });

  it('screens raw text without false negatives: every construct the policy blocks sends the page to the parser', () => {
    const clean = page(
      `<script>${themeInitScript('/')}</script><script type="application/ld+json">{}</script>`,
      '<p class="a">Style: on time</p>',
    );
    expect(looksClean(clean, hashes)).toBe(true);
    const blocked = [
      '<style>p{}</style>',
      '<svg><style/></svg>',
      '<p id="a"style="color:red">',
      '<p\nSTYLE = "x">',
      '<img src="x.png" onerror="go()">',
      '<a href="javascript:go()">',
      '<a href="java&#115;cript:go()">',
      '<script>go()</script>',
      '<script type="module">go()</script>',
    ];
    for (const html of blocked) {
      expect(looksClean(page('', html), hashes), html).toBe(false);
      expect(auditHtml(page('', html), 'x.html', hashes).length, html).toBeGreaterThan(0);
    }
  });
});
