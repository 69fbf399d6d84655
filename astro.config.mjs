// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/**
 * Static build. The base path is configurable (`SITE_BASE=/guide-siseri/ npm run build`) so the
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
  vite: {
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
  integrations: [mdx()],
});
