/**
 * The search page: reads `?q=` and `?type=`, loads the Pagefind index lazily (never on other
 * pages), and lists results as links to the page — or to the matching heading or field (see
 * `bestTarget`) — with the excerpt rendered as text nodes. In `astro dev` there is no index: a French message says so.
 */
import { splitExcerpt } from '../lib/excerpt';
import { fill } from '../i18n/fill';
import { queryWithoutElisions, restoreElisions } from '../lib/search/elision';
import { pageStrings } from './strings';
import type { frSearch } from '../i18n/fr';

interface PagefindLocation { weight: number; balanced_score: number; location: number }
interface PagefindAnchor { element: string; id: string; text?: string; location: number }
interface PagefindSub { title: string; url: string; excerpt: string; anchor?: PagefindAnchor; weighted_locations?: PagefindLocation[] }
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters?: Record<string, string[]>;
  sub_results?: PagefindSub[];
  anchors?: PagefindAnchor[];
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

let api: Promise<PagefindApi> | undefined;

/** Loads Pagefind's own module from the built site (once). */
function loadPagefind(base: string): Promise<PagefindApi> {
  // The whole index, in the background, so that search also works offline afterwards.
  if (!api) void import('./sw-register').then((m) => m.warmCache('search'));
  api ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (m: PagefindApi) => {
    await m.options({ baseUrl: base, excerptLength: 24 });
    return m;
  });
  return api;
}

/** Prefix of the guide's field anchors (`#champ-<field id>`, see `fieldAnchor` in the model). */
const FIELD_ANCHOR = 'champ-';

/** Where a result should land: a URL and the name of that spot (heading or field), if any. */
export interface ResultTarget {
  url: string;
  /** Heading text or field label; absent when the result is the page itself. */
  title?: string;
  excerpt: string;
}

const score = (locs: readonly PagefindLocation[] = []) => locs.reduce((n, l) => n + l.balanced_score, 0);

/** Words of a text for comparison: no elided article, lower case, no accents, punctuation as spaces. */
const words = (s: string) =>
  queryWithoutElisions(restoreElisions(s))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The item with the highest `value` (the first one on a tie), or `undefined`. */
function maxBy<T>(items: readonly T[], value: (item: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || value(item) > value(best)) best = item;
  return best;
}

/**
 * The spot of a page that best matches the query, from Pagefind's own data (sub-results, their
 * weighted hits, the page's anchors), in this order:
 * 1. a field whose PASS label is the query (« Courriel », « Numéro SIRET »), named by that label
 *    (`fieldLabels`: anchor → label, rendered from the model by the search page);
 * 2. otherwise a section (a heading with an id, the page's `h1` excepted since the result already
 *    is that page): a heading that is the query comes first (the glossary's « SIREN », « CES —
 *    correspondant… »), then headings containing every word of it, then the section whose hits
 *    weigh the most — not simply the first one. Inside that section, when hits fall in field
 *    descriptions (`li#champ-…`), the field with the heaviest hits;
 * 3. without any section hit, the page itself.
 */
function bestTarget(d: PagefindData, query = '', fieldLabels: Readonly<Record<string, string>> = {}): ResultTarget {
  const q = words(query).join(' ');
  const subs = (d.sub_results ?? []).filter((s) => s.anchor && s.anchor.element !== 'h1' && s.url.includes('#') && score(s.weighted_locations) > 0);
  const anchors = [...(d.anchors ?? [])].sort((a, b) => a.location - b.location);
  // Each field description with hits: from its anchor to the next one, within its section.
  const fields = anchors.flatMap((a, i) => {
    if (!a.id.startsWith(FIELD_ANCHOR)) return [];
    const sub = subs.filter((s) => (s.anchor?.location ?? 0) <= a.location).at(-1);
    const end = anchors[i + 1]?.location ?? Infinity;
    const hits = score((sub?.weighted_locations ?? []).filter((l) => l.location >= a.location && l.location < end));
    return sub && hits > 0 ? [{ id: a.id, sub, hits }] : [];
  });
  const toField = (f: (typeof fields)[number]): ResultTarget => ({ url: f.sub.url.replace(/#.*$/, `#${f.id}`), title: fieldLabels[f.id] ?? f.sub.title, excerpt: f.sub.excerpt });

  const exact = maxBy(
    fields.filter((f) => q && words(fieldLabels[f.id] ?? '').join(' ') === q),
    (f) => f.hits,
  );
  if (exact) return toField(exact);

  const tier = (s: PagefindSub) => {
    const title = words(s.title);
    const head = words(s.title.split(/\s+[—–-]\s+/)[0] ?? '').join(' ');
    if (q && (head === q || title.join(' ') === q)) return 2;
    return q && q.split(' ').every((w) => title.includes(w)) ? 1 : 0;
  };
  const best = maxBy(subs, (s) => tier(s) * 1e12 + score(s.weighted_locations));
  if (!best) return { url: d.url, excerpt: d.excerpt };
  const field = maxBy(
    fields.filter((f) => f.sub === best),
    (f) => f.hits,
  );
  return field ? toField(field) : { url: best.url, title: best.title, excerpt: best.excerpt };
}

/** Builds one result item with DOM APIs. */
function resultItem(d: PagefindData, query: string, fieldLabels: Readonly<Record<string, string>>): HTMLLIElement {
  const best = bestTarget(d, query, fieldLabels);
  const li = document.createElement('li');
  li.className = 'result';
  const h = document.createElement('h2');
  h.className = 'result__title';
  const a = document.createElement('a');
  a.href = best.url;
  const page = restoreElisions(d.meta.title ?? d.url);
  const spot = best.title === undefined ? undefined : restoreElisions(best.title);
  a.textContent = spot && spot !== page ? `${page} › ${spot}` : page;
  h.append(a);
  const p = document.createElement('p');
  p.className = 'result__excerpt';
  for (const part of splitExcerpt(best.excerpt)) {
    if (part.mark) {
      const m = document.createElement('mark');
      m.textContent = restoreElisions(part.text);
      p.append(m);
    } else p.append(document.createTextNode(restoreElisions(part.text)));
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
  const fieldLabels = pageStrings<Record<string, string>>('search-fields') as Record<string, string>;
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

  /** The latest search: an older one still running never shows its results over a newer one's. */
  let latest = 0;
  async function run(): Promise<void> {
    const mine = ++latest;
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
      // « l’ASNR » and « ASNR » ask the same thing (elisions are split in the index too).
      const query = queryWithoutElisions(q) || q;
      const res = await pf.search(query, filter ? { filters: { type: filter } } : {});
      const data = await Promise.all(res.results.slice(0, 20).map((r) => r.data()));
      if (mine !== latest) return;
      list!.replaceChildren(...data.map((d) => resultItem(d, query, fieldLabels)));
      status!.textContent = data.length ? t('count', { n: res.results.length, q }) : t('none', { q });
    } catch {
      if (mine === latest) status!.textContent = t('error');
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
