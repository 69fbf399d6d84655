/**
 * axe (WCAG 2.x A/AA) over every built page, empty dossier, in the light and the dark theme. (With a
 * dossier in error: a11y-axe-states.test.ts.)
 */
import { describe, expect, inject, it } from 'vitest';
import { builtPages, newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { axeViolations } from './axe';

const baseUrl = inject('baseUrl');
const sitePath = inject('sitePath');

describe('axe on every page', () => {
  it.each([['light' as const], ['dark' as const]])('passes axe (WCAG A/AA) on every built page, %s theme', async (colorScheme) => {
    const pages = builtPages(sitePath);
    expect(pages.length).toBeGreaterThanOrEqual(22); // the page map of PRODUCT.md (foundation.test.ts)
    const { context, page } = await newPage(browser, { colorScheme });
    const problems: string[] = [];
    for (const p of pages) {
      await page.goto(siteUrl(baseUrl, p));
      for (const v of await axeViolations(page)) problems.push(`${p} ${v.rule} (${v.impact}) ${v.help}: ${v.targets.slice(0, 3).join(' | ')}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 400_000);
});
