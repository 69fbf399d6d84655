/**
 * « Signaler une erreur » in the accessibility statement (src/components/content/ReportError.astro)
 * and in every footer (src/components/shell/ReportLink.astro), both from src/lib/report-url.ts
 * (unit-tested in test/unit/report-url.test.ts). `npm test` runs this file on two builds: the main
 * one sets neither SITE_REPORT_URL nor SITE_REPORT_EMAIL (the statement says so, the footer leads
 * to it), the sub-path one sets SITE_REPORT_URL (scripts/test-subpath.mjs: both links carry the
 * page address and nothing typed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { visibleText } from '../fixtures/seed-parser';

const sitePath = inject('sitePath');
const baseUrl = inject('baseUrl');
const configured = inject('reportConfigured');

describe('« Signaler une erreur » in the accessibility statement', () => {
  it('links to the address set at build time, or says none was configured — never « issues » without a link', () => {
    const html = readFileSync(join(sitePath, 'accessibilite/index.html'), 'utf8');
    const text = visibleText(html);
    expect(text).not.toMatch(/issues/);
    const links = [...html.matchAll(/<a class="c-report" href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    const none = html.includes('data-report-none');
    expect(links.length + (none ? 1 : 0)).toBe(1);
    if (none) expect(text).toContain('Aucune adresse de signalement n’a été configurée');
    for (const href of links) {
      expect(href).toMatch(/^(https?:|mailto:)/);
      expect(decodeURIComponent(href.replaceAll('+', ' '))).toContain('/accessibilite/');
    }
  });
});

describe('« Signaler une erreur » in the footer', () => {
  it('carries the page address and nothing typed when an address is configured, else leads to the statement’s contact section', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${siteUrl(baseUrl, '/etapes/employeur/')}?q=secret#champ-employeur-siret`);
    await page.waitForSelector('.copylink--heading', { state: 'attached' }); // the idle enhancements have run
    const link = page.locator('footer a', { hasText: 'Signaler une erreur' });
    await link.focus();
    const href = (await link.getAttribute('href'))!;
    if (!configured) {
      expect(new URL(href, page.url()).href).toBe(siteUrl(baseUrl, '/accessibilite/#contact'));
    } else {
      // The address the reader sees, put in on focus (src/scripts/report.ts).
      const seen = decodeURIComponent(href.replaceAll('+', ' '));
      expect(seen).toContain(new URL(siteUrl(baseUrl, '/etapes/employeur/')).href);
      expect(seen).not.toContain('secret');
      expect(seen).not.toContain('champ-employeur');
    }
    await context.close();
  });
});
