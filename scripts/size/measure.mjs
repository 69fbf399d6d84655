/**
 * Measuring a built site page by page (part of `scripts/size.mjs`): each page's type, its HTML, its
 * stylesheets, its first-load and start-up JS in gzip level 9 bytes, and the forbidden code found
 * in what it loads first.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { forbiddenCodeIn, gzipSize, pageAssets, readSiteFile, resolveReference, walkStaticGraph } from './graph.mjs';

/** @typedef {import('../budgets.mjs').PageType} PageType */
/** @typedef {import('../budgets.mjs').ForbiddenCode} ForbiddenCode */
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

/** The page type of an HTML page at site path `path` (see `scripts/budgets.mjs`). */
export function classifyPage(path, html) {
  if (path === '/recapitulatif/') return 'summary';
  if (path === '/recherche/') return 'search';
  const hasIsland = /<[a-z][^>]*?\s(x-data|data-checklist|data-erase-all)\b/i.test(html);
  if (path.startsWith('/etapes/') && /<[a-z][^>]*?\sx-data\s*=\s*["']formIsland["']/i.test(html)) return 'step';
  return hasIsland ? 'island' : 'prose';
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
