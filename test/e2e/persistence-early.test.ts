/**
 * Issue 17: nothing lost on the step pages in the browser.
 * 1. Keystrokes typed into the server-rendered fields before the island's script has arrived are
 *    kept and saved (the island's chunk is held back by the test: the window is certain, not a
 *    matter of machine speed).
 * 3. « Effacer mes données » removes the emergency copy too.
 * 4. The first real IndexedDB write failing leaves a working form in memory, a visible notice,
 *    a visible export, and no uncaught error.
 *    Writes failing later show the same notice and export.
 * 7. A malformed address fragment does not stop the page's script.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { ISLAND, openStep, storedDossier, waitForIsland } from './helpers/island';
import { typeAt } from './helpers/direct';

const baseUrl = inject('baseUrl');

/** Waits until the save status says the values are in the browser's storage. */
async function saved(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent?.startsWith('Enregistré dans ce navigateur'));
}

describe('typed before the island is ready', () => {
  it('keeps what was typed into the page before its script arrived, and saves it', async () => {
    // No service worker (newPage's default), so that the route below sees the request for the island's chunk.
    const { context, page } = await newPage(browser);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let release!: () => void;
    const gate = new Promise<void>((ok) => (release = ok));
    await page.route(/FormIsland\.astro_astro_type_script[^/]*\.js$/, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(siteUrl(baseUrl, '/etapes/employeur/'), { waitUntil: 'commit' });
    await page.waitForSelector('#f-employeur-ville', { state: 'visible' });
    // The island has not started: its root has no data-ready binding yet.
    expect(await page.getAttribute(ISLAND, 'data-ready')).toBeNull();
    await page.focus('#f-employeur-ville');
    await page.keyboard.type('Lyon');
    await page.focus('#f-employeur-raison-sociale');
    await page.keyboard.type('Cabinet Alpha');
    release();
    await waitForIsland(page);
    expect(await page.inputValue('#f-employeur-ville')).toBe('Lyon');
    await saved(page);
    await page.reload();
    await waitForIsland(page);
    expect(await page.inputValue('#f-employeur-ville')).toBe('Lyon');
    expect(await page.inputValue('#f-employeur-raison-sociale')).toBe('Cabinet Alpha');
    expect((await storedDossier(page))?.employeur).toMatchObject({ ville: 'Lyon', raisonSociale: 'Cabinet Alpha' });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('typed while the island binds its fields', () => {
  it('keeps what was typed into a field after the island started and before that field was bound', async () => {
    const { context, page } = await newPage(browser);
    const typed = 'Lyon Cedex 03';
    // Alpine has just started the island (its own init done, `alpine:initialized`); its fields are
    // bound from the next task on, a few per task (islands/bind-later.ts). Right then, the user
    // types into one of them: its value changes and an input event fires, as for a keystroke.
    await page.addInitScript((text) => {
      document.addEventListener('alpine:initialized', () => {
        const el = document.getElementById('f-employeur-cedex') as HTMLInputElement;
        (window as unknown as { unboundWhenTyped: boolean }).unboundWhenTyped = el.closest('[data-bind-later]') !== null;
        el.value = text;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }, typed);
    await page.goto(siteUrl(baseUrl, '/etapes/employeur/'));
    await waitForIsland(page);
    expect(await page.evaluate(() => (window as unknown as { unboundWhenTyped: boolean }).unboundWhenTyped)).toBe(true);
    expect(await page.inputValue('#f-employeur-cedex')).toBe(typed);
    await saved(page);
    expect((await storedDossier(page))?.employeur).toMatchObject({ cedex: typed });
    await context.close();
  });
});

describe('erase means erase', () => {
  it('« Effacer mes données » leaves no key of the site in localStorage, sessionStorage or IndexedDB, even with another tab open', async () => {
    const { context, page } = await newPage(browser);
    await openStep(page, baseUrl, 'employeur');
    await typeAt(page, 'f-employeur-ville', 'Lyon', { blur: false });
    await saved(page);
    // An emergency copy left by a page that closed before its save (written as the page would).
    await page.evaluate(() => localStorage.setItem('guide-siseri:sauvetage', JSON.stringify({ id: 'x', base: '', was: {}, data: { employeur: { ville: 'Secret' } } })));
    // Another tab of the guide stays open with an edit not yet written (its autosave waits a minute).
    const other = await context.newPage();
    await other.addInitScript(() => {
      const later = window.setTimeout.bind(window);
      window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => later(fn, ms === 400 ? 60_000 : ms, ...args)) as typeof window.setTimeout;
    });
    await openStep(other, baseUrl, 'employeur');
    await typeAt(other, 'f-employeur-telephone', '04 78 00 00 01', { blur: false });
    await page.goto(siteUrl(baseUrl, '/confidentialite/'));
    await page.click('[data-erase-all]');
    const reloaded = page.waitForEvent('load');
    await page.click('#confirmer-effacer button:has-text("Tout effacer")');
    await page.waitForFunction(() => (document.getElementById('effacer-resultat')?.textContent ?? '') !== '');
    expect(await page.locator('#effacer-resultat').innerText()).not.toMatch(/échec|impossible/i);
    await reloaded; // the page reloads after saying it is done: what it then finds counts too
    await other.waitForFunction(() => document.querySelector('.island__notice')?.textContent?.includes('effacées depuis un autre onglet'));
    await other.close({ runBeforeUnload: true }); // its page-hide save must write nothing
    const left = await page.evaluate(async () => {
      const keys = (s: Storage) => Object.keys(s).filter((k) => k.startsWith('guide-siseri'));
      const idb = await new Promise<number>((resolve) => {
        const req = indexedDB.open('guide-siseri');
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('dossiers')) return resolve(0);
          const count = db.transaction('dossiers').objectStore('dossiers').count();
          count.onsuccess = () => resolve(count.result);
        };
        req.onerror = () => resolve(-1);
      });
      return { local: keys(localStorage), session: keys(sessionStorage), idb };
    });
    expect(left).toEqual({ local: [], session: [], idb: 0 });
    await context.close();
  });
});

describe('storage failing after the probe', () => {
  it('the first real write fails: the form works in memory, says so, offers the export, no uncaught error', async () => {
    const { context, page } = await newPage(browser);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // IndexedDB accepts the probe's write, then refuses every other one (Safari's lost connection).
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (value: unknown, key?: IDBValidKey) {
        if (typeof key === 'string' && !key.startsWith('probe:')) throw new DOMException('Connection to Indexed Database server lost. Refresh the page to try again', 'UnknownError');
        return put.call(this, value, key);
      };
    });
    await openStep(page, baseUrl, 'employeur');
    const notice = page.locator('.island__notice');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.innerText()).toContain('Ce navigateur ne permet pas d’enregistrer votre dossier');
    await typeAt(page, 'f-employeur-ville', 'Lyon', { blur: false });
    expect(await page.inputValue('#f-employeur-ville')).toBe('Lyon');
    expect(await page.locator('.island__notice button', { hasText: 'Exporter mon dossier' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('storage failing mid-session', () => {
  it('a write failing after the page started: a visible notice with a visible export, the form keeps the value', async () => {
    const { context, page } = await newPage(browser);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (value: unknown, key?: IDBValidKey) {
        if ((window as { failWrites?: boolean }).failWrites) throw new DOMException('The disk is full', 'QuotaExceededError');
        return put.call(this, value, key);
      };
    });
    await openStep(page, baseUrl, 'employeur');
    await page.evaluate(() => ((window as { failWrites?: boolean }).failWrites = true));
    await typeAt(page, 'f-employeur-ville', 'Lyon', { blur: false });
    const notice = page.locator('.island__notice');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.innerText()).toContain('l’espace de stockage du navigateur est plein');
    expect(await page.locator('.island__notice button', { hasText: 'Exporter mon dossier' }).isVisible()).toBe(true);
    expect(await page.inputValue('#f-employeur-ville')).toBe('Lyon');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a malformed address fragment', () => {
  it('/faq/#%E0%A4%A: no error, and the page script runs to the end (service worker registered)', async () => {
    const { context, page } = await newPage(browser, { serviceWorkers: 'allow' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(siteUrl(baseUrl, '/faq/#%E0%A4%A'));
    // Polled from Node: `waitForFunction` takes a promise for a truthy value and would not wait.
    await expect.poll(() => page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration())), { timeout: 90_000, interval: 200 }).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
