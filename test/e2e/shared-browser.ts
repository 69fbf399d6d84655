/**
 * The Chromium started by the global setup, shared by every test file: importing this module
 * connects to it (`beforeAll`) and disconnects (`afterAll`) in the importing file; `browser` is a
 * live binding to the connection. Each test opens its own context in it.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser } from './browser';

/** The file's connection to the shared browser (set before its first test). */
export let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser(inject('browserEndpoint'));
});
afterAll(async () => {
  await browser?.close(); // a connected browser: this only disconnects
});
