#!/usr/bin/env node
/**
 * Runs npm scripts under Node ≥ 22.12, whatever Node started npm.
 *
 * Astro 7, Vitest 5 and pdfjs-dist 6 need Node ≥ 22.12. When the running Node is older (Debian
 * machines ship Node 20), this fetches Node 24 from the npm registry (package
 * `node-<platform>-<arch>`) into a user cache once, says so in one line, and re-runs the npm
 * scripts under it. No global install. Usage: `node scripts/with-node.mjs <script> [<script>…]`;
 * options after the scripts (`npm run bench -- --anchor`) go to the last script.
 *
 * Written in plain ES2020 so that it runs on any Node that can start npm.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

const MIN = [22, 12];
const WANTED_MAJOR = '24';

/** Whether a `vX.Y.Z` version is at least MIN. */
function recentEnough(version) {
  const [maj, min] = version.replace(/^v/, '').split('.').map(Number);
  return maj > MIN[0] || (maj === MIN[0] && min >= MIN[1]);
}

/** The `bin` folder of a cached Node ≥ 22.12, installing it from the npm registry if needed. */
function cachedNodeBin() {
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  const pkg = `node-${platform}-${process.arch}`;
  const cacheRoot = process.env.GUIDE_SISERI_NODE_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'guide-siseri', `node${WANTED_MAJOR}`);
  const bin = join(cacheRoot, 'node_modules', pkg, 'bin');
  const exe = join(bin, process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(exe)) {
    console.log(`Node ${process.version} est trop ancien (≥ ${MIN.join('.')} requis) : installation de Node ${WANTED_MAJOR} depuis le registre npm dans ${cacheRoot}…`);
    mkdirSync(cacheRoot, { recursive: true });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['install', '--prefix', cacheRoot, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `${pkg}@${WANTED_MAJOR}`], { stdio: 'inherit' });
    if (r.status !== 0 || !existsSync(exe)) {
      console.error(`Impossible d'installer ${pkg}@${WANTED_MAJOR}. Installez Node ≥ ${MIN.join('.')} puis relancez.`);
      process.exit(1);
    }
  } else {
    console.log(`Node ${process.version} est trop ancien : utilisation de Node ${WANTED_MAJOR} (${exe}).`);
  }
  return { bin, exe };
}

const firstOption = process.argv.slice(2).findIndex((a) => a.startsWith('-'));
const scripts = firstOption < 0 ? process.argv.slice(2) : process.argv.slice(2, 2 + firstOption);
const options = firstOption < 0 ? [] : process.argv.slice(2 + firstOption);
if (scripts.length === 0) {
  console.error('usage: node scripts/with-node.mjs <script npm> [<script npm>…]');
  process.exit(2);
}

let env = { ...process.env };
let nodeExe = process.execPath;
if (!recentEnough(process.version)) {
  const { bin, exe } = cachedNodeBin();
  nodeExe = exe;
  env = { ...env, PATH: `${bin}${delimiter}${env.PATH || ''}` };
}
env.ASTRO_TELEMETRY_DISABLED = '1';

// npm's own CLI, started with the chosen Node so that scripts (and `node` inside them) use it.
const npmCli = process.env.npm_execpath && process.env.npm_execpath.endsWith('.js') ? process.env.npm_execpath : null;
for (const [i, script] of scripts.entries()) {
  const cmd = npmCli ? nodeExe : process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const own = i === scripts.length - 1 && options.length ? ['--', ...options] : [];
  const args = npmCli ? [npmCli, 'run', '--silent', script, ...own] : ['run', '--silent', script, ...own];
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
