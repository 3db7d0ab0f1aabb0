/**
 * The theme toggle's behaviour (bundled by Astro into an external module, so the CSP needs no hash
 * for it). The head script has already applied the stored choice; this only handles clicks, keeps
 * aria-pressed in step, and follows changes made in other tabs.
 */
const CHOICES = ['light', 'dark', 'system'] as const;
type Choice = (typeof CHOICES)[number];

const isChoice = (value: unknown): value is Choice => CHOICES.includes(value as Choice);

/** Browser chrome colour: the page's own paper for an explicit choice, the per-scheme defaults for "system". */
function syncThemeColor(choice: Choice): void {
  const paper = getComputedStyle(document.body).backgroundColor;
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    meta.dataset['systemColor'] ??= meta.content;
    meta.content = choice === 'system' ? (meta.dataset['systemColor'] ?? meta.content) : paper;
  }
}

/**
 * Shows `choice` as the page's theme. Only what differs is written: a write to html[data-theme] makes the browser
 * restyle the whole page, and reading the paper colour then forces it at once. On load, the head script has already
 * set the theme, so a page following the system writes nothing but the buttons' state (the largest recap page: one
 * 120-250 ms task of style and layout at load, on a throttled phone in Lighthouse, without this).
 */
function apply(choice: Choice, buttons: readonly HTMLButtonElement[]): void {
  const root = document.documentElement;
  const changed = root.getAttribute('data-theme') !== choice;
  if (changed) root.setAttribute('data-theme', choice);
  for (const button of buttons) {
    const pressed = String(button.dataset['themeChoice'] === choice);
    if (button.getAttribute('aria-pressed') !== pressed) button.setAttribute('aria-pressed', pressed);
  }
  if (changed || choice !== 'system') syncThemeColor(choice);
}

function store(key: string, choice: Choice): void {
  try {
    if (choice === 'system') localStorage.removeItem(key);
    else localStorage.setItem(key, choice);
  } catch {
    // Storage can be disabled; the choice then lasts for this page only.
  }
}

for (const toggle of document.querySelectorAll<HTMLElement>('[data-theme-toggle]')) {
  const key = toggle.dataset['themeToggle'] ?? 'fulltime-theme';
  const buttons = [...toggle.querySelectorAll<HTMLButtonElement>('button[data-theme-choice]')];
  const current = document.documentElement.getAttribute('data-theme');
  apply(isChoice(current) ? current : 'system', buttons);
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const choice = button.dataset['themeChoice'];
      if (!isChoice(choice)) return;
      store(key, choice);
      apply(choice, buttons);
    });
  }
  window.addEventListener('storage', (event) => {
    if (event.key !== key && event.key !== null) return;
    apply(isChoice(event.newValue) ? event.newValue : 'system', buttons);
  });
}
