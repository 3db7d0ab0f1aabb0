/**
 * The colour theme: the reader's choice (light, dark, or follow the system) is kept in localStorage and
 * applied by a tiny blocking script in the head, before first paint, so the page never flashes the
 * wrong theme. The script is inline (no extra request on the critical path) and allowed by its SHA-256
 * hash in the Content-Security-Policy, so it must be byte-for-byte the text below.
 */

/** The three choices the toggle offers. */
export const THEME_CHOICES = ['light', 'dark', 'system'] as const;

/** One of the toggle's choices. */
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/**
 * The localStorage key. It carries the base path because sites on one origin (GitHub Pages project
 * sites under `user.github.io/<repo>/`) share one localStorage.
 */
export function themeStorageKey(base: string): string {
  return `fulltime-theme:${base}`;
}

/**
 * The head script: marks the document as scripted (`data-js`, which reveals the toggle) and sets
 * `data-theme` to the stored choice, or `system`. Storage can throw (privacy modes): the page then
 * follows the system. Kept ES5 and tiny on purpose: it blocks rendering.
 */
export function themeInitScript(base: string): string {
  const key = JSON.stringify(themeStorageKey(base));
  return (
    `(function(d){d.setAttribute("data-js","");var t="system";` +
    `try{var s=localStorage.getItem(${key});if(s==="light"||s==="dark")t=s}catch(e){}` +
    `d.setAttribute("data-theme",t)})(document.documentElement)`
  );
}
