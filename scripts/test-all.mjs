#!/usr/bin/env node
/**
 * `npm test`: runs every stage — types, unused code (knip), build, sub-path build, unit tests,
 * browser tests (both builds), size budgets — even when an earlier one fails, then lists every
 * failure and exits non-zero if there was one. Stages that test a built site are not run on its
 * failed build (they would test a stale `dist/`); they are reported as not run. Each stage is an
 * npm script or a command.
 *
 * The static checks (types, knip) read only the sources: once both builds are done (`astro check`
 * and `astro build` both write `.astro/`), they run beside the unit and browser tests, their output
 * held back and printed whole when they end, so the log stays readable. The browser tests of the
 * main build and of the sub-path build run in one Vitest run: its two workers stay busy to the end.
 */
import { spawn } from 'node:child_process';

/** The checks that run beside the main line. */
const SIDE = [
  // --noSync: both builds have just written the generated types (.astro/); generating them again
  // took ≈ 6 core-s of astro check's ≈ 25 here.
  { name: 'types (astro check)', cmd: ['npx', 'astro', 'check', '--noSync'] },
  { name: 'unused files and exports (knip)', cmd: ['npm', 'run', '--silent', 'lint:unused:run'] },
];
/** The main line, in order. `needsBuild`: skipped (and counted as failed) when the build failed. */
const MAIN = [
  { name: 'build', cmd: ['npm', 'run', '--silent', 'build:site'], isBuild: true },
  { name: 'sub-path build', cmd: ['node', 'scripts/test-subpath.mjs', '--build-only'], isSubpathBuild: true, startsSide: true },
  { name: 'unit tests', cmd: ['npx', 'vitest', 'run', '--project', 'unit'] },
  { name: 'browser tests (site, and site under a sub-path)', cmd: ['npx', 'vitest', 'run', '--project', 'e2e', '--project', 'e2e-sous-chemin'], needsBuild: true, isBrowser: true },
  { name: 'size budgets', cmd: ['node', 'scripts/size.mjs'], needsBuild: true },
];

/** Runs a stage; its output goes straight through, or is held back and returned (`quiet`). */
function run(stage, { quiet = false } = {}) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    if (!quiet) console.log(`\n━━ ${stage.name} ━━`);
    const child = spawn(stage.cmd[0], stage.cmd.slice(1), { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', shell: process.platform === 'win32' });
    let out = '';
    if (quiet) {
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
    }
    const done = (code, signal) =>
      resolve({ name: stage.name, status: code === 0 ? 'ok' : `FAILED (exit ${code ?? signal})`, seconds: Math.round((Date.now() - t0) / 1000), out });
    child.on('error', (e) => {
      out += String(e);
      done(null, 'spawn error');
    });
    child.on('close', done);
  });
}

const started = Date.now();
/** Starts the side checks (once). */
let side = null;
const startSide = () =>
  (side ??= (async () => {
    const out = [];
    for (const stage of SIDE) out.push(await run(stage, { quiet: true }));
    return out;
  })());
const printSide = (list) => {
  for (const s of list ?? []) {
    if (s.printed) continue;
    s.printed = true;
    console.log(`\n━━ ${s.name} (run beside the tests) ━━\n${s.out.trimEnd() || '(no output)'}`);
  }
};

const main = [];
let buildFailed = false;
let subpathBuildFailed = false;
for (let stage of MAIN) {
  if (stage.needsBuild && buildFailed) {
    main.push({ name: stage.name, status: 'not run (build failed)' });
    continue;
  }
  // Without its build, the sub-path project is left out (reported as failed by its build stage).
  if (stage.isBrowser && subpathBuildFailed) stage = { ...stage, name: 'browser tests (site only: the sub-path build failed)', cmd: ['npx', 'vitest', 'run', '--project', 'e2e'] };
  const r = await run(stage);
  if (stage.isBuild && r.status !== 'ok') buildFailed = true;
  if (stage.isSubpathBuild && r.status !== 'ok') subpathBuildFailed = true;
  main.push(r);
  if (stage.startsSide) startSide();
  // The side checks' output, as soon as they are done (between two stages of the main line).
  if (side) printSide(await Promise.race([side, Promise.resolve(null)]));
}
const sideResults = await startSide();
printSide(sideResults);

const results = [...sideResults, ...main];
console.log('\n━━ npm test: summary ━━');
for (const r of results) console.log(`${r.status === 'ok' ? '✓' : '✗'} ${r.name}: ${r.status}${r.seconds !== undefined ? ` (${r.seconds} s)` : ''}`);
console.log(`Total: ${Math.round((Date.now() - started) / 1000)} s`);
const failed = results.filter((r) => r.status !== 'ok');
if (failed.length) {
  console.log(`${failed.length} stage(s) failed: ${failed.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
