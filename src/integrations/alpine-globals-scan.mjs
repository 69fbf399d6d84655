// @ts-check
/**
 * The scan of the global object that Alpine's CSP build does when its module is evaluated, cut
 * into slices. Alpine reads every own property of `globalThis` (about a thousand: each
 * constructor of the platform, created on first read) into a set; its evaluator then refuses any
 * value of that set. Read at once, that is one task of ~150 ms on a phone. Here the names are
 * listed at once, as Alpine does, and read a few milliseconds at a time between tasks.
 *
 * The set is never consulted incomplete: `finish()` reads the remaining names at once, and the
 * patched evaluator calls it before every check (see alpine-csp-patch.mjs), so an evaluation
 * before the end of the slices sees the same set as Alpine's own code. This function's source is
 * copied into Alpine's module by the build (it must stay self-contained: no import, no closure).
 */

/**
 * @param {object} root the global object
 * @param {Set<unknown>} set the set Alpine's evaluator consults
 * @param {string[]} skip names Alpine does not read (their getters warn in the console)
 * @param {number} sliceMs how long one slice may read
 * @returns {{ finish: () => void, ready: Promise<void>, done: () => boolean }}
 */
export function sliceGlobalsScan(root, set, skip, sliceMs) {
  const names = Object.getOwnPropertyNames(root);
  let next = 0;
  /** @param {string | undefined} key */
  const read = (key) => {
    if (key === undefined) return;
    if (skip.includes(key)) return;
    let value;
    try {
      value = /** @type {Record<string, unknown>} */ (root)[key];
    } catch {
      return;
    }
    set.add(value);
  };
  const finish = () => {
    while (next < names.length) read(names[next++]);
  };
  // A message, not setTimeout: nested timers wait 4 ms each, for nothing here.
  const channel = new MessageChannel();
  const pause = () => new Promise((resolve) => {
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  });
  // The first slice waits too: the module's own evaluation is a task of its own.
  const ready = (async () => {
    while (next < names.length) {
      await pause();
      const end = performance.now() + sliceMs;
      do read(names[next++]);
      while (next < names.length && performance.now() < end);
    }
    // What waits for the scan (Alpine.start) runs in a task of its own, not at the end of the last
    // slice's (one slow getter can make a slice last 30 ms on a phone).
    await pause();
  })();
  return { finish, ready, done: () => next >= names.length };
}
