/**
 * Site URLs under the configurable base path (Astro `base`, e.g. `/guide-siseri/`). Every
 * internal link goes through `withBase` so the site works when deployed under a sub-path.
 */

/** Joins the base path and a site path (`/etapes/pcr/` → `/guide-siseri/etapes/pcr/`). */
function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  const p = path.startsWith('/') ? path : `/${path}`;
  return `${b}${p}`;
}

/** A site path prefixed with this build's base path. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL ?? '/', path);
}
