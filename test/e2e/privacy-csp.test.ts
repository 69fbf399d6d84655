/**
 * Private and locked down, in Chromium: over a full walkthrough (every page, the form, search,
 * export, PDF) no Content-Security-Policy violation is reported and no request leaves the site's
 * origin; the policy has no `unsafe-eval` nor `unsafe-inline`.
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { waitForSummary } from './helpers/island';
import { PAGE_MAP } from './helpers/page-map';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;

/** Records CSP violations (in the page) and every request (in the context). */
async function watch(context: BrowserContext): Promise<{ requests: string[] }> {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.addInitScript(`
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
  `);
  return { requests };
}

/** CSP violations recorded in the current document. */
const violations = (page: Page) => page.evaluate('window.__csp || []') as Promise<string[]>;

describe('private and locked down', () => {
  it('reports no CSP violation and makes no cross-origin request over a full walkthrough', async () => {
    const { context, page } = await newPage(browser, { acceptDownloads: true, serviceWorkers: 'allow' });
    const { requests } = await watch(context);
    const problems: string[] = [];
    const check = async (where: string) => {
      for (const v of await violations(page)) problems.push(`${where}: ${v}`);
    };
    for (const p of PAGE_MAP) {
      await page.goto(siteUrl(baseUrl, p));
      await page.waitForLoadState('networkidle');
      await check(p);
    }
    // the form flow: type, validate, a PASS pop-up, a list entry
    await page.goto(siteUrl(baseUrl, '/etapes/representant-legal/'));
    await page.waitForFunction(() => document.querySelector('.save-status') !== null);
    await page.check('#f-representant-civilite');
    await page.fill('#f-representant-nom', 'DUPONT');
    await page.fill('#f-representant-prenom', 'Claire');
    await page.fill('#f-representant-courriel', 'claire@exemple.fr');
    await page.fill('#f-representant-confirmation-courriel', 'claire@exemple.fr');
    await page.fill('#f-representant-telephone-portable', '06 12 34 56 78');
    await page.getByRole('button', { name: 'Valider l’étape' }).click();
    await page.waitForSelector('#dialogue-habilitation-vide[open]');
    await page.click('#dialogue-habilitation-vide button[value="ok"]');
    await page.waitForFunction(() => /complète/.test(document.querySelector('.island__done')?.textContent ?? ''));
    await check('formulaire');
    // search, export and PDF
    await page.goto(siteUrl(baseUrl, '/recherche/?q=K-bis'));
    await page.waitForSelector('[data-search-results] li');
    await check('recherche');
    await page.goto(siteUrl(baseUrl, '/recapitulatif/'));
    await waitForSummary(page);
    await Promise.all([page.waitForEvent('download'), page.click('#exporter-dossier')]);
    await Promise.all([page.waitForEvent('download'), page.click('#telecharger-pdf')]);
    await check('récapitulatif');

    expect(problems).toEqual([]);
    const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(PAGE_MAP.length);
    // the policy itself: no unsafe-eval, no unsafe-inline, the directives the issue names
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    await context.close();
  });
});
