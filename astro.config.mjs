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
  integrations: [mdx()],
});
