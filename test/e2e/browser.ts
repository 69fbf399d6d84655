/**
 * Chromium through playwright-core, for the browser tests. Uses Debian's Chromium
 * (`/usr/bin/chromium`, or `CHROME_PATH`); never downloads a browser.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserServer, type Download, type Page } from 'playwright-core';

/** Path of the Chromium binary, or throws a French explanation. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`Chromium introuvable (${candidates.join(', ')}). Installez-le : apt-get install -y chromium, ou définissez CHROME_PATH.`);
  return found;
}

/** The flags this sandbox needs. */
const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/**
 * Starts the headless Chromium that every test file shares (global setup); test files reach it
 * with `connectBrowser(server.wsEndpoint())`. One launch costs ≈ 2 core-seconds here.
 */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: chromiumPath(), args: LAUNCH_ARGS });
}

/** Connects to the shared Chromium. Downloads are then read with `downloadText` / `downloadBytes`. */
export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

/** The bytes of a download (a connected browser cannot give its file's path). */
export async function downloadBytes(download: Download): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/** The text of a download (UTF-8). */
export async function downloadText(download: Download): Promise<string> {
  return Buffer.from(await downloadBytes(download)).toString('utf8');
}

/**
 * A new context (French locale, Paris time) and a page in it. The service worker is blocked unless
 * `serviceWorkers: 'allow'` is asked: its install precaches the whole site (53 files) in every
 * context, ≈ 0.5 core-second each, measured here, for tests that do not look at it. The tests of
 * the service worker and of what it changes ask for it: offline, update prompt, first-visit bytes,
 * the CSP and origin walkthrough, registration after a malformed fragment.
 */
export async function newPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', serviceWorkers: 'block', ...options });
  // Waits for a condition, never for a fixed time: generous enough for a machine four times slower.
  context.setDefaultTimeout(90_000);
  const page = await context.newPage();
  return { context, page };
}

/** Site paths of every built HTML page (`/`, `/faq/`, `/etapes/pcr/`…), 404 excluded. */
export function builtPages(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name === 'pagefind' || name === '_astro') continue;
        walk(p);
      } else if (name === 'index.html') {
        const rel = relative(root, dir).split('\\').join('/');
        out.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(root);
  return out.sort();
}

/** Absolute URL of a site path under the served base URL. */
export function siteUrl(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/$/, '') + path;
}
