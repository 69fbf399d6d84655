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
 * Prints a table; exits 1 naming each offending page and file. The pure parts are exported for
 * the unit tests (`test/unit/size-*.test.ts`) and the benchmark (`scripts/bench.mjs`).
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUDGETS, FIRST_VISIT_BUDGET, ON_ACTION_CHUNKS, PAGE_TYPE_LABELS } from './budgets.mjs';

/** @typedef {import('./budgets.mjs').PageType} PageType */
/** @typedef {import('./budgets.mjs').Budget} Budget */
/** @typedef {import('./budgets.mjs').ForbiddenCode} ForbiddenCode */
/** @typedef {{ file: string, bytes: number, gzip: number }} AssetSize  `file` relative to the site root, with `/` */
/**
 * @typedef {object} PageReport
 * @property {string} path  site path without the base: `/`, `/etapes/employeur/`, `/404.html`
 * @property {string} file  the HTML file, relative to the site root
 * @property {PageType} type
 * @property {AssetSize} html
 * @property {{ gzip: number, files: AssetSize[] }} css
 * @property {{ gzip: number, files: AssetSize[] }} js  static first load
 * @property {{ gzip: number, files: AssetSize[] }} startup  first load and the `import()`s it starts (budgeted)
 * @property {{ code: ForbiddenCode, file: string }[]} found  forbidden-code signatures seen in first-load scripts
 */
/** @typedef {{ kind: 'html' | 'css' | 'js', actual: number, limit: number, files: AssetSize[] } | { kind: 'forbidden', code: ForbiddenCode, files: string[] }} Failure */

/**
 * Content signatures of code that must stay out of some first loads. They survive minification
 * (strings, error messages, class names pdf-lib keeps for its own error messages).
 * @type {Record<ForbiddenCode, RegExp[]>}
 */
