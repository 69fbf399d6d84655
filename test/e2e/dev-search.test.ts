/**
 * In `astro dev` there is no Pagefind index: the search page says, in French, that search works
 * in the built site. Starts the dev server itself (on a free port), then stops it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { newPage } from './browser';
import { browser } from './shared-browser';

let dev: ChildProcess | undefined;
let url = '';

/** A free local port. */
function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    // Vitest's own variables (NODE_ENV=test, VITEST…) would put Astro in test mode: drop them.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST'))), ASTRO_TELEMETRY_DISABLED: '1', SITE_BASE: '/' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = `http://127.0.0.1:${port}/`;
  await new Promise<void>((ok, ko) => {
    const timer = setTimeout(() => ko(new Error('astro dev n’a pas démarré en 180 s')), 180_000);
    dev!.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(String(port))) {
        clearTimeout(timer);
        ok();
      }
    });
    dev!.on('exit', (code) => ko(new Error(`astro dev s’est arrêté (code ${code})`)));
  });
});

afterAll(() => {
  dev?.kill('SIGTERM');
});

describe('search in astro dev', () => {
  it('says in French that search works in the built site', async () => {
    const { context, page } = await newPage(browser);
    // Vite may optimise dependencies on the first visit and reload the page: wait on a locator,
    // which survives that reload.
    await page.goto(`${url}recherche/?q=SIRET`, { timeout: 60_000, waitUntil: 'networkidle' });
    const status = page.locator('[data-search-status]', { hasText: 'La recherche fonctionne dans le site construit' });
    await status.waitFor({ timeout: 60_000 });
    expect(await status.innerText()).toContain('npm start');
    await context.close();
  });
});
