/**
 * The Content-Security-Policy hash of an inline script, as `security.csp` takes it
 * (`Astro.csp.insertScriptHash`). Astro hashes the scripts it bundles, not `is:inline` ones: a page
 * or layout registers each inline script's hash in its frontmatter, before the head (and its
 * policy) is rendered. Build time only (Node's crypto).
 */
import { createHash } from 'node:crypto';

/** `sha256-<base64>` of `code`, exactly as it is written into the page. */
export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}
