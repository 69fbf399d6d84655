// @ts-check
/**
 * Astro integration, last of the chain: writes a gzip (`.gz`) and a brotli (`.br`) twin of every
 * compressible file of the built site, as a static host serving precompressed files would, so
 * `npm start` (scripts/static-server.mjs, sirv) sends what production sends.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gz = promisify(gzip);
const br = promisify(brotliCompress);

/** Files worth compressing (Pagefind's `.pf_*` and wasm files are already gzip-compressed). */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|webmanifest|svg|txt|xml|ttf)$/;

/**
 * Writes `file.gz` and `file.br` next to `file` (an absolute path).
 * @param {string} file
 */
export async function compressFile(file) {
  const data = await readFile(file);
  const [g, b] = await Promise.all([
    gz(data, { level: 9 }),
    br(data, {
      params: {
        // Brotli's best quality (11) costs ~0.1 s per page and seconds on the PDF code, for 1–8 %:
        // quality 9 for the files read on every visit, 5 (4× faster) for the large on-demand ones.
        [constants.BROTLI_PARAM_QUALITY]: data.length > 100_000 ? 5 : 9,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  ]);
  await Promise.all([writeFile(`${file}.gz`, g), writeFile(`${file}.br`, b)]);
}

/**
 * Compresses every compressible file under `dir`; returns how many.
 * @param {string} dir
 */
async function compressSite(dir) {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  // zlib runs in libuv's thread pool: a handful in flight keeps every core busy.
  for (let i = 0; i < files.length; i += 8) await Promise.all(files.slice(i, i + 8).map(compressFile));
  return files.length;
}

/** @returns {import('astro').AstroIntegration} */
export default function precompress() {
  return {
    name: 'guide-siseri:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const t = performance.now();
        const count = await compressSite(fileURLToPath(dir));
        logger.info(`${count} fichiers compressés (gzip, brotli) en ${Math.round(performance.now() - t)} ms.`);
      },
    },
  };
}
