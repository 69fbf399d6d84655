// @ts-check
/**
 * Astro integration: the French Pagefind search index, written into the built site at
 * `astro:build:done` (as Starlight does), so a plain `astro build` has working search.
 *
 * Hook point for the content side (search across French elisions, …): `extend(index)` runs after
 * the built pages are indexed and before the files are written; it may add custom records with
 * Pagefind's Node API (`index.addCustomRecord`, `index.addHTMLFile`).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * @typedef {object} PagefindIndexOptions
 * @property {string} [language]  forced index language (default `fr`)
 * @property {(html: string) => string} [transformHtml]  what Pagefind reads of each page (the
 *   served file is untouched): the site splits French elisions here so « ASNR » finds « l’ASNR »
 * @property {(index: import('pagefind').PagefindIndex, dir: string) => Promise<void> | void} [extend]
 */

/**
 * Indexes the built site `dir` (an absolute path) into `dir/pagefind/`; returns the page count.
 * @param {string} dir
 * @param {PagefindIndexOptions} [options]
 */
async function writeSearchIndex(dir, { language = 'fr', extend, transformHtml = (html) => html } = {}) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`Pagefind : ${errors.join(', ')}`);
  try {
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
    let pageCount = 0;
    for (const file of files) {
      const sourcePath = file.split('\\').join('/');
      const added = await index.addHTMLFile({ sourcePath, content: transformHtml(await readFile(join(dir, file), 'utf8')) });
      if (added.errors.length) throw new Error(`Pagefind : ${added.errors.join(', ')}`);
      pageCount++;
    }
    if (extend) await extend(index, dir);
    const written = await index.writeFiles({ outputPath: `${dir.replace(/[\\/]$/, '')}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind : ${written.errors.join(', ')}`);
    return pageCount;
  } finally {
    await pagefind.close();
  }
}

/**
 * @param {PagefindIndexOptions} [options]
 * @returns {import('astro').AstroIntegration}
 */
export default function pagefindIndex(options = {}) {
  return {
    name: 'guide-siseri:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const count = await writeSearchIndex(fileURLToPath(dir), options);
        logger.info(`${count} pages indexées.`);
      },
    },
  };
}
