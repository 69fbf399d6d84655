/**
 * Times the Annexe 1 PDF builder in Node: `buildAnnexe1(benchDossier(), { now })` — Helvetica,
 * as in the browser for a French dossier — `warmup` untimed runs then `runs` timed ones; the
 * first call (JIT, caches) is reported apart. (The DejaVu fallback is not timed here: it is
 * reached through `import()`, which Vite's module runner no longer serves once the import is done.) The TypeScript sources are loaded through Vite's module runner.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { runnerImport } from 'vite';
import { summarize } from './stats.mjs';

/** The font the builder's tests use. */
export const FONT = 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf';

/** Runs the PDF benchmark from the project folder `root`. */
export async function benchPdf(root, { warmup = 5, runs = 30 } = {}) {
  const t0 = performance.now();
  const { module } = await runnerImport(join(root, 'scripts/bench/annexe1-entry.mjs'), { root, configFile: false, logLevel: 'error' });
  const loadMs = performance.now() - t0;
  const fontPath = createRequire(join(root, 'package.json')).resolve(FONT);
  const fontBytes = new Uint8Array(readFileSync(fontPath));
  const dossier = module.benchDossier();
  const now = new Date('2025-06-02T08:00:00Z');
  const build = () => module.buildAnnexe1(dossier, { now, incomplete: false });

  const c0 = performance.now();
  const first = await build();
  const firstMs = performance.now() - c0;
  for (let i = 0; i < warmup; i++) await build();
  const times = [];
  let bytes = first;
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    bytes = await build();
    times.push(performance.now() - s);
  }
  const pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();

  return {
    dossier: 'benchDossier() — 5 CES, 5 MDT, 5 PCR',
    font: { file: `Helvetica (standard) ; secours ${FONT}`, bytes: fontBytes.length },
    moduleLoadMs: Math.round(loadMs),
    firstRunMs: Math.round(firstMs * 10) / 10,
    warmup,
    ...summarize(times),
    pdfBytes: bytes.length,
    pages,
  };
}
