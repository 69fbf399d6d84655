/// <reference types="astro/client" />

/** Alpine's CSP build ships no types: the little the islands use. */
declare module '@alpinejs/csp' {
  const Alpine: {
    data(name: string, factory: () => object): void;
    start(): void;
  };
  export default Alpine;
}
