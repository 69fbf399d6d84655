/**
 * The Chromium started by the global setup, shared by every test file. The e2e project's setup
 * file (`setup-browser.ts`, run before each test file) connects once per Vitest worker; the
 * connection lives as long as the worker (test files run one after another in a worker without
 * isolation: playwright-core and the helpers are imported once, not once per file). `browser` is
 * a live binding to the connection; each test opens its own contexts in it.
 */
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser } from './browser';

/** The worker's connection to the shared browser (set before a file's first test). */
export let browser: Browser;

/** Connects to the shared browser unless this worker already is connected. */
export async function connectShared(): Promise<void> {
  if (browser?.isConnected()) return;
  browser = await connectBrowser(inject('browserEndpoint'));
}
