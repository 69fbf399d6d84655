/**
 * axe (WCAG 2.x A/AA) over every built page, empty dossier, in the light and the dark theme: each
 * page is loaded once and checked in both (the system theme switched in place, as when a phone
 * goes dark). (With a dossier in error: a11y-axe-states.test.ts.)
 */
import { describe, expect, inject, it } from 'vitest';
import { builtPages, newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { axeBothThemes } from './axe';

const baseUrl = inject('baseUrl');
const sitePath = inject('sitePath');

describe('axe on every page', () => {
  it('passes axe (WCAG A/AA) on every built page, light and dark theme', async () => {
    const pages = builtPages(sitePath);
    expect(pages.length).toBeGreaterThanOrEqual(22); // the page map of PRODUCT.md (foundation.test.ts)
    const { context, page } = await newPage(browser, { colorScheme: 'light' });
    const problems: string[] = [];
    for (const p of pages) {
      await page.goto(siteUrl(baseUrl, p));
      problems.push(...(await axeBothThemes(page, p)));
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 600_000);
});
