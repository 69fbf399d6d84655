#!/usr/bin/env node
/**
 * `npm test`: runs every stage — types, unused code (knip), build, unit tests, browser tests, size
 * budgets, sub-path build — even when an earlier one fails, then lists every failure and exits
 * non-zero if there was one. Stages that test the built site are not run on a failed build (they
 * would test a stale `dist/`); they are reported as not run. Each stage is an npm script or a command.
 *
 * The static checks (types, knip) read only the sources: once the build is done (`astro check` and
 * `astro build` both write `.astro/`), they run beside the unit and browser tests, their output held
 * back and printed whole when they end, so the log stays readable; the sub-path build waits for them.
 */
import { spawn } from 'node:child_process';

/** The checks that run beside the main line. */
const SIDE = [
  { name: 'types (astro check)', cmd: ['npx', 'astro', 'check'] },
  { name: 'unused files and exports (knip)', cmd: ['npm', 'run', '--silent', 'lint:unused:run'] },
];
/** The main line, in order. `needsBuild`: skipped (and counted as failed) when the build failed. */
const MAIN = [
  { name: 'build', cmd: ['npm', 'run', '--silent', 'build:site'], isBuild: true },
  { name: 'unit tests', cmd: ['npx', 'vitest', 'run', '--project', 'unit'] },
  { name: 'browser tests', cmd: ['npx', 'vitest', 'run', '--project', 'e2e'], needsBuild: true },
  { name: 'size budgets', cmd: ['node', 'scripts/size.mjs'], needsBuild: true },
  { name: 'sub-path build and tests', cmd: ['node', 'scripts/test-subpath.mjs'], waitsForSide: true },
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
for (const stage of MAIN) {
  if (stage.waitsForSide) printSide(await startSide());
  if (stage.needsBuild && buildFailed) {
    main.push({ name: stage.name, status: 'not run (build failed)' });
    continue;
  }
  const r = await run(stage);
  if (stage.isBuild && r.status !== 'ok') buildFailed = true;
  main.push(r);
  if (stage.isBuild) startSide();
  // The side checks' output, as soon as they are done (between two stages of the main line).
  printSide(await Promise.race([startSide(), Promise.resolve(null)]));
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
