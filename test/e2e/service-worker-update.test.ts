/**
 * A new deployment, in Chromium: the open pages offer « Nouvelle version disponible » without
 * reloading, reload only on request, and the prompt works in every open tab.
 */
import { describe, expect, inject, it } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newPage } from './browser';
import { browser } from './shared-browser';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { writeServiceWorker } from '../../src/integrations/service-worker.mjs';
import { compressFile } from '../../src/integrations/precompress.mjs';
import { waitForServiceWorker } from './helpers/service-worker';

const baseUrl = inject('baseUrl');

/**
 * Runs `test` against a copy of the built site on its own server; `redeploy()` makes a new
 * deployment there (the home page changes, the service worker is regenerated).
 */
async function withDeployment(test: (url: string, redeploy: () => Promise<void>) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'guide-siseri-deploy-'));
  const base = new URL(baseUrl).pathname;
  await cp(inject('sitePath'), dir, { recursive: true });
  const { server, url } = await startStaticServer({ root: dir, base });
  const redeploy = async () => {
    const home = join(dir, 'index.html');
    await writeFile(home, (await readFile(home, 'utf8')).replace('</main>', '<p>Nouveauté</p></main>'));
    await writeServiceWorker(dir, base);
    await Promise.all([compressFile(home), compressFile(join(dir, 'sw.js'))]);
  };
  try {
    await test(url, redeploy);
  } finally {
    await new Promise((ok) => server.close(ok));
    await rm(dir, { recursive: true, force: true });
  }
}

describe('new deployment', () => {
  it('offers « Nouvelle version disponible » without reloading, and reloads only on request', async () => {
    await withDeployment(async (url, redeploy) => {
      const { context, page } = await newPage(browser, { serviceWorkers: 'allow' });
      await page.goto(`${url}etapes/employeur/`);
      await waitForServiceWorker(page);
      await page.fill('#f-employeur-ville', 'Lyon');
      await redeploy();
      await page.evaluate('navigator.serviceWorker.getRegistration().then((r) => r.update())');
      await page.waitForSelector('#maj-disponible');
      expect(await page.locator('#maj-disponible').innerText()).toContain('Nouvelle version disponible');
      // nothing reloaded under the user's feet
      expect(await page.inputValue('#f-employeur-ville')).toBe('Lyon');
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Recharger' }).click()]);
      expect(await page.locator('#maj-disponible').count()).toBe(0);
      await context.close();
    });
  });

  it('works in every open tab: the second tab still reloads into the new version after the first one did', async () => {
    await withDeployment(async (url, redeploy) => {
      const { context, page: first } = await newPage(browser, { serviceWorkers: 'allow' });
      await first.goto(`${url}etapes/employeur/`);
      await waitForServiceWorker(first);
      const second = await context.newPage();
      await second.goto(url);
      await second.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await redeploy();
      await first.evaluate('navigator.serviceWorker.getRegistration().then((r) => r.update())');
      for (const p of [first, second]) await p.waitForSelector('#maj-disponible');
      // the first tab takes the new version
      await Promise.all([first.waitForEvent('load'), first.getByRole('button', { name: 'Recharger' }).click()]);
      expect(await first.locator('#maj-disponible').count()).toBe(0);
      // the second tab was not reloaded under its user's feet, and its « Recharger » still works
      expect(await second.locator('#maj-disponible').isVisible()).toBe(true);
      expect(await second.locator('main').innerText()).not.toContain('Nouveauté');
      await Promise.all([second.waitForEvent('load'), second.getByRole('button', { name: 'Recharger' }).click()]);
      expect(await second.locator('main').innerText()).toContain('Nouveauté');
      expect(await second.locator('#maj-disponible').count()).toBe(0);
      await context.close();
    });
  });
});
