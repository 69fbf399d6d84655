/**
 * Runs a query on the search page as a reader does: the first time by its address
 * (`/recherche/?q=…`), then from the page's own form (a new query and Enter, the filter ticked),
 * which searches again without reloading the page — a page load less per query.
 */
import type { Page } from 'playwright-core';
import { siteUrl } from '../browser';

/** Searches `q` (with the `type` filter, or none) and waits until the status line gives its results. */
export async function searchFor(page: Page, baseUrl: string, q: string, type = ''): Promise<void> {
  const searchPath = new URL(siteUrl(baseUrl, '/recherche/')).pathname;
  if (new URL(page.url(), 'http://x').pathname !== searchPath) {
    await page.goto(`${siteUrl(baseUrl, '/recherche/')}?q=${encodeURIComponent(q)}${type ? `&type=${encodeURIComponent(type)}` : ''}`);
  } else {
    await page.evaluate(
      ({ q, type }) => {
        const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
        form.querySelector<HTMLInputElement>('input[name="q"]')!.value = q;
        form.querySelectorAll<HTMLInputElement>('input[name="type"]').forEach((r) => (r.checked = r.value === type));
        form.requestSubmit();
      },
      { q, type },
    );
  }
  // The status names the query: « Nombre de résultats pour « q » : n. » or « Aucun résultat pour « q »… ».
  await page.waitForFunction((q) => {
    const s = document.querySelector('[data-search-status]')?.textContent ?? '';
    return /résultat/.test(s) && s.includes(`« ${q} »`);
  }, q.trim());
}
