#!/usr/bin/env node
/**
 * Runs after `astro build`, in this order so each step sees the final files: the Pagefind index
 * (French), the Content-Security-Policy of every page, then the service worker that precaches
 * it all.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { addCspToSite } from './csp.mjs';
import { buildServiceWorker } from './service-worker.mjs';

const outDir = resolve(process.env.SITE_OUT_DIR || 'dist');

/** Copies the PDF's font (DejaVu Sans, free licence) where the summary page fetches it. */
async function copyPdfFont() {
  const require = createRequire(import.meta.url);
  await mkdir(resolve(outDir, 'fonts'), { recursive: true });
  await copyFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), resolve(outDir, 'fonts/DejaVuSans.ttf'));
  await copyFile(require.resolve('dejavu-fonts-ttf/LICENSE'), resolve(outDir, 'fonts/LICENSE-DejaVu.txt'));
}

/** Indexes `outDir` and writes `outDir/pagefind/`. */
async function buildSearchIndex() {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) throw new Error(`Pagefind : ${errors.join(', ')}`);
  const added = await index.addDirectory({ path: outDir });
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
