/**
 * Runs axe-core (WCAG 2.x A and AA rules) in a page and returns its violations, formatted so a
 * failing test names the rule, the element and the page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One violation, flattened for assertion messages. */
interface AxeFinding {
  rule: string;
  impact: string | null;
  targets: string[];
  help: string;
}

/** The WCAG 2.x A and AA rules. */
const WCAG_AA = { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] };
/**
 * The rules of WCAG_AA whose result depends on colours. The dark theme changes colours only (its
 * CSS sets colour variables and `color-scheme`, nothing else: test/unit/theme-colours-only.test.ts),
 * so these are the only rules a dark pass can change.
 */
const COLOUR_RULES = { type: 'rule', values: ['color-contrast', 'link-in-text-block'] };

/**
 * Runs axe on the current page state; returns the violations (empty = clean). `colours`: the
 * colour rules only. `within`: CSS selectors of the parts to check (those present in the page;
 * the whole document when none is).
 */
export async function axeViolations(page: Page, { colours = false, within = [] as string[] } = {}): Promise<AxeFinding[]> {
  // The page's CSP does not apply to scripts injected through the DevTools protocol.
  // Injected once per document: its 500 kB need not be parsed again for each run on the same page.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = JSON.stringify(colours ? COLOUR_RULES : WCAG_AA);
  const present = await page.evaluate((list) => list.filter((sel) => document.querySelector(sel)), within);
  const context = present.length ? JSON.stringify({ include: present.map((sel) => [sel]) }) : 'document';
  const results = (await page.evaluate(`axe.run(${context}, { runOnly: ${runOnly}, resultTypes: ['violations'] })`)) as {
    violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  };
  return results.violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/**
 * Runs axe on the current page state in the light theme (every rule), then in the dark one (the
 * system theme switched in place; the colour rules, the only ones it can change), and leaves the
 * page light; returns the violations, each prefixed with `where` and the theme.
 */
export async function axeBothThemes(page: Page, where: string): Promise<string[]> {
  const out: string[] = [];
  const backgrounds: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    backgrounds.push(await page.evaluate(() => `${getComputedStyle(document.documentElement).backgroundColor} / ${getComputedStyle(document.body).color}`));
    for (const v of await axeViolations(page, { colours: colorScheme === 'dark' })) out.push(`${where} [${colorScheme === 'light' ? 'clair' : 'sombre'}] ${v.rule} (${v.impact}) ${v.help}: ${v.targets.slice(0, 3).join(' | ')}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  // The dark pass really was dark.
  if (backgrounds[0] === backgrounds[1]) out.push(`${where} : mêmes couleurs (fond / texte) en clair et en sombre (${backgrounds[0]}), le thème sombre ne s’est pas appliqué`);
  return out;
}
