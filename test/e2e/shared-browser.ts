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

/** The endpoint `browser` is connected to: each project (main site, sub-path) starts its own Chromium. */
let connectedTo = '';

/** Connects to the shared browser of the file's project unless this worker already is connected to it. */
export async function connectShared(): Promise<void> {
  const endpoint = inject('browserEndpoint');
  if (browser?.isConnected() && connectedTo === endpoint) return;
  if (browser?.isConnected()) await browser.close(); // a connected browser: this only disconnects
  browser = await connectBrowser(endpoint);
  connectedTo = endpoint;
}
