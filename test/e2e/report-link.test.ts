/**
 * « Signaler une erreur » in the accessibility statement (src/components/content/ReportError.astro,
 * href from src/lib/report-url.ts, unit-tested in test/unit/report-url.test.ts). The test build
 * sets neither SITE_REPORT_URL nor SITE_REPORT_EMAIL unless the environment does: then the
 * statement says so instead of pointing to « issues » without a link; with one, the link carries
 * the page address and nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { visibleText } from '../fixtures/seed-parser';

const sitePath = inject('sitePath');

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
