/**
 * Form-island helpers for the browser tests: open a step page and wait for its island, seed a
 * dossier into the browser's storage, read back what is stored, check a step with « Valider
 * l'étape », and run axe with readable findings.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { DossierData } from '../../../src/lib/dossier';
import { axeViolations } from '../axe';
import { siteUrl } from '../browser';
import { pressButton, type TabOptions } from './keyboard';

/** The island's root. */
export const ISLAND = '[x-data="formIsland"]';

/** Waits until the island has its dossier and its checks (`data-ready`). */
export async function waitForIsland(page: Page): Promise<void> {
  await page.waitForSelector(`${ISLAND}[data-ready="true"]`, { state: 'attached' });
}

/** Opens `/etapes/<slug>/`, waits for its island, and records what `#annonces` says (`announced`). */
export async function openStep(page: Page, baseUrl: string, slug: string): Promise<void> {
  await page.goto(siteUrl(baseUrl, `/etapes/${slug}/`));
  await waitForIsland(page);
  await recordAnnouncements(page);
}

/** The page's record of `#annonces` (see `recordAnnouncements`). */
interface AnnouncementLog {
  __annonces?: string[];
  /** How many of them a test has waited for already. */
  __annoncesLues?: number;
}

/**
 * Starts recording every text the live region `#annonces` takes in this document, so that a wait
 * sees an announcement even when a later one replaced it before the wait looked (on a loaded
 * machine the page may run ahead of the test for seconds).
 */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as AnnouncementLog;
    const region = document.getElementById('annonces');
    if (!region || w.__annonces) return;
    w.__annonces = [];
    w.__annoncesLues = 0;
    new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (text.trim() !== '') w.__annonces!.push(text);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
}

/**
 * Waits until `#annonces` has said `text`: in the record, after the announcements waited for
 * already (then counted as read), or, in a page not recorded, as its current text. Polled every
 * 100 ms rather than on animation frames.
 */
export async function announced(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (t) => {
      const w = window as unknown as AnnouncementLog;
      if (!w.__annonces) return document.getElementById('annonces')?.textContent === t;
      const at = w.__annonces.indexOf(t, w.__annoncesLues);
      if (at < 0) return false;
      w.__annoncesLues = at + 1;
      return true;
    },
    text,
    { polling: 100 },
  );
}

/**
 * Waits until the récapitulatif shows the whole dossier: its readiness line (matching `ready`),
 * every step rendered (it appears a few lines per task, `aria-busy` until the last one) and each
 * step's values revealed (Alpine's `x-show` acts on the next animation frame).
 */
export async function waitForSummary(page: Page, ready: RegExp = /./): Promise<void> {
  await page.waitForFunction(
    (source) =>
      new RegExp(source).test(document.querySelector('.recap__ready')?.textContent ?? '') &&
      document.querySelector('[aria-labelledby="recap-etapes"]')?.getAttribute('aria-busy') === 'false' &&
      [...document.querySelectorAll<HTMLElement>('.recap__values')].every((dl) => dl.style.display !== 'none' || !dl.querySelector('.recap__line:not(.recap__line--heading)')),
    ready.source,
  );
}

/** Presses « Valider l'étape » with the keyboard. */
export function validateStep(page: Page, options: TabOptions = {}): Promise<void> {
  return pressButton(page, 'Valider l’étape', { toward: '.island__actions--step button', ...options });
}

/** Waits for « Étape complète… » under « Valider l'étape ». */
export async function expectStepDone(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.island__done')?.textContent?.startsWith('Étape complète'));
}

/** The error summary's links, once shown. */
export async function summaryLinks(page: Page): Promise<string[]> {
  await page.waitForSelector('.island__summary a', { state: 'visible' });
  return page.locator('.island__summary a').allInnerTexts();
}

/** The text of a field's message (`#<control id>-msg`). */
export function messageOf(page: Page, controlId: string): Promise<string> {
  return page.locator(`#${controlId}-msg`).innerText();
}

/** Runs axe (injected once per page load) and fails with the rule, impact and elements of every violation. */
export async function expectNoAxeViolations(page: Page, where: string, within: string[] = []): Promise<void> {
  const found = await axeViolations(page, { within });
  expect(found.map((v) => `${where} ${v.rule} (${v.impact}) ${v.help}: ${v.targets.slice(0, 3).join(' | ')}`)).toEqual([]);
}

/**
 * axe on the island and any open dialog only: the states an island test puts the form in. The
 * rest of the page (header, step list and its badges, guide text) is checked whole, in both
 * themes, empty (a11y-axe-pages) and with a dossier in error (a11y-axe-states). A pass on the
 * island costs ≈ 0.3 core-second less than on the whole step page, measured here.
 */
export function expectNoAxeViolationsInIsland(page: Page, where: string): Promise<void> {
  return expectNoAxeViolations(page, where, [ISLAND, 'dialog[open]']);
}

/** Database and store of localforage (see `src/lib/store/localforage-kv.ts`). */
const DB = { name: 'guide-siseri', store: 'dossiers' };

/**
 * Writes `data` as the browser's one, current dossier (storage layout v2: `index` and
 * `dossier:<id>`), from a page of the site that has no island (the glossary), so that the next
 * island opened in this context loads it.
 */
export async function seedDossier(page: Page, baseUrl: string, data: DossierData, name = 'Dossier de test'): Promise<void> {
  await page.goto(siteUrl(baseUrl, '/glossaire/'));
  await page.evaluate(
    async ({ db, data, name }) => {
      const now = new Date().toISOString();
      const conn = await new Promise<IDBDatabase>((ok, ko) => {
        const r = indexedDB.open(db.name, 1);
        r.onupgradeneeded = () => r.result.createObjectStore(db.store);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
      await new Promise<void>((ok, ko) => {
        const tx = conn.transaction(db.store, 'readwrite');
        const s = tx.objectStore(db.store);
        s.put({ version: 2, currentId: 'e2e', items: [{ id: 'e2e', name, named: false, createdAt: now, updatedAt: now }] }, 'index');
        s.put({ version: 2, savedAt: now, data }, 'dossier:e2e');
        tx.oncomplete = () => ok();
        tx.onerror = () => ko(tx.error);
      });
      conn.close();
    },
    { db: DB, data, name },
  );
}

/** The current dossier's values as stored in IndexedDB (`null` when nothing is stored yet). */
export async function storedDossier(page: Page): Promise<DossierData | null> {
  return page.evaluate(async (db) => {
    const conn = await new Promise<IDBDatabase>((ok, ko) => {
      const r = indexedDB.open(db.name);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    try {
      if (!conn.objectStoreNames.contains(db.store)) return null;
      const get = (key: string) =>
        new Promise<unknown>((ok, ko) => {
          const r = conn.transaction(db.store).objectStore(db.store).get(key);
          r.onsuccess = () => ok(r.result);
          r.onerror = () => ko(r.error);
        });
      const index = (await get('index')) as { currentId: string | null } | undefined;
      if (!index?.currentId) return null;
      const rec = (await get(`dossier:${index.currentId}`)) as { data: DossierData } | undefined;
      return rec?.data ?? null;
    } finally {
      conn.close();
    }
  }, DB);
}

/** The status badges of the step navigation: slug → label (hidden badges left out). */
export async function stepNavStatuses(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    document.querySelectorAll<HTMLElement>('[data-step-status]').forEach((el) => {
      if (!el.hidden) out[el.dataset.stepStatus ?? ''] = (el.textContent ?? '').trim();
    });
    return out;
  });
}
