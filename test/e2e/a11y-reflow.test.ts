/**
 * Reflow (WCAG 1.4.10) in Chromium: every built page at 320 CSS px wide (a 1280 px screen at
 * 400 %) and at 640 CSS px (200 % zoom) shows no horizontal scrolling of the page, including the
 * form islands in their error state. Data tables may scroll inside their own region (allowed by
 * the criterion); the page itself may not.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages, newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { waitForIsland } from './helpers/island';

const baseUrl = inject('baseUrl');
const sitePath = inject('sitePath');

/** How far the page overflows horizontally (0 when it reflows), and the widest culprit. */
async function overflow(page: Page): Promise<{ px: number; culprit: string }> {
  return page.evaluate(`(() => {
    const root = document.documentElement;
    const px = root.scrollWidth - root.clientWidth;
    let culprit = '';
    if (px > 0) {
      let widest = 0;
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.right > widest && !el.closest('.island__tablewrap, .mock__tablewrap, .prose table')) { widest = r.right; culprit = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '.' + String(el.className).split(' ')[0]; }
      }
    }
    return { px, culprit };
  })()`);
}

describe('reflow', () => {
  // Each page is loaded once (its islands put in error) and looked at in both widths: the
  // viewport is resized between the two checks, as when a phone is turned or the zoom changes.
  it('has no horizontal scrolling at 320 and 640 px wide, islands in error included', async () => {
    const { context, page } = await newPage(browser, { viewport: { width: 320, height: 800 } });
    const problems: string[] = [];
    for (const p of builtPages(sitePath)) {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(siteUrl(baseUrl, p));
      const island = await page.locator('.island__actions--step button').count();
      if (island) {
        await waitForIsland(page);
        await page.locator('.island__actions--step button').click();
        // errors listed, or (a step with nothing required) « Étape complète »
        await page.locator('.island__summary a, .island__done:not(:empty), dialog[open]').first().waitFor({ state: 'visible' });
        if (await page.locator('dialog[open]').count()) await page.keyboard.press('Escape'); // the MDT step asks PASS's question first
      }
      for (const width of [320, 640]) {
        await page.setViewportSize({ width, height: 800 });
        const o = await overflow(page);
        if (o.px > 0) problems.push(`${p} à ${width} px : ${o.px} px (${o.culprit})`);
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
