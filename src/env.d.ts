/// <reference types="astro/client" />

/** Alpine's CSP build ships no types: the little the islands use. */
declare module '@alpinejs/csp' {
  const Alpine: {
    data(name: string, factory: () => object): void;
    start(): void;
    /** Binds the directives of `el` and its descendants (islands/bind-later.ts). */
    initTree(el: Element): void;
    /** Runs `fn` without Alpine's mutation observer seeing its changes. */
    mutateDom<T>(fn: () => T): T;
  };
  export default Alpine;
}
