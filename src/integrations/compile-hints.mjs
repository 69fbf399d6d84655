// @ts-check
/**
 * Vite plugin: V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chrome 136+) on the
 * first line of each JavaScript chunk that pages run as they start, so V8 compiles their functions
 * while the file downloads, on a background thread, instead of one by one on the main thread when
 * each is first called (inside Alpine's start and the dossier's first display: the long tasks left
 * on a form step). Browsers without the hint read a comment.
 *
 * The PDF's code (pdf-lib, fontkit, the Annexe 1 drawing) runs only on a click and is large: it
 * keeps V8's lazy compilation. Measured here, Lighthouse mobile on /etapes/employeur/, 10 runs
 * interleaved with the same build without the hint: TBT median 287 → 139 ms, score 96 → 99.
 *
 * Added to the written files, after minification (which drops comments); the file names' hashes
 * are computed before and stay stable from one build to the next.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The hint, as V8 reads it (a file-level magic comment). */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Modules whose chunks run only on demand (the PDF): no hint. */
const ON_DEMAND = /[\\/]node_modules[\\/](?:pdf-lib|@pdf-lib|pako|fontkit)[\\/]|[\\/]src[\\/]lib[\\/]annexe1[\\/]/;

/**
 * Whether a chunk made of these modules gets the hint.
 * @param {readonly string[]} moduleIds
 */
export function wantsCompileHint(moduleIds) {
  return moduleIds.length > 0 && !moduleIds.some((id) => ON_DEMAND.test(id));
}

/** @returns {import('vite').Plugin} */
export default function compileHints() {
  return {
    name: 'guide-siseri:compile-hints',
    apply: 'build',
    // Written into the files once the bundle is on disk: Vite's last plugins still put their
    // preload map on the first line of some chunks after every `generateBundle`.
    async writeBundle(options, bundle) {
      if (!options.dir) return;
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !wantsCompileHint(file.moduleIds)) continue;
        const path = join(options.dir, file.fileName);
        const code = await readFile(path, 'utf8');
        if (!code.startsWith(COMPILE_HINT)) await writeFile(path, `${COMPILE_HINT}\n${code}`);
      }
    },
  };
}
