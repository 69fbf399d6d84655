// @ts-check
/**
 * Astro integration: writes `sw.js` at `astro:build:done` (after the search index), from
 * `sw-template.js` and a manifest of the built files with their content hashes. No workbox: the
 * worker is ~120 lines and the manifest costs one read of each file.
 *
 * The precache policy (issue 15): precache what a reader needs — pages, CSS, the pages' JS, the
 * web manifest, the favicon. On demand (`groups`): the PDF code and its fallback font (`pdf`),
 * the search index (`search`); cached on first use and fetched in the background when a page
 * asks (see src/scripts/sw-register.ts). Never cached: compressed twins, Pagefind's UI bundles,
 * the PNG icons (the browser fetches those itself when installing).
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** pdf-lib and fontkit, by content (strings their minified code keeps). */
const PDF_CODE = [/registerFontkit/, /Unknown font format/, /%PDF-/];

/** @typedef {'precache' | 'pdf' | 'search' | 'skip'} Role */

/**
 * What the service worker does with a built file (`file` relative to the site root, `/`-separated).
 * @param {string} file
 * @param {() => Promise<string>} text  the file's text (read only for JS)
 * @returns {Promise<Role>}
 */
async function roleOf(file, text) {
  if (file === 'sw.js' || /\.(gz|br)$/.test(file) || file.startsWith('fonts/LICENSE')) return 'skip';
  if (file.startsWith('pagefind/')) {
    if (/pagefind-.*ui|pagefind-highlight|wasm\.unknown/.test(file)) return 'skip';
    return 'search';
  }
  if (/\.(ttf|otf|woff2?)$/.test(file)) return 'pdf';
  if (file.endsWith('.js')) {
    const code = await text();
    return PDF_CODE.some((re) => re.test(code)) ? 'pdf' : 'precache';
  }
  if (/\.(html|css)$/.test(file) || file === 'manifest.webmanifest' || /^icons\/.*\.svg$/.test(file)) return 'precache';
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
 * The manifest of the built site `dir` served under `base`.
 * @param {string} dir
 * @param {string} base
 */
async function swManifest(dir, base) {
  const b = base.endsWith('/') ? base : `${base}/`;
  /** @type {[string, string][]} */
  const precache = [];
  /** @type {Record<"pdf" | "search", string[]>} */
  const groups = { pdf: [], search: [] };
  let bytes = 0;
  for (const file of await listFiles(dir)) {
    const content = await readFile(join(dir, file));
    const role = await roleOf(file, async () => content.toString('utf8'));
    if (role === 'skip') continue;
    const url = b + file;
    if (role === 'precache') {
      precache.push([url, createHash('sha256').update(content).digest('hex').slice(0, 12)]);
      bytes += content.length;
    } else groups[role].push(url);
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
  const code = template.replace('self.__GUIDE_SISERI_MANIFEST__', JSON.stringify(manifest));
  if (code === template) throw new Error('Service worker : marque du manifeste absente de sw-template.js');
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
