import { nextTask } from './next-task';

/**
 * The page's `load` event as a promise. The dossier's code (the store, localforage, the model and
 * its checks) is imported only after it: the first load is the page and Alpine, what the size
 * budget counts (`ON_ACTION_CHUNKS` in scripts/budgets.mjs names those chunks). The pages with an
 * island load no image nor frame, so `load` follows the module scripts at once; what is typed
 * meanwhile is kept (early-input.ts), and Alpine's bindings show the dossier when it arrives.
 */
export function afterLoad(): Promise<void> {
  // Already loaded: in a task of its own, not at the end of the caller's (Alpine binding the
  // island may be that task; the imports' preload links cost tens of ms on a phone).
  if (document.readyState === 'complete') return nextTask();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}
