/**
 * Checks built HTML against the Content-Security-Policy before it ships: every executable inline
 * script must be one whose hash the policy allows, and there may be no inline `<style>`, no `style=""`
 * attribute, no `on…=""` handler and no `javascript:` URL, because the policy allows none of them.
 * Data blocks (`<script type="application/ld+json">`) are not executed and need no hash.
 */
import { createHash } from 'node:crypto';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Text } from 'hast';

/** One thing in a page the policy would block. */
export interface AuditFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly problem: string;
}

/** Script types a browser executes (an absent or empty type is classic JavaScript). */
const EXECUTABLE = /^(|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;

function textOf(node: Element): string {
  return node.children
    .filter((c): c is Text => c.type === 'text')
    .map((c) => c.value)
    .join('');
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * A fast, conservative screen of the raw text: false means the page may break the policy (then it is
 * parsed properly); true is only returned when nothing that could be an inline style, handler,
 * `javascript:` URL or unlisted inline script appears at all. Parsing every page costs ~10 ms each;
 * this costs well under 1 ms, and the usual page passes it.
 */
export function looksClean(html: string, allowedScriptHashes: readonly string[]): boolean {
  if (/<style[\s>/]/i.test(html)) return false;
  // Attribute names follow whitespace, a slash, or (leniently parsed) the quote closing the previous value.
  if (/[\s"'/](style|on[a-z]+)\s*=/i.test(html)) return false;
  // javascript: URLs, also when spelled with character references (java&#115;cript:).
  if (/javascript:/i.test(html) || /(?:href|src|action)\s*=\s*["']?[^"'\s>]*&/i.test(html)) return false;
  for (const [, attrs = '', text = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script/gi)) {
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? '';
    if (EXECUTABLE.test(type) && text.trim() !== '' && !allowedScriptHashes.includes(sha256(text))) return false;
  }
  return true;
}

/** Finds what `allowedScriptHashes` (`sha256-…`, no quotes) and a no-inline-style policy would block in one page. */
export function auditHtml(html: string, file: string, allowedScriptHashes: readonly string[]): AuditFinding[] {
  if (looksClean(html, allowedScriptHashes)) return [];
  const findings: AuditFinding[] = [];
  const report = (node: Element, problem: string) =>
    findings.push({ file, line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0, problem });

  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      const props = node.properties;
      if (node.tagName === 'script' && props['src'] === undefined) {
        const type = String(props['type'] ?? '').trim();
        const text = textOf(node);
        if (EXECUTABLE.test(type) && text.trim() !== '' && !allowedScriptHashes.includes(sha256(text))) {
          report(node, `inline <script> not allowed by the policy (its hash is ${sha256(text)})`);
        }
      }
      if (node.tagName === 'style') report(node, 'inline <style> element: the policy allows stylesheet files only');
      if (props['style'] !== undefined) report(node, `style="${String(props['style'])}" attribute on <${node.tagName}>`);
      for (const [name, value] of Object.entries(props)) {
        // hast names handlers in camel case (onClick); the HTML attribute is onclick.
        if (/^on[a-z]/i.test(name)) report(node, `inline event handler ${name.toLowerCase()} on <${node.tagName}>`);
        if ((name === 'href' || name === 'src' || name === 'action') && /^\s*javascript:/i.test(String(value))) {
          report(node, `javascript: URL in ${name} on <${node.tagName}>`);
        }
      }
    }
    if ('children' in node) node.children.forEach(walk);
    if (node.type === 'element' && node.tagName === 'template' && node.content) walk(node.content);
  };
  walk(fromHtml(html));
  return findings;
}

/** `file:line:col  problem`, one per line. */
export function formatFindings(findings: readonly AuditFinding[]): string {
  return findings.map((f) => `${f.file}:${f.line}:${f.column}  ${f.problem}`).join('\n');
}
