/**
 * Content-Security-Policy for every built page, as a `<meta http-equiv>` (works on any static
 * host). Inline executable scripts and styles are allowed by their SHA-256 hash only; JSON
 * blocks (`type="application/json"`) are data and need none. `'wasm-unsafe-eval'` lets
 * Pagefind compile its WebAssembly; `'unsafe-eval'` is never allowed (Alpine runs its CSP build).
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The policy for a page, given the hashes of its inline scripts and styles. */
export function policy(scriptHashes = [], styleHashes = []) {
  const h = (list) => list.map((x) => ` 'sha256-${x}'`).join('');
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${h(scriptHashes)}`,
    `style-src 'self'${h(styleHashes)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** SHA-256 (base64) of a string, as CSP expects. */
const sha = (s) => createHash('sha256').update(s, 'utf8').digest('base64');

/** Hashes of a page's inline executable scripts and inline styles. */
export function inlineHashes(html) {
  const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs = '']) => !/\ssrc=/i.test(attrs) && !/type="application\/(ld\+)?json"/i.test(attrs))
    .map(([, , body]) => sha(body));
  const styles = [...html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map(([, , body]) => sha(body));
  return { scripts, styles };
}

/** Adds (or replaces) the CSP meta tag of one HTML document. */
export function withCsp(html) {
  const { scripts, styles } = inlineHashes(html);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(scripts, styles)}">`;
  const cleaned = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  return cleaned.replace(/<meta charset="utf-8"\s*\/?>/i, (m) => `${m}${meta}`);
}

/** Applies `withCsp` to every HTML file under `dir`. Returns the number of pages. */
export async function addCspToSite(dir) {
  let count = 0;
  const walk = async (d) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('.html')) {
        const html = await readFile(p, 'utf8');
        if (!/<meta charset="utf-8"/i.test(html)) throw new Error(`CSP : pas de <meta charset> dans ${p}`);
        await writeFile(p, withCsp(html));
        count++;
      }
    }
  };
  await walk(dir);
  return count;
}
