/** Times a fresh build of the site into its own folder: a plain `astro build` (integrations included). */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './stats.mjs';

/** Runs a Node script; resolves to its wall-clock time in ms, rejects with its output on failure. */
function timeNode(args, { cwd, env }) {
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', fail);
    child.on('close', (code) => {
      const elapsed = performance.now() - t0;
      if (code === 0) ok(elapsed);
      else fail(new Error(`« node ${args.join(' ')} » a échoué (code ${code}) :\n${out.trim()}`));
    });
  });
}

/**
 * Deletes `outDir` (relative to `root`) and Astro's and Vite's caches, then builds the site into
 * it, `runs` times in a row (each a clean build); returns the wall-clock times in ms: `{ totalMs }` (the median), `runsMs`, `n`.
 * `root` is the folder whose `node_modules/astro` builds: the site, or the Starlight anchor.
 */
export async function timeBuild(root, outDir, { runs = 1 } = {}) {
  const env = { ...process.env, SITE_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' };
  const runsMs = [];
  for (let i = 0; i < Math.max(1, runs); i++) {
    // Clean: no output and no cache of a previous build (Astro's content store, Vite's deps).
    for (const dir of [outDir, 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(root, dir), { recursive: true, force: true });
    runsMs.push(Math.round(await timeNode([join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, env })));
  }
  return { totalMs: Math.round(median(runsMs)), runsMs, n: runsMs.length };
}
