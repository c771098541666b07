// The search page's only script: loads Pagefind (index + WebAssembly) when the reader opens the
// page, runs the query from ?q=, and searches as they type. Results are plain links, so they
// work with a keyboard and a screen reader; the count is announced through a live region.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
type Strings = Record<'loading' | 'results' | 'noResults' | 'prompt' | 'error' | 'all' | 'kind' | 'tag', string>;

const FILTERS = ['kind', 'tag'] as const;

function format(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, k: string) => (k in vars ? String(vars[k]) : whole));
}

/** Pagefind's excerpts are escaped text with <mark> around hits; allow nothing else. */
function safeExcerpt(html: string): string {
  return html.replace(/<(?!\/?mark>)/g, '&lt;');
}

export async function startSearch(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const form = input.form!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-filters]')!;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';

  let pagefind: Pagefind;
  try {
    status.textContent = strings.loading;
    pagefind = (await import(/* @vite-ignore */ `${root.dataset.bundle}pagefind.js`)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
  } catch {
    status.textContent = strings.error;
    return;
  }

  const selects = new Map<string, HTMLSelectElement>();
  const available = await pagefind.filters();
  for (const name of FILTERS) {
    const values = Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b));
    if (values.length < 2 && name !== 'tag') continue;
    if (values.length === 0) continue;
    const label = document.createElement('label');
    label.textContent = strings[name];
    const select = document.createElement('select');
    select.name = name;
    select.append(new Option(strings.all, ''));
    for (const v of values) select.append(new Option(`${v} (${available[name]?.[v]})`, v));
    select.value = params.get(name) ?? '';
    label.append(select);
    filterBox.append(label);
    selects.set(name, select);
  }

  let latest = 0;
  const run = async () => {
    const ticket = ++latest;
    const query = input.value.trim();
    const filters: Record<string, string> = {};
    for (const [name, select] of selects) if (select.value) filters[name] = select.value;
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters }).toString();
    history.replaceState(null, '', url);
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = strings.prompt;
      return;
    }
    const search = await pagefind.search(query || null as unknown as string, { filters });
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
        h.style.fontSize = '1.15rem';
        h.style.margin = '0';
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

  let timer: ReturnType<typeof setTimeout> | undefined;
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
