#!/usr/bin/env node
/**
 * Runs after `astro build`, in this order so each step sees the final files: the Pagefind index
 * (French), the Content-Security-Policy of every page, then the service worker that precaches
 * it all.
 */
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { relative, resolve, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { addCspToSite } from './csp.mjs';
import { buildServiceWorker } from './service-worker.mjs';
import { splitElisionsInHtml } from '../src/lib/search/elision.ts';

const outDir = resolve(process.env.SITE_OUT_DIR || 'dist');

/** Copies the PDF's font (DejaVu Sans, free licence) where the summary page fetches it. */
async function copyPdfFont() {
  const require = createRequire(import.meta.url);
  await mkdir(resolve(outDir, 'fonts'), { recursive: true });
  await copyFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), resolve(outDir, 'fonts/DejaVuSans.ttf'));
  await copyFile(require.resolve('dejavu-fonts-ttf/LICENSE'), resolve(outDir, 'fonts/LICENSE-DejaVu.txt'));
}

/**
 * Indexes every page of `outDir` and writes `outDir/pagefind/`. Each page is given to Pagefind
 * with its French elisions split (« l’ASNR » → « l`ASNR », src/lib/search/elision.ts), so « ASNR »
 * finds it too; the served pages keep their apostrophes.
 */
async function buildSearchIndex() {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) throw new Error(`Pagefind : ${errors.join(', ')}`);
  const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  const added = { page_count: 0, errors: [] };
  for (const file of files) {
    const content = splitElisionsInHtml(await readFile(resolve(outDir, file), 'utf8'));
    const sourcePath = relative(outDir, resolve(outDir, file)).split(sep).join('/');
    const r = await index.addHTMLFile({ sourcePath, content });
    if (r.errors.length) added.errors.push(...r.errors);
    else added.page_count++;
  }
  if (added.errors.length) throw new Error(`Pagefind : ${added.errors.join(', ')}`);
  const written = await index.writeFiles({ outputPath: resolve(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind : ${written.errors.join(', ')}`);
  console.log(`Pagefind : ${added.page_count} pages indexées.`);
  await pagefind.close();
}

await buildSearchIndex();
await copyPdfFont();
console.log(`CSP : ${await addCspToSite(outDir)} pages protégées.`);
const sw = await buildServiceWorker(outDir, process.env.SITE_BASE || '/');
console.log(`Service worker : ${sw.count} fichiers précachés (${Math.round(sw.size / 1024)} ko).`);
