import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterLoad } from '../../src/islands/after-load';

/** A page whose `readyState` the test moves, with a real event target as its window. */
function fakePage(readyState: DocumentReadyState) {
  const win = new EventTarget();
  const doc = { readyState };
  vi.stubGlobal('window', win);
  vi.stubGlobal('document', doc);
  return {
    load() {
      doc.readyState = 'complete';
      win.dispatchEvent(new Event('load'));
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('afterLoad', () => {
  it('waits for the load event while the page is loading', async () => {
    const page = fakePage('interactive');
    let done = false;
    const p = afterLoad().then(() => (done = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(done).toBe(false);
    page.load();
    await p;
    expect(done).toBe(true);
  });

  it('resolves at once once the page has loaded', async () => {
    fakePage('complete');
    await expect(afterLoad()).resolves.toBeUndefined();
  });
});
