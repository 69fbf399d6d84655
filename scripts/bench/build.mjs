/** Times a fresh build of the site into its own folder: a plain `astro build` (integrations included). */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

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
 * Deletes `outDir` (relative to `root`), builds the site into it and returns the wall-clock times
 * in ms: `{ totalMs }`.
 */
export async function timeBuild(root, outDir) {
  rmSync(join(root, outDir), { recursive: true, force: true });
  const env = { ...process.env, SITE_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' };
  const totalMs = await timeNode([join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, env });
  return { totalMs: Math.round(totalMs) };
}
