/**
 * Pagefind search latency in Chromium (playwright-core, Debian's `/usr/bin/chromium` or
 * `CHROME_PATH`), on the built site served locally. Service workers are blocked so that « cold »
 * means it: a fresh browser context with an empty HTTP cache, where the first query pays for
 * `pagefind.js`, its WebAssembly and the index metadata. « Warm » repeats each query on a page
 * whose Pagefind is loaded. The code runs in the page, passed as a string.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { median, summarize } from './stats.mjs';

/** The same flags as the browser tests (test/e2e/browser.ts). */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** Path of Chromium, or throws a French explanation. */
export function chromiumPath() {
  const found = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!found) throw new Error('Chromium introuvable : installez-le (apt-get install -y chromium) ou définissez CHROME_PATH.');
  return found;
}

/**
 * In-page code: loads Pagefind as the search page does (same module URL, same options) and runs
 * `query`; returns the times in ms of loading (import + options), `search()`, and the `data()` of
 * the first 20 results (what the page shows).
 */
const loadAndSearch = (query) => `(async () => {
  const base = document.documentElement.dataset.base || '/';
  const t0 = performance.now();
  const pf = await import(base + 'pagefind/pagefind.js');
  await pf.options({ baseUrl: base, excerptLength: 24 });
  const t1 = performance.now();
  const r = await pf.search(${JSON.stringify(query)});
  const t2 = performance.now();
  await Promise.all(r.results.slice(0, 20).map((x) => x.data()));
  const t3 = performance.now();
  return { importMs: t1 - t0, searchMs: t2 - t1, dataMs: t3 - t2, totalMs: t3 - t0, results: r.results.length };
})()`;

/** Runs the search benchmark against `url` (the served site's base URL). */
export async function benchSearch(url, { queries, coldRuns = 5, warmRuns = 10 }) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  const open = async () => {
    const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', serviceWorkers: 'block' });
    const page = await context.newPage();
    const res = await page.goto(`${url}recherche/`, { waitUntil: 'load' });
    if (!res?.ok()) throw new Error(`/recherche/ : HTTP ${res?.status()}`);
    return { context, page };
  };
  try {
    // Cold: the first query of a fresh context, `coldRuns` times.
    const cold = [];
    for (let i = 0; i < coldRuns; i++) {
      const { context, page } = await open();
      cold.push(await page.evaluate(loadAndSearch(queries[0])));
      await context.close();
    }
    // Warm: one page; each query once (« premier passage », it may fetch its index chunk), then repeated.
    const { context, page } = await open();
    await page.evaluate(loadAndSearch('protocole')); // loads Pagefind with a word outside the list
    const perQuery = [];
    for (const q of queries) {
      const first = await page.evaluate(loadAndSearch(q));
      const again = [];
      for (let i = 0; i < warmRuns; i++) again.push(await page.evaluate(loadAndSearch(q)));
      perQuery.push({
        query: q,
        results: first.results,
        firstSearchMs: round(first.searchMs + first.dataMs),
        warmSearch: summarize(again.map((r) => r.searchMs)),
        warmWithData: summarize(again.map((r) => r.searchMs + r.dataMs)),
      });
    }
    await context.close();
    return {
      cold: {
        query: queries[0],
        runs: coldRuns,
        loadMs: round(median(cold.map((r) => r.importMs))),
        searchMs: round(median(cold.map((r) => r.searchMs))),
        totalMs: round(median(cold.map((r) => r.importMs + r.searchMs))),
        withDataMs: round(median(cold.map((r) => r.totalMs))),
      },
      queries: perQuery,
    };
  } finally {
    await browser.close();
  }
}

const round = (x) => Math.round(x * 10) / 10;
