#!/usr/bin/env node
/**
 * Proves the site works when deployed under a sub-path (scripts/subpath.mjs): builds it into
 * `dist-sous-chemin/`, then runs the browser project `e2e-sous-chemin` against it.
 * `--build-only`: the build alone (`npm test` runs that project with `e2e`, in one Vitest run).
 */
import { spawnSync } from 'node:child_process';
import { SUBPATH_ENV } from './subpath.mjs';

const env = { ...process.env, ...SUBPATH_ENV, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
console.log(`Sous-chemin : construction avec SITE_BASE=${SUBPATH_ENV.SITE_BASE}…`);
run('npx', ['astro', 'build', '--silent']);
if (!process.argv.includes('--build-only')) run('npx', ['vitest', 'run', '--project', 'e2e-sous-chemin']);
