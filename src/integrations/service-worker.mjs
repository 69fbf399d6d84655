// @ts-check
/**
 * Astro integration: writes `sw.js` at `astro:build:done` (after the search index), from
 * `sw-template.js` and a manifest of the built files with their content hashes. No workbox: the
 * worker is ~120 lines and the manifest costs one read of each file.
 *
 * The precache policy (issue 15): precache what a reader needs — pages, CSS, the pages' JS
 * (Alpine and the islands included) — within 300 kB gz. On demand
 * (`groups`), cached on first use and fetched in the background when a page asks (see
 * src/scripts/sw-register.ts): the dossier store and the checks (`forms`: anyone who has used a
 * form has them), the PDF code and its fallback font (`pdf`), the search index (`search`). Never cached: compressed twins, Pagefind's UI bundles,
 * the icons and the web manifest (the browser fetches those itself, online, to install the site).
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** pdf-lib and fontkit, by content (strings their minified code keeps). */
const PDF_CODE = [/registerFontkit/, /Unknown font format/, /%PDF-/];
/** The dossier store (localforage) and the checks, by content (as scripts/size.mjs finds them). */
const FORM_CODE = [/localforage/i, /No available storage method found/, /Le numéro SIRET/, /["'`]check\.[\w"'`$]/];

/**
 * Pages that are no use offline: « Recopier dans PASS » is used beside PASS, which is online.
 * Cached on first use (group `forms`) with the JS only they load.
 */
const ONLINE_ONLY_PAGES = ['recopier/'];

/** @typedef {'precache' | 'pdf' | 'forms' | 'search' | 'skip'} Role */

/**
 * What the service worker does with a built file (`file` relative to the site root, `/`-separated).
 * `entries`: the JS the offline pages load by themselves and their static imports — always
 * precached; `onlineOnly`: the JS only `ONLINE_ONLY_PAGES` load.
 * @param {string} file
 * @param {() => Promise<string>} text  the file's text (read only for JS)
 * @param {Set<string>} entries
 * @param {Set<string>} onlineOnly
 * @returns {Promise<Role>}
 */
async function roleOf(file, text, entries, onlineOnly) {
  if (ONLINE_ONLY_PAGES.some((p) => file.startsWith(p)) && file.endsWith('.html')) return 'forms';
  if (onlineOnly.has(file)) return 'forms';
  if (file === 'sw.js' || /\.(gz|br)$/.test(file) || file.startsWith('fonts/LICENSE')) return 'skip';
  if (file.startsWith('pagefind/')) {
    if (/pagefind-.*ui|pagefind-highlight|wasm\.unknown/.test(file)) return 'skip';
    return 'search';
  }
  if (/\.(ttf|otf|woff2?)$/.test(file)) return 'pdf';
  if (file.endsWith('.js')) {
    const code = await text();
    if (PDF_CODE.some((re) => re.test(code))) return 'pdf';
    return FORM_CODE.some((re) => re.test(code)) && !entries.has(file) ? 'forms' : 'precache';
  }
  if (/\.(html|css)$/.test(file)) return 'precache';
  return 'skip';
}

/**
 * Every file under `dir`, relative and `/`-separated.
 * @param {string} dir
 */
async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/**
 * The JS files pages load by themselves (`<script type="module" src>`) and their static imports,
 * transitively (relative to `dir`, `/`-separated).
 * @param {string} dir
 * @param {string[]} files
 * @param {string} base
 */
async function pageEntries(dir, files, base, pages = files.filter((f) => f.endsWith('.html'))) {
  const out = new Set();
  const queue = [];
  for (const file of pages) {
    const html = await readFile(join(dir, file), 'utf8');
    for (const m of html.matchAll(/<script\b[^>]*\ssrc="([^"]+\.js)"/g)) queue.push(posix.normalize((m[1] ?? '').slice(base.length)));
  }
  while (queue.length) {
    const file = /** @type {string} */ (queue.pop());
    if (out.has(file) || !files.includes(file)) continue;
    out.add(file);
    const code = await readFile(join(dir, file), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push(posix.join(posix.dirname(file), m[1] ?? ''));
  }
  return out;
}

/**
 * The manifest of the built site `dir` served under `base`.
 * @param {string} dir
 * @param {string} base
 */
async function swManifest(dir, base) {
  const b = base.endsWith('/') ? base : `${base}/`;
  /** @type {[string, string][]} */
  const precache = [];
  /** @type {Record<string, string[]>} */
  const groups = { forms: [], pdf: [], search: [] };
  let bytes = 0;
  const files = await listFiles(dir);
  const isOnlineOnly = (/** @type {string} */ f) => ONLINE_ONLY_PAGES.some((p) => f.startsWith(p));
  const pages = files.filter((f) => f.endsWith('.html'));
  const entries = await pageEntries(dir, files, b, pages.filter((f) => !isOnlineOnly(f)));
  const onlineOnly = new Set([...(await pageEntries(dir, files, b, pages.filter(isOnlineOnly)))].filter((f) => !entries.has(f)));
  for (const file of files) {
    const content = await readFile(join(dir, file));
    const role = await roleOf(file, async () => content.toString('utf8'), entries, onlineOnly);
    if (role === 'skip') continue;
    // Pages by the address the browser asks for (`/faq/`, not `/faq/index.html`): the install's
    // fetch of the page being visited is then a revalidation, not a second download.
    const url = b + (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file);
    if (role === 'precache') {
      precache.push([url, createHash('sha256').update(content).digest('hex').slice(0, 12)]);
      bytes += content.length;
    } else (groups[role] ??= []).push(url);
  }
  return { precache, groups, notFound: `${b}404.html`, bytes };
}

/**
 * Writes `dir/sw.js` for a site served under `base`. Returns the number of precached files and
 * their size (uncompressed bytes).
 * @param {string} dir
 * @param {string} base
 */
export async function writeServiceWorker(dir, base) {
  const { bytes, ...manifest } = await swManifest(dir, base);
  const template = await readFile(join(dirname(fileURLToPath(import.meta.url)), 'sw-template.js'), 'utf8');
  // Comments and indentation stay in the template: every visitor downloads sw.js.
  const lean = template
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('//'))
    .join('\n');
  const code = lean.replace('self.__GUIDE_SISERI_MANIFEST__', JSON.stringify(manifest));
  if (code === lean) throw new Error('Service worker : marque du manifeste absente de sw-template.js');
  await writeFile(join(dir, 'sw.js'), code);
  return { count: manifest.precache.length, size: bytes };
}

/** @returns {import('astro').AstroIntegration} */
export default function serviceWorker() {
  let base = '/';
  return {
    name: 'guide-siseri:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size } = await writeServiceWorker(fileURLToPath(dir), base);
        logger.info(`${count} fichiers précachés (${Math.round(size / 1000)} ko non compressés).`);
      },
    },
  };
}
