/**
 * Reaching a field directly, for the tests of saving, reloading and tabs (persistence-*): they
 * are about what is kept, not about how the field is reached. The keyboard path to every field
 * is the islands tests' and the walkthrough's (helpers/keyboard.ts, keyboard only). Here the field
 * gets the focus with `focus()`; the text is still typed key by key, and left with Tab.
 *
 * Why: from the top of a step page, Tab passes 50 to 100 stops before a field (header, steps,
 * guide links), ≈ 12 core-ms each here: ≈ 35 core-seconds over these files, for nothing they test.
 */
import type { Page } from 'playwright-core';

/** Gives the focus to the field `#id` and returns its value. */
export async function focusField(page: Page, id: string): Promise<string> {
  const field = page.locator(`#${id}`);
  await field.focus();
  return field.inputValue();
}

/** Replaces the value of the text field `#id` by typing `text`, then (by default) leaves it with Tab. */
export async function typeAt(page: Page, id: string, text: string, { blur = true } = {}): Promise<void> {
  if ((await focusField(page, id)) !== '') {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
  }
  await page.keyboard.type(text);
  if (blur) await page.keyboard.press('Tab');
}
