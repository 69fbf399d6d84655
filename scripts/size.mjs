#!/usr/bin/env node
/**
 * Size budgets of the built site (`npm run size`, and the last step of `npm test`).
 *
 * For every HTML page of `SITE_OUT_DIR` (default `dist/`, served under `SITE_BASE`), measures what
 * the browser fetches at start-up, in gzip level 9 bytes: the HTML; the CSS of
 * `<link rel="stylesheet">`; the JS of every `<script type="module" src>` and
 * `<link rel="modulepreload">`, the transitive **static** imports of those chunks
 * (`import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`) — the `js` first load —
 * **and** the chunks they `import("./x.js")`, transitively — the `startup` JS, which the budgets
 * check: a page's code starts those imports as it starts. Only the PDF code (pdf-lib, fontkit,
 * recognised by content) is left out: it loads on the « Télécharger l’Annexe 1 » click. Then checks
 * the budgets of `scripts/budgets.mjs`, the code that must never load at start-up (pdf-lib,
 * localforage, the validators), detected by content, and the first visit with the service
 * worker's precache (`scripts/first-visit.mjs`).
 *
 * Prints a table; exits 1 naming each offending page and file. The pure parts live in
 * `scripts/size/` — `graph.mjs` (what a page loads), `measure.mjs` (the bytes of each page),
 * `report.mjs` (budget checks and the table) — and are re-exported here for the unit tests
 * (`test/unit/size-*.test.ts`), the benchmark (`scripts/bench.mjs`) and `scripts/first-visit.mjs`.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIRST_VISIT_BUDGET } from './budgets.mjs';
import { measureSite } from './size/measure.mjs';
import { failureLines, fmt, formatTable, targetLines } from './size/report.mjs';

export { SIGNATURES, gzipSize, parseAttributes, pageAssets, staticImports, dynamicImports, isPdfCode, resolveReference, walkStaticGraph, forbiddenCodeIn } from './size/graph.mjs';
export { classifyPage, sitePathOf, measurePage, htmlFiles, measureSite } from './size/measure.mjs';
export { checkPage, describeFailure, failureLines, targetLines, formatTable } from './size/report.mjs';

/** `npm run size`: measures `SITE_OUT_DIR` (or `dist`), prints the table, exits 1 on a failure. */
async function main() {
  const root = resolve(process.env.SITE_OUT_DIR || 'dist');
  const base = process.env.SITE_BASE || '/';
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`Budgets de taille : ${root}/index.html manque — lancez d’abord « npm run build ».`);
    process.exit(1);
  }
  const pages = measureSite(root, { base });
  console.log(`Budgets de taille — octets gzip niveau 9 de ce que charge chaque page au démarrage, import() lancés au démarrage compris (${relative(process.cwd(), root) || '.'}, base ${base})\n`);
  console.log(formatTable(pages));
  const failures = failureLines(pages);
  const { firstVisit } = await import('./first-visit.mjs');
  const visit = firstVisit(root, { base });
  const visitOk = visit.gzip <= FIRST_VISIT_BUDGET;
  const precache = visit.serviceWorker ? `avec le précache du service worker (${visit.precached} fichiers)` : 'sans service worker (pas de sw.js)';
  console.log(`\nPremière visite de / ${precache} : ${fmt(visit.gzip)} o gz, ${visit.count} fichiers (budget ${fmt(FIRST_VISIT_BUDGET)} o) — ${visitOk ? 'OK' : 'DÉPASSÉ'}`);
  if (!visitOk) failures.push(`première visite de / : ${fmt(visit.gzip)} o gz > budget ${fmt(FIRST_VISIT_BUDGET)} o`);
  for (const line of targetLines(pages)) console.log(`  objectif non atteint — ${line}`);
  if (failures.length) {
    console.error(`\nBudgets dépassés :`);
    for (const line of failures) console.error(`  ✗ ${line}`);
    process.exit(1);
  }
  console.log(`\nTous les budgets sont respectés (${pages.length} pages).`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
