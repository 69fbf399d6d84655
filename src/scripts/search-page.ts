/**
 * The search page: reads `?q=` and `?type=`, loads the Pagefind index lazily (never on other
 * pages), and lists results as links to the page — or to the matching heading — with the
 * excerpt rendered as text nodes. In `astro dev` there is no index: a French message says so.
 */
import { splitExcerpt } from '../lib/excerpt';
import { fill } from '../lib/fill';
import { pageStrings } from './strings';
import type { frSearch } from '../i18n/fr';

interface PagefindSub { title: string; url: string; excerpt: string }
interface PagefindData { url: string; excerpt: string; meta: { title?: string }; filters?: Record<string, string[]>; sub_results?: PagefindSub[] }
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

let api: Promise<PagefindApi> | undefined;

/** Loads Pagefind's own module from the built site (once). */
function loadPagefind(base: string): Promise<PagefindApi> {
  api ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (m: PagefindApi) => {
    await m.options({ baseUrl: base, excerptLength: 24 });
    return m;
  });
  return api;
}

/** Builds one result item with DOM APIs. */
function resultItem(d: PagefindData): HTMLLIElement {
  const best = d.sub_results?.find((s) => s.url.includes('#')) ?? d.sub_results?.[0];
  const li = document.createElement('li');
  li.className = 'result';
  const h = document.createElement('h2');
  h.className = 'result__title';
  const a = document.createElement('a');
  a.href = best?.url ?? d.url;
  const page = d.meta.title ?? d.url;
  a.textContent = best && best.title && best.title !== page ? `${page} › ${best.title}` : page;
  h.append(a);
  const p = document.createElement('p');
  p.className = 'result__excerpt';
  for (const part of splitExcerpt(best?.excerpt ?? d.excerpt)) {
    if (part.mark) {
      const m = document.createElement('mark');
      m.textContent = part.text;
      p.append(m);
    } else p.append(document.createTextNode(part.text));
  }
  const type = d.filters?.type?.[0];
  if (type) {
    const tag = document.createElement('span');
    tag.className = 'result__type';
    tag.textContent = type;
    li.append(tag);
  }
  li.append(h, p);
  return li;
}

/** Wires the search page. */
export function startSearchPage(): void {
  const S = pageStrings<typeof frSearch>('i18n-search');
  const t = (key: keyof typeof frSearch, params: Record<string, string | number> = {}) => fill(S[key] ?? '', params);
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !status || !list) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const base = document.documentElement.dataset.base ?? '/';
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const type = params.get('type') ?? '';
  form.querySelectorAll<HTMLInputElement>('input[name="type"]').forEach((r) => (r.checked = r.value === type));

  async function run(): Promise<void> {
    const q = input.value.trim();
    const filter = form!.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value ?? '';
    list!.replaceChildren();
    if (!q) {
      status!.textContent = '';
      return;
    }
    if (import.meta.env.DEV) {
      status!.textContent = t('devOnly');
      return;
    }
    status!.textContent = t('loading');
    try {
      const pf = await loadPagefind(base);
      const res = await pf.search(q, filter ? { filters: { type: filter } } : {});
      const data = await Promise.all(res.results.slice(0, 20).map((r) => r.data()));
      list!.replaceChildren(...data.map((d) => resultItem(d)));
      status!.textContent = data.length ? t('count', { n: res.results.length, q }) : t('none', { q });
    } catch {
      status!.textContent = t('error');
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value.trim());
    const filter = form.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value ?? '';
    if (filter) url.searchParams.set('type', filter);
    else url.searchParams.delete('type');
    history.replaceState(null, '', url);
    void run();
  });
  form.addEventListener('change', () => form.requestSubmit());
  void run();
}
