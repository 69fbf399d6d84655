/**
 * The size budgets of the built site, in one place (read by `scripts/size.mjs`, `npm run size`).
 *
 * Every number is **gzip (level 9) bytes of a page's first load**, 1 kB = 1 000 bytes:
 * - `html`: the page's HTML document;
 * - `css`: the stylesheets it links (`<link rel="stylesheet">`);
 * - `js`: its module scripts, modulepreloads and their static imports (never dynamic `import()`);
 * - `forbid`: code that must never be in that first load, detected by content (see `SIGNATURES`
 *   in `scripts/size.mjs`).
 *
 * Page types (`classifyPage` in `scripts/size.mjs`):
 * - `prose`: no `x-data` island — the guide's text pages;
 * - `step`: `/etapes/*` with the form island (`x-data="formIsland"`);
 * - `summary`: `/recapitulatif/`;
 * - `search`: `/recherche/`;
 * - `island`: any other page with an `x-data` island.
 *
 * Why these numbers:
 * - JS 5 kB (prose) and 30 kB (step with its island), CSS 17 kB: the project's issue (Starlight,
 *   the model Astro site, caps 27 kB JS and 16.75 kB CSS).
 * - HTML 10 kB for prose and search pages: Starlight caps 7 kB; our FAQ and glossary are long
 *   (≈ 7 kB today), and 10 kB plus headers still arrives in the first TCP round trip (initial
 *   window of 10 segments ≈ 14.6 kB).
 * - HTML 20 kB for pages with an island (the issue's number): the island's markup — labels, hints,
 *   ids, ARIA wiring, list-entry templates — is rendered by Astro at build time rather than by
 *   JavaScript, so the HTML carries what would otherwise be JS; 20 kB is two round trips at most.
 * - JS 10 kB on the search page: the prose baseline plus the results UI. Pagefind itself (its JS,
 *   WebAssembly and index) is imported on demand, never in the first load.
 * - JS 45 kB on the summary (the issue sets no number for it): it shows the whole dossier with
 *   every step's issues, so it needs the whole model (6 kB) and every check with its messages
 *   (6 kB) on top of Alpine (23 kB); measured 42.8 kB on 28 Nov 2026. pdf-lib stays out, as
 *   everywhere.
 * - JS 30 kB on other island pages: the same ceiling as a step island.
 * - pdf-lib and fontkit (≈ 1 MB) are loaded on click only; localforage and the validators never
 *   on a page without an island (prose and search).
 */

/** @typedef {'pdf-lib' | 'localforage' | 'validators'} ForbiddenCode */
/** @typedef {{ html: number, css: number, js: number, forbid: ForbiddenCode[] }} Budget */
/** @typedef {'prose' | 'step' | 'summary' | 'search' | 'island'} PageType */

const KB = 1000;

/** @type {Record<PageType, Budget>} */
export const BUDGETS = {
  prose: { html: 10 * KB, css: 17 * KB, js: 5 * KB, forbid: ['pdf-lib', 'localforage', 'validators'] },
  step: { html: 20 * KB, css: 17 * KB, js: 30 * KB, forbid: ['pdf-lib'] },
  summary: { html: 20 * KB, css: 17 * KB, js: 45 * KB, forbid: ['pdf-lib'] },
  search: { html: 10 * KB, css: 17 * KB, js: 10 * KB, forbid: ['pdf-lib', 'localforage', 'validators'] },
  island: { html: 20 * KB, css: 17 * KB, js: 30 * KB, forbid: ['pdf-lib'] },
};

/** French labels of the page types, for the table. */
export const PAGE_TYPE_LABELS = {
  prose: 'texte',
  step: 'étape + îlot',
  summary: 'récapitulatif',
  search: 'recherche',
  island: 'autre îlot',
};
