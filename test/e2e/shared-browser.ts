/**
 * One Chromium per test file: importing this module registers the launch (`beforeAll`) and the
 * close (`afterAll`) in the importing file; `browser` is a live binding to it.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';

/** The file's browser (set before its first test). */
export let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