export const SIGNATURES = {
  // pdf-lib (class names, the file header) and @pdf-lib/fontkit (its own error messages).
  'pdf-lib': [/PDFDocument/, /%PDF-/, /registerFontkit/, /Unknown font format/, /Not a TrueType collection/],
  // localforage: its default store name and its own error message.
  localforage: [/localforage/i, /No available storage method found/],
  // The checks: their French messages and their `check.<rule>` message keys.
  validators: [/Le numéro SIRET/, /["'`]check\.[\w"'`$]/],
};

/** Gzip level 9 size of a buffer or string. */
export function gzipSize(data) {
  return gzipSync(typeof data === 'string' ? Buffer.from(data) : data, { level: 9 }).length;
}

/** The attributes of a tag's attribute text (`rel="stylesheet" href="/a.css"`), lower-cased names. */
export function parseAttributes(text) {
  /** @type {Map<string, string>} */
  const attrs = new Map();
  for (const m of text.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    attrs.set(m[1].toLowerCase(), value.replace(/&amp;/g, '&'));
  }
  return attrs;
}

/**
 * What an HTML page loads first: stylesheet hrefs, module script srcs, modulepreload hrefs, and
 * the bodies of its inline module scripts (their static imports are first load too) and of its
 * other inline executable scripts (scanned for forbidden code). JSON data blocks are ignored.
 */
export function pageAssets(html) {
  const stylesheets = [];
  const modules = [];
  const inlineModules = [];
  const inlineScripts = [];
  const scriptless = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi, (_, attrText, body) => {
    const a = parseAttributes(attrText);
    const type = (a.get('type') ?? '').trim().toLowerCase();
    if (a.has('src')) {
      if (type === 'module') modules.push(a.get('src'));
    } else if (type === 'module') inlineModules.push(body);
    else if (type === '' || /(^|\/)(java|ecma)script$/.test(type)) inlineScripts.push(body);
    return '';
  });
  for (const m of scriptless.matchAll(/<link\b([^>]*)>/gi)) {
    const a = parseAttributes(m[1]);
    const rel = (a.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = a.get('href');
    if (!href) continue;
    if (rel.includes('stylesheet') && !rel.includes('alternate')) stylesheets.push(href);
    else if (rel.includes('modulepreload')) modules.push(href);
  }
  return { stylesheets, modules, inlineModules, inlineScripts };
}

/**
 * Specifiers of the **static** imports and re-exports of a JS module (minified or not): `import x
 * from "./a.js"`, `import{a}from"./a.js"`, `import "./a.js"`, `export * from "./a.js"`,
 * `export{a}from"./a.js"`. Never dynamic `import("./a.js")` nor `import.meta`. Only relative or
 * root-relative specifiers (what Astro emits between its chunks).
 */
export function staticImports(code) {
  const out = [];
  const re = /(?<=^|[\s;}])(?:import|export)\s*(?:[\w$*{][^;'"`()]*?\bfrom\s*|(?=["']))["']([^"'\n]+)["']/g;
  for (const m of code.matchAll(re)) {
    if (/^\.{0,2}\//.test(m[1]) && !out.includes(m[1])) out.push(m[1]);
  }
  return out;
}

/** Specifiers of the literal dynamic imports of a JS module: `import("./a.js")`, `import(`./a.js`)` (relative or root-relative). */
export function dynamicImports(code) {
  const out = [];
  for (const m of code.matchAll(/(?<![\w$.])import\s*\(\s*(["'`])([^"'`$\n]+)\1\s*\)/g)) {
    if (/^\.{0,2}\//.test(m[2]) && !out.includes(m[2])) out.push(m[2]);
  }
  return out;
}

/** Whether a chunk is PDF code (pdf-lib, fontkit): loaded on the PDF click, never at start-up. */
export const isPdfCode = (text) => SIGNATURES['pdf-lib'].some((re) => re.test(text));

/**
 * The file (relative to the site root, `/`-separated) that a URL reference points to, resolved
 * against the URL of the document or chunk that holds it; `null` for another origin or a URL
 * outside `base`.
 */
export function resolveReference(ref, fromUrl, base = '/') {
  const origin = 'http://site.invalid';
  const url = new URL(ref, origin + fromUrl);
  if (url.origin !== origin) return null;
  const b = base.endsWith('/') ? base : `${base}/`;
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(b)) return null;
  return path.slice(b.length);
}

/** Reads a site file, or throws a French explanation naming who references it. */
function readSiteFile(root, file, referrer) {
  const abs = join(root, ...file.split('/'));
  if (!existsSync(abs)) throw new Error(`${referrer} fait référence à « ${file} », absent de ${root}`);
  return readFileSync(abs);
}

/**
 * The first-load JS of a page: the given entry references (resolved against `pageUrl`) and the
 * inline modules' static imports, then every static import of those chunks, transitively, each
 * file once. Returns the files with their contents, in discovery order.
 * @param {string} root  the built site folder
 * @param {{ modules: string[], inlineModules: string[] }} entries
 * With `dynamic`, also follows literal `import()`s, except into PDF code (`isPdfCode`).
 * @param {{ pageUrl: string, base?: string, referrer?: string, dynamic?: boolean }} o
 * @returns {{ file: string, content: Buffer }[]}
 */
export function walkStaticGraph(root, entries, { pageUrl, base = '/', referrer = pageUrl, dynamic = false }) {
  const b = base.endsWith('/') ? base : `${base}/`;
  /** @type {Map<string, Buffer>} */
  const seen = new Map();
  /** @type {{ file: string, from: string, fromUrl: string }[]} */
  const queue = [];
  /** Files reached through an `import()` (only those may be skipped as PDF code). */
  const lazy = new Set();
  const enqueue = (ref, fromUrl, from) => {
    const file = resolveReference(ref, fromUrl, b);
    if (file !== null && !seen.has(file) && !queue.some((q) => q.file === file)) queue.push({ file, from, fromUrl });
  };
  for (const ref of entries.modules) enqueue(ref, pageUrl, referrer);
  for (const body of entries.inlineModules) for (const ref of staticImports(body)) enqueue(ref, pageUrl, referrer);
  while (queue.length) {
    const { file, from } = /** @type {{ file: string, from: string }} */ (queue.shift());
    if (seen.has(file)) continue;
    const content = readSiteFile(root, file, from);
    const text = content.toString('utf8');
    if (dynamic && lazy.has(file) && isPdfCode(text)) continue;
    seen.set(file, content);
    for (const ref of staticImports(text)) enqueue(ref, b + file, file);
    if (dynamic) {
      for (const ref of dynamicImports(text)) {
        const target = resolveReference(ref, b + file, b);
        if (target === null || ON_ACTION_CHUNKS.some((re) => re.test(target))) continue;
        if (!seen.has(target)) lazy.add(target);
        enqueue(ref, b + file, file);
      }
    }
  }
  return [...seen].map(([file, content]) => ({ file, content }));
}

/** The page type of an HTML page at site path `path` (see `scripts/budgets.mjs`). */
export function classifyPage(path, html) {
  if (path === '/recapitulatif/') return 'summary';
  if (path === '/recherche/') return 'search';
  const hasIsland = /<[a-z][^>]*?\s(x-data|data-checklist|data-erase-all)\b/i.test(html);
  if (path.startsWith('/etapes/') && /<[a-z][^>]*?\sx-data\s*=\s*["']formIsland["']/i.test(html)) return 'step';
  return hasIsland ? 'island' : 'prose';
}

/** Which forbidden-code signatures appear in `text`. */
export function forbiddenCodeIn(text) {
  return /** @type {ForbiddenCode[]} */ (Object.keys(SIGNATURES)).filter((code) => SIGNATURES[code].some((re) => re.test(text)));
}

/** The site path of an HTML file relative to the root: `index.html` → `/`, `a/index.html` → `/a/`. */
export function sitePathOf(file) {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** Measures one page (`file` is relative to `root`). */
export function measurePage(root, file, { base = '/' } = {}) {
  const b = base.endsWith('/') ? base : `${base}/`;
  const raw = readSiteFile(root, file, 'la liste des pages');
  const html = raw.toString('utf8');
  const path = sitePathOf(file);
  const pageUrl = b + path.slice(1);
  const assets = pageAssets(html);
  const size = (f, content) => ({ file: f, bytes: content.length, gzip: gzipSize(content) });

  const cssFiles = [...new Set(assets.stylesheets.map((ref) => resolveReference(ref, pageUrl, b)).filter((f) => f !== null))];
  const css = cssFiles.map((f) => size(f, readSiteFile(root, f, file)));
  const scripts = walkStaticGraph(root, assets, { pageUrl, base: b, referrer: file });
  const js = scripts.map(({ file: f, content }) => size(f, content));
  const started = walkStaticGraph(root, assets, { pageUrl, base: b, referrer: file, dynamic: true });
  const startup = started.map(({ file: f, content }) => size(f, content));

  /** @type {{ code: ForbiddenCode, file: string }[]} */
  const found = [];
  for (const { file: f, content } of started) for (const code of forbiddenCodeIn(content.toString('utf8'))) found.push({ code, file: f });
  [...assets.inlineModules, ...assets.inlineScripts].forEach((body, i) => {
    for (const code of forbiddenCodeIn(body)) found.push({ code, file: `${file} (script en ligne n° ${i + 1})` });
  });

  const sum = (list) => list.reduce((n, a) => n + a.gzip, 0);
  return {
    path,
    file,
    type: classifyPage(path, html),
    html: size(file, raw),
    css: { gzip: sum(css), files: css },
    js: { gzip: sum(js), files: js },
    startup: { gzip: sum(startup), files: startup },
    found,
  };
}

/** Every HTML file under `root` (relative, `/`-separated, sorted), Pagefind's own UI excluded. */
export function htmlFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(abs);
      } else if (name.endsWith('.html')) out.push(relative(root, abs).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Measures every page of a built site. */
export function measureSite(root, { base = '/' } = {}) {
  return htmlFiles(root).map((file) => measurePage(root, file, { base }));
}

/** The budget failures of one page (empty when it passes). */
export function checkPage(page, budgets = BUDGETS) {
  const budget = budgets[page.type];
  /** @type {Failure[]} */
  const failures = [];
  if (page.html.gzip > budget.html) failures.push({ kind: 'html', actual: page.html.gzip, limit: budget.html, files: [page.html] });
  if (page.css.gzip > budget.css) failures.push({ kind: 'css', actual: page.css.gzip, limit: budget.css, files: page.css.files });
  const js = page.startup ?? page.js;
  if (js.gzip > budget.js) failures.push({ kind: 'js', actual: js.gzip, limit: budget.js, files: js.files });
  for (const code of budget.forbid) {
    const files = page.found.filter((f) => f.code === code).map((f) => f.file);
    if (files.length) failures.push({ kind: 'forbidden', code, files });
  }
  return failures;
}

const fmt = (n) => new Intl.NumberFormat('fr-FR').format(n).replace(/\u202f|\u00a0/g, ' ');
const KIND_LABELS = { html: 'HTML', css: 'CSS', js: 'JS' };
const CODE_LABELS = { 'pdf-lib': 'pdf-lib / fontkit', localforage: 'localforage', validators: 'les contrôles (validateurs)' };

/** One French line per failure, naming the page and the files (largest first). */
export function describeFailure(page, f) {
  if (f.kind === 'forbidden') return `${page.path} : ${CODE_LABELS[f.code]} dans le premier chargement — ${f.files.join(', ')}`;
  const files = [...f.files].sort((a, b) => b.gzip - a.gzip).map((a) => `${a.file} (${fmt(a.gzip)} o)`);
  return `${page.path} : ${KIND_LABELS[f.kind]} ${fmt(f.actual)} o gz > budget ${fmt(f.limit)} o — ${files.join(', ')}`;
}

/**
 * The failure lines of a site, pages with the very same failure merged into one line
 * (`/etapes/a/, /etapes/b/ : JS … — files`), in page order.
 */
export function failureLines(pages, budgets = BUDGETS) {
  /** @type {Map<string, string[]>} */
  const byFailure = new Map();
  for (const p of pages) {
    for (const f of checkPage(p, budgets)) {
      const text = describeFailure({ ...p, path: '' }, f).replace(/^ : /, '');
      byFailure.set(text, [...(byFailure.get(text) ?? []), p.path]);
    }
  }
  return [...byFailure].map(([text, paths]) => `${paths.join(', ')} : ${text}`);
}

/** One line per page type whose JS is above its `target` (the largest page of the type). */
export function targetLines(pages, budgets = BUDGETS) {
  const out = [];
  for (const [type, b] of Object.entries(budgets)) {
    if (b.target === undefined) continue;
    const worst = Math.max(0, ...pages.filter((p) => p.type === type).map((p) => (p.startup ?? p.js).gzip));
    if (worst > b.target) out.push(`${PAGE_TYPE_LABELS[type]} : JS ${fmt(worst)} o gz > objectif ${fmt(b.target)} o`);
  }
  return out;
}

/** The table of every page: type, page, HTML/CSS/JS gzip bytes, budget, OK/DÉPASSÉ. */
export function formatTable(pages, budgets = BUDGETS) {
  const rows = [['Type', 'Page', 'HTML gz', 'CSS gz', 'JS gz', 'Budget HTML/CSS/JS', 'État']];
  for (const p of pages) {
    const b = budgets[p.type];
    const ok = checkPage(p, budgets).length === 0;
    rows.push([PAGE_TYPE_LABELS[p.type], p.path, fmt(p.html.gzip), fmt(p.css.gzip), fmt((p.startup ?? p.js).gzip), `${fmt(b.html)} / ${fmt(b.css)} / ${fmt(b.js)}`, ok ? 'OK' : 'DÉPASSÉ']);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const numeric = new Set([2, 3, 4]);
  return rows.map((r) => r.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n');
}

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
