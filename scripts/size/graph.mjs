/**
 * What a built page loads, read from its files (part of `scripts/size.mjs`): the assets its HTML
 * references, the static and literal dynamic imports of its chunks, the walk of that graph, and the
 * content signatures of code that must stay out of a first load. Pure but for reading site files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ON_ACTION_CHUNKS } from '../budgets.mjs';

/** @typedef {import('../budgets.mjs').ForbiddenCode} ForbiddenCode */

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
export function readSiteFile(root, file, referrer) {
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

/** Which forbidden-code signatures appear in `text`. */
export function forbiddenCodeIn(text) {
  return /** @type {ForbiddenCode[]} */ (Object.keys(SIGNATURES)).filter((code) => SIGNATURES[code].some((re) => re.test(text)));
}
