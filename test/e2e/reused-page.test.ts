/**
 * The test helper `reusedPage` (helpers/reused-page.ts) keeps one page for a test file: each test
 * must still get a first visitor's browser — nothing the site stored before, and the viewport and
 * system theme the test asks for.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteUrl } from './browser';
import { reusedPage } from './helpers/reused-page';
import { seedDossier } from './helpers/island';
import { e2eDossierData } from '../fixtures/e2e-dossier';

const baseUrl = inject('baseUrl');
const visit = reusedPage();

/** What the site's origin holds, read from a page without an island (the glossary). */
async function held(page: Page): Promise<{ local: string[]; session: string[]; databases: string[] }> {
  await page.goto(siteUrl(baseUrl, '/glossaire/'));
  return page.evaluate(async () => ({
    local: Object.keys(localStorage).sort(),
    session: Object.keys(sessionStorage).sort(),
    databases: (await indexedDB.databases()).map((d) => d.name ?? '').sort(),
  }));
}

describe('reusedPage (test helper)', () => {
  it('gives the next test a page emptied of IndexedDB, localStorage and sessionStorage, at its own size and theme', async () => {
    const first = await visit();
    await seedDossier(first.page, baseUrl, e2eDossierData());
    await first.page.evaluate(() => {
      localStorage.setItem('guide-siseri:theme', 'dark');
      sessionStorage.setItem('guide-siseri:dossier-onglet', 'un-identifiant');
    });
    const before = await held(first.page);
    expect(before.databases).toContain('guide-siseri');
    expect(before.local).toContain('guide-siseri:theme');
    expect(before.session).toContain('guide-siseri:dossier-onglet');

    const next = await visit({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    expect(next.page).toBe(first.page); // the same page (the point of the helper)…
    expect(await held(next.page)).toEqual({ local: [], session: [], databases: [] }); // …emptied
    expect(next.page.viewportSize()).toEqual({ width: 390, height: 844 });
    expect(await next.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
  });
});
