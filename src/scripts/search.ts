/**
 * The search page's behaviour, over Pagefind's JS API (bundled by Astro into an external module, so it
 * satisfies the CSP; results are built with DOM methods, never innerHTML). The query and filters live
 * in the URL (`?q=…&team=…&competition=…`), so a search can be linked to and survives reloads.
 */
import { mergeResults, PART_FILTER, PARTS_FILE, partsFor, type MergedResults, type PartEntry } from '../delivery/search-parts.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
/** The site's index opened with Pagefind's createInstance: its first part, with the other parts merged in. */
interface PagefindIndex {
  mergeIndex(basePath: string, options: Record<string, unknown>): Promise<void>;
  preload(term: string, options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: Record<string, unknown>): Promise<PagefindResponse>;
}
interface Pagefind {
  createInstance(options: Record<string, unknown>): PagefindIndex;
}

const PAGE = 10;

/**
 * The base paths of the index's parts this page searches, from the list the build writes beside Pagefind's script
 * (src/delivery/search-parts.ts); the script's own folder alone without it.
 */
async function indexParts(scriptUrl: string): Promise<string[]> {
  const base = new URL('./', scriptUrl);
  const parts = await fetch(new URL(PARTS_FILE, base))
    .then(async (response) => (response.ok ? ((await response.json()) as PartEntry[]) : undefined))
    .catch(() => undefined);
  const folders = Array.isArray(parts) && parts.length > 0 ? partsFor(document.documentElement.lang || 'unknown', parts) : [''];
  // Paths, not URLs: Pagefind's worker keeps a merged index's path as given, and makes its results' links from it.
  return folders.map((folder) => new URL(folder, base).pathname);
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
const statusLine = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');

/** Copies Pagefind's excerpt (text with <mark> around matches) as text nodes and <mark> elements only. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...(parsed.body.firstElementChild?.childNodes ?? [])].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(document.documentElement.lang || 'en', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = element('li', 'result');
  // The recap's cover, as a small 16:9 copy (src/components/RecapCover.astro); decorative beside the headline.
  if (data.meta['image']) {
    const photo = document.createElement('img');
    photo.className = 'result__photo';
    photo.src = data.meta['image'];
    photo.alt = '';
    photo.width = 360;
    photo.height = 203;
    photo.loading = 'lazy';
    photo.decoding = 'async';
    item.append(photo);
  }
  const kicker = [data.meta['competition'], formatDate(data.meta['date'])].filter(Boolean).join(' · ');
  if (kicker) item.append(element('p', 'result__kicker', kicker));
  const title = element('h2', 'result__title');
  const link = element('a', '', data.meta['title'] ?? data.url);
  link.href = data.url;
  title.append(link);
  item.append(title);
  if (data.meta['scoreline']) item.append(element('p', 'result__score', data.meta['scoreline']));
  const excerpt = element('p', 'result__excerpt');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
}

/** The page's words for the status line, from the form's `data-messages` (src/pages/[...lang]/search.astro). */
function messages(form: HTMLFormElement): (key: string, vars: Record<string, string | number>) => string {
  let table: Record<string, string> = {};
  try {
    table = JSON.parse(form.dataset['messages'] ?? '{}') as Record<string, string>;
  } catch {
    // Malformed messages leave the keys showing rather than breaking search.
  }
  const lang = document.documentElement.lang || 'en';
  const plurals = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang, { numberingSystem: 'latn' });
  return (key, vars) => {
    const count = vars['count'];
    const plural = typeof count === 'number' ? (table[`${key}.${plurals.select(count)}`] ?? table[`${key}.other`]) : undefined;
    const text = table[key] ?? plural ?? key;
    return text.replace(/\{(\w+)\}/g, (all, name: string) => {
      const value = vars[name];
      return value === undefined ? all : typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}

async function start(form: HTMLFormElement, status: HTMLElement, list: HTMLOListElement, more: HTMLButtonElement) {
  const say = messages(form);
  const scriptUrl = new URL(form.dataset['pagefind'] ?? '/pagefind/pagefind.js', document.baseURI).href;
  // The index is loaded on first need (a query in the URL, or the reader reaching the form), not with the page:
  // compiling its WebAssembly kept the main thread busy while the page was still being shown.
  // The first part the page searches is opened, and the others merged into it (Pagefind's mergeIndex: they share its
  // worker and WebAssembly), each giving its results a filter of its own, so a search can ask one part at a time.
  let loading: Promise<{ index: PagefindIndex; parts: number }> | undefined;
  const engine = () =>
    (loading ??= Promise.all([import(/* @vite-ignore */ scriptUrl) as Promise<Pagefind>, indexParts(scriptUrl)]).then(
      async ([pagefind, [first = new URL('./', scriptUrl).pathname, ...others]]) => {
        const tag = (n: number) => (others.length > 0 ? { mergeFilter: { [PART_FILTER]: String(n) } } : {});
        const index = pagefind.createInstance({ basePath: first, ...tag(0) });
        await Promise.all(others.map((basePath, n) => index.mergeIndex(basePath, tag(n + 1))));
        return { index, parts: others.length + 1 };
      },
    ));
  // A query is ranked by Pagefind over every part. Filters alone list the newest first: Pagefind sorts within each
  // index, so each part is asked alone and the parts merged by date (src/delivery/search-parts.ts).
  const search = async ({ index, parts }: { index: PagefindIndex; parts: number }, term: string, filters: Record<string, string>) => {
    if (term) return mergeResults([(await index.search(term, { filters })).results]);
    const part = (n: number) => (parts > 1 ? { ...filters, [PART_FILTER]: String(n) } : filters);
    const lists = await Promise.all(
      Array.from({ length: parts }, (_, n) => index.search(null, { filters: part(n), sort: { date: 'desc' } })),
    );
    return mergeResults(
      lists.map((response) => response.results),
      (data) => data.meta['date'] ?? '',
    );
  };
  const fields = form.elements;
  const input = fields.namedItem('q') as HTMLInputElement;
  const selects = ['team', 'competition'].map((name) => fields.namedItem(name) as HTMLSelectElement);
  let results: MergedResults<PagefindResultData> = mergeResults([]);
  let shown = 0;
  let generation = 0;

  const showMore = async () => {
    const mine = generation;
    const batch = await results.next(PAGE);
    if (mine !== generation) return;
    list.append(...batch.map(renderResult));
    shown += batch.length;
    more.hidden = shown >= results.count;
  };

  const run = async (debounce: number) => {
    const term = input.value.trim();
    const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
    const params = new URLSearchParams();
    if (term) params.set('q', term);
    for (const [name, value] of Object.entries(filters)) params.set(name, value);
    history.replaceState(null, '', params.size > 0 ? `?${params}` : location.pathname);
    const mine = ++generation;
    if (!term && Object.keys(filters).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    let opened: Awaited<ReturnType<typeof engine>>;
    try {
      opened = await engine();
    } catch {
      status.textContent = say('unavailable', {});
      return;
    }
    // Pagefind starts fetching a query's chunks at once, and the search runs once the reader pauses typing.
    if (term) void opened.index.preload(term, { filters });
    await new Promise((resolve) => setTimeout(resolve, debounce));
    if (mine !== generation) return;
    const found = await search(opened, term, filters);
    if (mine !== generation) return;
    results = found;
    shown = 0;
    list.replaceChildren();
    const count = results.count;
    status.textContent = term
      ? say(count === 0 ? 'none-for' : 'found-for', { count, term })
      : say(count === 0 ? 'none-filtered' : 'found-filtered', { count });
    await showMore();
  };

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const select of selects) {
    const wanted = params.get(select.name);
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(0);
  });
  input.addEventListener('input', () => void run(250));
  for (const select of selects) select.addEventListener('change', () => void run(0));
  more.addEventListener('click', () => void showMore());
  form.addEventListener('focusin', () => void engine().catch(() => undefined), { once: true });
  void run(0);
}

if (form && statusLine && list && more) void start(form, statusLine, list, more);

// A module (not a global script), so these names do not collide with window globals such as `status`.
export {};
