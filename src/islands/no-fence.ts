/**
 * Alpine's CSP build reads every property of `globalThis` when it starts; reading
 * `window.fence` makes Chromium log a « FencedFrame » deprecation (Lighthouse best practices).
 * This site uses no fenced frames, so an own `fence` property shadows the prototype's getter.
 * Imported before Alpine.
 */
try {
  if ('fence' in window) Object.defineProperty(window, 'fence', { value: null, configurable: true, writable: true });
} catch {
  /* a browser that forbids it only logs the warning */
}
export {};
