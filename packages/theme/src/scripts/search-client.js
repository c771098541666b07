// @ts-check
// The search page's only script: loads Pagefind (index + WebAssembly) when the reader opens the
// page, runs the query from ?q=, and searches as they type. Results are plain links, so they
// work with a keyboard and a screen reader; the count is announced through a live region.
// Plain JS, inlined as-is (`is:inline`): Vite's dynamic-import preload helper breaks in inlined
// scripts, and the integration hashes this exact text for the Content-Security-Policy.

/**
 * @typedef {{ url: string; excerpt: string; meta: Record<string, string> }} ResultData
 * @typedef {{
 *   options(o: Record<string, unknown>): Promise<void>;
 *   search(q: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
 *   filters(): Promise<Record<string, Record<string, number>>>;
 *   mergeIndex(path: string): Promise<void>;
 * }} Pagefind
 * @typedef {Record<'loading' | 'results' | 'noResults' | 'prompt' | 'error' | 'all' | 'kind' | 'mapel' | 'fase' | 'kelas' | 'tag', string>} Strings
 */

const FILTERS = /** @type {const} */ (['kind', 'mapel', 'fase', 'kelas', 'tag']);

/** @param {string} template @param {Record<string, string | number>} vars */
function format(template, vars) {
  return template.replace(/\{(\w+)\}/g, (whole, k) => (k in vars ? String(vars[k]) : whole));
}

/** Pagefind's excerpts are escaped text with <mark> around hits; allow nothing else. @param {string} html */
function safeExcerpt(html) {
  return html.replace(/<(?!\/?mark>)/g, '&lt;');
}

async function startSearch() {
  /** @type {HTMLElement | null} */
  const root = document.querySelector('[data-search]');
  if (!root) return;
  /** @type {Strings} */
  const strings = JSON.parse(root.dataset.strings ?? '{}');
  const input = /** @type {HTMLInputElement} */ (root.querySelector('input[name="q"]'));
  const form = /** @type {HTMLFormElement} */ (input.form);
  const status = /** @type {HTMLElement} */ (root.querySelector('[data-status]'));
  const list = /** @type {HTMLOListElement} */ (root.querySelector('[data-results]'));
  const filterBox = /** @type {HTMLElement} */ (root.querySelector('[data-filters]'));
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  // Opened from the header's search button: the reader came to type. With a query (a shared link,
  // a results page) the focus stays put, so a phone does not open its keyboard over the results.
  if (!input.value) input.focus();

  /** @type {Pagefind} */
  let pagefind;
  /** Nothing indexed (a new community before its first fetch): Pagefind cannot open an empty index. */
  let empty = false;
  try {
    status.textContent = strings.loading;
    const bundle = new URL(root.dataset.bundle ?? '/pagefind/', location.href);
    // A site with very many search records has them in parts beside the main index (pagefind.ts).
    const [module, manifest] = await Promise.all([
      import(`${bundle.pathname}pagefind.js`),
      /** @type {Promise<{ entries?: number; parts?: string[] }>} */ (
        fetch(new URL('guru-parts.json', bundle))
          .then((r) => (r.ok ? r.json() : {}))
          .catch(() => ({}))
      ),
    ]);
    pagefind = module;
    empty = manifest.entries === 0;
    await pagefind.options({ excerptLength: 24 });
    for (const part of manifest.parts ?? []) await pagefind.mergeIndex(new URL(part, bundle).pathname);
  } catch (error) {
    status.textContent = strings.error;
    console.error(error);
    return;
  }

  /** @type {Map<string, HTMLSelectElement>} */
  const selects = new Map();
  const available = empty ? {} : await pagefind.filters();
  for (const name of FILTERS) {
    const values = Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b));
    // The page draws the filters it expects (so nothing moves when they fill in); others are added.
    /** @type {HTMLSelectElement | null} */
    let select = filterBox.querySelector(`select[name="${name}"]`);
    if (values.length === 0 || (values.length < 2 && name !== 'tag')) {
      select?.closest('label')?.remove();
      continue;
    }
    if (!select) {
      const label = document.createElement('label');
      label.textContent = strings[name];
      select = document.createElement('select');
      select.name = name;
      select.append(new Option(strings.all, ''));
      label.append(select);
      filterBox.append(label);
    }
    for (const v of values) select.append(new Option(`${v} (${available[name]?.[v]})`, v));
    select.value = params.get(name) ?? '';
    select.disabled = false;
    selects.set(name, select);
  }

  let latest = 0;
  const run = async () => {
    const ticket = ++latest;
    const query = input.value.trim();
    /** @type {Record<string, string>} */
    const filters = {};
    for (const [name, select] of selects) if (select.value) filters[name] = select.value;
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters }).toString();
    history.replaceState(null, '', url);
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = strings.prompt;
      return;
    }
    const search = empty ? { results: [] } : await pagefind.search(query || null, { filters });
    if (ticket !== latest || !search) return;
    const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(
      ...data.map((d) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        const h = document.createElement('h2');
        h.append(a);
        const p = document.createElement('p');
        p.innerHTML = safeExcerpt(d.excerpt);
        li.append(h, p);
        return li;
      }),
    );
    const shown = query || Object.values(filters).join(', ');
    status.textContent = format(search.results.length ? strings.results : strings.noResults, { count: search.results.length, query: shown });
  };

  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  for (const select of selects.values()) select.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  await run();
}

void startSearch();
