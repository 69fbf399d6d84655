/**
 * The service worker, generated at build time with workbox-build after Astro, Pagefind and the
 * CSP: precaches every page, CSS, JS chunk (pdf-lib included), the PDF font, icons and the whole
 * search index, so the site, its search and the PDF work offline. Navigations are answered
 * from the cache (with `?q=` and `?type=` ignored, so the search page opens offline). A new
 * version waits until the page asks for it (« Nouvelle version disponible — recharger »).
 */
import { generateSW } from 'workbox-build';
import { join } from 'node:path';

/** Writes `sw.js` into `outDir` for a site served under `base`. */
export async function buildServiceWorker(outDir, base) {
  const b = base.endsWith('/') ? base : `${base}/`;
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: [
      '**/*.{html,css,js,svg,png,ttf,webmanifest}',
      'pagefind/pagefind-entry.json',
      'pagefind/*.pf_meta',
      'pagefind/wasm.*.pagefind',
      'pagefind/**/*.{pf_index,pf_filter,pf_fragment}',
    ],
    globIgnores: ['sw.js', 'pagefind/pagefind-*ui*', 'pagefind/pagefind-highlight.js'],
    swDest: join(outDir, 'sw.js'),
    modifyURLPrefix: { '': b },
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    cacheId: 'guide-siseri',
    directoryIndex: 'index.html',
    // Pagefind busts its own caches with ?ts=…: the precached files still answer.
    ignoreURLParametersMatching: [/^utm_/, /^q$/, /^type$/, /^ts$/],
    navigateFallback: `${b}404.html`,
    navigateFallbackDenylist: [/\/pagefind\//, /\.[a-z0-9]+$/i],
    dontCacheBustURLsMatching: /\/_astro\/|\.pf_|wasm\./,
  });
  for (const w of warnings) console.warn(`Service worker : ${w}`);
  return { count, size };
}
