#!/usr/bin/env node
/**
 * `npm test`: runs every stage — types, unused code (knip), build, unit tests, browser tests, size budgets, sub-path
 * build — even when an earlier one fails, then lists every failure and exits non-zero if there
 * was one. Stages that test the built site are not run on a failed build (they would test a stale
 * `dist/`); they are reported as not run. Each stage is an npm script or a command.
 */
import { spawnSync } from 'node:child_process';

/** The stages, in order. `needsBuild`: skipped (and counted as failed) when the build failed. */
const STAGES = [
  { name: 'types (astro check)', cmd: ['npx', 'astro', 'check'] },
  { name: 'unused files and exports (knip)', cmd: ['npm', 'run', '--silent', 'lint:unused:run'] },
  { name: 'build', cmd: ['npm', 'run', '--silent', 'build:site'], isBuild: true },
  { name: 'unit tests', cmd: ['npx', 'vitest', 'run', '--project', 'unit'] },
  { name: 'browser tests', cmd: ['npx', 'vitest', 'run', '--project', 'e2e'], needsBuild: true },
  { name: 'size budgets', cmd: ['node', 'scripts/size.mjs'], needsBuild: true },
  { name: 'sub-path build and tests', cmd: ['node', 'scripts/test-subpath.mjs'] },
];

const results = [];
let buildFailed = false;
const started = Date.now();
for (const stage of STAGES) {
  if (stage.needsBuild && buildFailed) {
    results.push({ name: stage.name, status: 'not run (build failed)' });
    continue;
  }
  console.log(`\n━━ ${stage.name} ━━`);
  const t0 = Date.now();
  const r = spawnSync(stage.cmd[0], stage.cmd.slice(1), { stdio: 'inherit', shell: process.platform === 'win32' });
  const ok = r.status === 0;
  if (stage.isBuild && !ok) buildFailed = true;
  results.push({ name: stage.name, status: ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`, seconds: Math.round((Date.now() - t0) / 1000) });
}

console.log('\n━━ npm test: summary ━━');
for (const r of results) console.log(`${r.status === 'ok' ? '✓' : '✗'} ${r.name}: ${r.status}${r.seconds !== undefined ? ` (${r.seconds} s)` : ''}`);
console.log(`Total: ${Math.round((Date.now() - started) / 1000)} s`);
const failed = results.filter((r) => r.status !== 'ok');
if (failed.length) {
  console.log(`${failed.length} stage(s) failed: ${failed.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
