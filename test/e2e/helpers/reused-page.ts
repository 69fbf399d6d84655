/**
 * One page for a whole test file, given back to each test as a first visitor's: before each test
 * it leaves for `about:blank` (the site's page-hide saves run then), and Chromium empties
 * everything the site's origin holds — IndexedDB, localStorage, sessionStorage, Cache Storage,
 * service workers, cookies (`Storage.clearDataForOrigin`, the DevTools protocol's « Clear site
 * data ») — then the viewport and the emulated media are set back.
 *
 * Why: a new context costs ≈ 2 core-seconds here (a new renderer process, every script compiled
 * cold), the same page emptied and loaded again ≈ 0.7 (measured on a step page). Only for tests
 * that need nothing but empty storage: tests of a first visit's network or of several tabs, and
 * tests that add init scripts or listeners to the context, keep their own context (`newPage`).
 */
import { afterAll, inject } from 'vitest';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { newPage } from '../browser';
import { browser } from '../shared-browser';

type ContextOptions = NonNullable<Parameters<typeof newPage>[1]>;
/** What a test may set for itself: the viewport and the system theme (light unless said). */
interface Each {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

/** The viewport of a new context (playwright-core's default). */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/**
 * Call once at the top of a test file (`const visit = reusedPage()`); each test then calls
 * `await visit()` (or `visit({ viewport, colorScheme })`) for an emptied page, and does not close its context.
 */
export function reusedPage(options: ContextOptions = {}): (each?: Each) => Promise<{ context: BrowserContext; page: Page }> {
  const origin = new URL(inject('baseUrl')).origin;
  let open: { context: BrowserContext; page: Page; cdp: CDPSession } | null = null;
  afterAll(async () => {
    await open?.context.close();
  });
  return async ({ viewport = DEFAULT_VIEWPORT, colorScheme = 'light' }: Each = {}) => {
    if (!open) {
      const { context, page } = await newPage(browser, { ...options, viewport, colorScheme });
      open = { context, page, cdp: await context.newCDPSession(page) };
      return { context, page };
    }
    const { context, page, cdp } = open;
    // A page with edits not yet saved asks before leaving (the site's guard): leave anyway.
    const leave = (d: import('playwright-core').Dialog) => void (d.type() === 'beforeunload' ? d.accept() : d.dismiss()).catch(() => {});
    page.on('dialog', leave);
    try {
      await page.goto('about:blank');
    } finally {
      page.off('dialog', leave);
    }
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    await page.setViewportSize(viewport);
    await page.emulateMedia({ media: 'screen', colorScheme });
    return { context, page };
  };
}
