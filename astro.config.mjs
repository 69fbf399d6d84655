// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pdfFont from './src/integrations/pdf-font.mjs';
import pagefindIndex from './src/integrations/pagefind-index.mjs';
import { splitElisionsInHtml } from './src/lib/search/elision.ts';
import serviceWorker from './src/integrations/service-worker.mjs';
import precompress from './src/integrations/precompress.mjs';
import alpineCspPatch from './src/integrations/alpine-csp-patch.mjs';
import compileHints from './src/integrations/compile-hints.mjs';

/**
 * Static build: a plain `astro build` writes the whole site — pages with their
 * Content-Security-Policy (`security.csp`), the PDF's fallback font, the Pagefind index, the
 * service worker and gzip/brotli twins (the integrations below run in this order at
 * `astro:build:done`). The base path is configurable (`SITE_BASE=/guide-siseri/ npm run build`) so the
 * site can be served from a sub-path of any static host; every internal URL goes through
 * `withBase` (src/lib/url.ts).
 */
const base = process.env.SITE_BASE || '/';

export default defineConfig({
  base,
  trailingSlash: 'always',
  outDir: process.env.SITE_OUT_DIR || './dist',
  build: {
    format: 'directory',
    // One cached stylesheet for every page rather than per-page inline copies (and no inline
    // <style> to hash in the Content-Security-Policy).
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  // No code blocks in the guide: no Shiki to load (it also writes inline styles a CSP forbids).
  markdown: { syntaxHighlight: false },
  // A <meta http-equiv> CSP in every page (works on any static host). The site has no inline
  // script or style: Astro's own hashes stay empty and 'self' covers the bundles.
  // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; never 'unsafe-eval' (Alpine runs
  // its CSP build).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "frame-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // Alpine's CSP build without its longest tasks: each expression parsed once, the scan of the
    // global object in slices (src/integrations/alpine-csp-patch.mjs). Not pre-bundled in dev,
    // so `npm run dev` runs the same patched code. The start-up chunks carry V8's compile hint
    // (src/integrations/compile-hints.mjs).
    plugins: [alpineCspPatch(), compileHints()],
    optimizeDeps: { exclude: ['@alpinejs/csp'] },
    // No modulepreload helper in every page's first load: lazy chunks load their own imports.
    build: {
      modulePreload: false,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // The small modules every page shares (copy, anchors, badges, strings…) in one
              // chunk rather than a dozen tiny files: fewer requests, better gzip.
              { name: 'site', test: /src[\\/](scripts[\\/](anchors|announce|strings|status-badges|copy|download|confirm-dialog)|lib[\\/](fill|record|status-mirror|clipboard))\.ts|preload-helper/ },
            ],
          },
        },
      },
    },
  },
  integrations: [mdx(), pdfFont(), pagefindIndex({ transformHtml: splitElisionsInHtml }), serviceWorker(), precompress()],
});
