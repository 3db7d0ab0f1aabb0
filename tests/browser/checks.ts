/**
 * In-page checks for the browser tests: an axe-core accessibility scan and a horizontal-overflow probe.
 * Each returns plain data (a list of readable findings) so a failing test prints what is wrong and where.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');

/** One axe violation, flattened for a readable assertion message. */
export interface AxeFinding {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
}

/**
 * Lays out and paints the whole page, as if the reader had scrolled through it. Offscreen sections skip rendering
 * until they come near the viewport (`content-visibility: auto`, src/styles/global.css); a check that measured them
 * while skipped would see estimated sizes, and axe could not hit-test their text to judge its contrast.
 */
async function renderWholePage(page: Page): Promise<void> {
  // Through the CSSOM, which the Content-Security-Policy allows, so pages served with it can be checked too.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('*')) {
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    }
  });
}

/**
 * Runs axe-core on a loaded page and returns the serious and critical violations. The page's context must
 * bypass CSP (`bypassCSP: true`), or a strict policy refuses the injected script.
 */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  await renderWholePage(page);
  await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
    }
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes
        .slice(0, 5)
        .map((n) => `${n.target.join(' ')}${n.failureSummary ? `: ${n.failureSummary.split('\n').slice(1).join(' ').trim()}` : ''}`),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** What sticks out of the viewport horizontally. */
export interface OverflowReport {
  readonly scrollWidth: number;
  readonly clientWidth: number;
  /** Outermost elements whose box extends past the viewport's left or right edge, unclipped. */
  readonly offenders: string[];
}

/**
 * Measures horizontal overflow: the document's scroll width against its client width, and every visible
 * element whose box crosses the viewport edge without an ancestor that clips or scrolls it (a wide table in
 * a scrolling wrapper is fine; a headline running off the screen under `overflow-x: hidden` is not).
 */
export async function measureOverflow(page: Page): Promise<OverflowReport> {
  await renderWholePage(page);
  return page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    const width = document.documentElement.clientWidth;
    const tolerance = 1;
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const classes = [...el.classList]
        .slice(0, 2)
        .map((c) => `.${c}`)
        .join('');
      const r = el.getBoundingClientRect();
      return `${el.tagName.toLowerCase()}${id}${classes} [${Math.round(r.left)}..${Math.round(r.right)}]`;
    };
    const clippedByAncestor = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
        if (a === document.body) break;
        const style = getComputedStyle(a);
        if (style.overflowX !== 'visible' || style.clipPath !== 'none' || style.clip !== 'auto') {
          const r = a.getBoundingClientRect();
          if (r.left >= -tolerance && r.right <= width + tolerance) return true;
        }
      }
      return false;
    };
    const offenders: Element[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      // Off-screen to the left entirely (a hidden skip link) neither scrolls nor shows: not an overflow.
      const cutRight = r.right > width + tolerance;
      const cutLeft = r.left < -tolerance && r.right > 0;
      if (!cutRight && !cutLeft) continue;
      if (clippedByAncestor(el)) continue;
      if (offenders.some((o) => o.contains(el))) continue;
      offenders.push(el);
    }
    return { scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth, offenders: offenders.slice(0, 10).map(describe) };
  });
}
