/**
 * V8's compile hint (src/integrations/compile-hints.mjs), in the files the browser really runs:
 * every script a form step and the récapitulatif fetch as they start begins with it; the code the
 * PDF click fetches (pdf-lib, the Annexe 1 drawing) does not.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Response } from 'playwright-core';
import { newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { waitForIsland, waitForSummary } from './helpers/island';

const baseUrl = inject('baseUrl');
const HINT = '//# allFunctionsCalledOnLoad';

/** The start of a script's text, and where it comes from. */
async function head(r: Response): Promise<string> {
  return `${(await r.text()).slice(0, HINT.length)} ← ${r.url().replace(baseUrl, '/')}`;
}

describe('compile hint', () => {
  it('is on every start-up script of a step and the récapitulatif, not on the PDF code', async () => {
    const { context, page } = await newPage(browser, { acceptDownloads: true });
    // Each script's first characters, read as it arrives (a body is gone once its page is left).
    const scripts: Promise<string>[] = [];
    context.on('response', (r) => {
      if (r.request().resourceType() === 'script' && r.url().startsWith(baseUrl)) scripts.push(head(r));
    });
    const heads = (list: Promise<string>[]) => Promise.all(list);

    await page.goto(siteUrl(baseUrl, '/etapes/employeur/'));
    await waitForIsland(page);
    await page.goto(siteUrl(baseUrl, '/recapitulatif/'));
    await waitForSummary(page);
    await page.waitForLoadState('networkidle');
    const atStart = await heads(scripts.splice(0));
    expect(atStart.length).toBeGreaterThan(5);
    expect(atStart.filter((h) => !h.startsWith(HINT))).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#telecharger-pdf')]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await page.waitForLoadState('networkidle');
    const onClick = await heads(scripts.splice(0));
    expect(onClick.length, 'the PDF code is fetched on click').toBeGreaterThan(0);
    expect(onClick.filter((h) => h.startsWith(HINT))).toEqual([]);
    await context.close();
  });
});
