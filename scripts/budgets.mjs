/**
 * The size budgets of the built site, in one place (read by `scripts/size.mjs`, `npm run size`).
 *
 * Every number is **gzip (level 9) bytes of what a page loads as it starts**, 1 kB = 1 000 bytes:
 * - `html`: the page's HTML document;
 * - `css`: the stylesheets it links (`<link rel="stylesheet">`);
 * - `js`: its module scripts, modulepreloads, their static imports **and the chunks they
 *   `import()`** (a page's code starts those as it starts), except the PDF code (loaded on the PDF
 *   click, recognised by content) and the chunks of `ON_ACTION_CHUNKS`;
 * - `target`: where issue 15 wants the JS to be, printed when not reached (see below);
 * - `forbid`: code that must never be in that first load, detected by content (see `SIGNATURES`
 *   in `scripts/size.mjs`).
 *
 * Page types (`classifyPage` in `scripts/size.mjs`):
 * - `prose`: no `x-data` island — the guide's text pages;
 * - `step`: `/etapes/*` with the form island (`x-data="formIsland"`);
 * - `summary`: `/recapitulatif/`;
 * - `search`: `/recherche/`;
 * - `island`: any other page with an `x-data` island or a dossier-bound component
 *   (`data-checklist`: the checklist kept with the dossier loads the store; `data-erase-all`:
 *   « Effacer mes données » names the stores it erases).
 *
 * Why these numbers:
 * - JS 5 kB (prose), CSS 17 kB: the project's issue (Starlight, the model Astro site, caps 27 kB JS
 *   and 16.75 kB CSS).
 * - JS of the form pages, counted honestly since issue 15 (start-up `import()`s included): the
 *   issue's 45 kB on a step and 60 kB on the summary, reached by importing the dossier's code —
 *   the store with localforage (≈ 22 kB), the session, the model and its checks — only after the
 *   page's `load` (src/islands/after-load.ts; its chunks are in `ON_ACTION_CHUNKS`). What is
 *   left is Alpine (23 kB) and the island's bindings: 33.2 kB on a step, 46.6 kB on the summary,
 *   which also needs the model and every check to derive the dossier (1 Dec 2026).
 * - HTML 10 kB for prose and search pages: Starlight caps 7 kB; our FAQ and glossary are long
 *   (≈ 7 kB today), and 10 kB plus headers still arrives in the first TCP round trip (initial
 *   window of 10 segments ≈ 14.6 kB).
 * - HTML 20 kB for pages with an island (the issue's number): the island's markup — labels, hints,
 *   ids, ARIA wiring, list-entry templates — is rendered by Astro at build time rather than by
 *   JavaScript, so the HTML carries what would otherwise be JS; 20 kB is two round trips at most.
 * - JS 10 kB on the search page: the prose baseline plus the results UI. Pagefind itself (its JS,
 *   WebAssembly and index) is imported on demand, never in the first load.
 * - The summary shows the whole dossier with every step's issues, so it needs the whole model
 *   (6 kB) and every check with its messages (6 kB) on top of Alpine; the store comes after `load`. pdf-lib stays
 *   out, as everywhere.
 * - JS on other island pages: /recopier/ measured 55.2 kB, rounded up. Its `summarize` and the
 *   ticks' store are imported after `load` too, but still counted: their chunks (`summary`,
 *   `localforage-kv`…) are named after modules other pages load at start-up, so exempting them by
 *   name could hide a regression.
 * - pdf-lib and fontkit (≈ 1 MB) are loaded on click only; localforage and the validators never
 *   on a page without an island (prose and search).
 */

/** @typedef {'pdf-lib' | 'localforage' | 'validators'} ForbiddenCode */
/** @typedef {{ html: number, css: number, js: number, target?: number, forbid: ForbiddenCode[] }} Budget */
/** @typedef {'prose' | 'step' | 'summary' | 'search' | 'island'} PageType */

const KB = 1000;

/** The first visit of `/`, service-worker precache included (scripts/first-visit.mjs). */
export const FIRST_VISIT_BUDGET = 300 * KB;

/** @type {Record<PageType, Budget>} */
export const BUDGETS = {
  prose: { html: 10 * KB, css: 17 * KB, js: 5 * KB, forbid: ['pdf-lib', 'localforage', 'validators'] },
  step: { html: 20 * KB, css: 17 * KB, js: 45 * KB, forbid: ['pdf-lib'] },
  summary: { html: 20 * KB, css: 17 * KB, js: 60 * KB, forbid: ['pdf-lib'] },
  search: { html: 10 * KB, css: 17 * KB, js: 10 * KB, forbid: ['pdf-lib', 'localforage', 'validators'] },
  island: { html: 20 * KB, css: 17 * KB, js: 56 * KB, forbid: ['pdf-lib'] },
};

/**
 * Chunks an `import()` reaches only on a user action or after the `load` event, by file name: not
 * counted at start-up. `erase-data`: « Effacer mes données » (its click loads the store to erase
 * it); `menu`, `theme`: the header menu's and the theme toggle's first click; `sw-register`,
 * `heading-links`: imported when the browser is idle after the load (src/scripts/global.ts);
 * `persistent-session` (the store, localforage, the model) and `logic` (the checks): imported
 * only after the page's `load` event (src/islands/after-load.ts, page-session.ts, entry.ts).
 */
export const ON_ACTION_CHUNKS = [/(^|\/)(erase(-data)?|menu|theme|sw-register|heading-links|persistent-session|logic)\.[\w-]+\.js$/];

/** French labels of the page types, for the table. */
export const PAGE_TYPE_LABELS = {
  prose: 'texte',
  step: 'étape + îlot',
  summary: 'récapitulatif',
  search: 'recherche',
  island: 'autre îlot',
};
