/**
 * « Signaler une erreur »: the address is set at build time. `SITE_REPORT_URL` (for example the
 * project's issue tracker, `https://…/issues/new?body={url}`) wins; `{url}` in it is replaced by
 * the page address. Otherwise a `mailto:` to `SITE_REPORT_EMAIL`, or to the placeholder
 * `DEFAULT_REPORT_EMAIL`, with a subject and a body holding the page address only — never any
 * value of a dossier.
 */
import { fill } from '../i18n/fill';

/** Placeholder address used when the build sets neither variable (see README, « Déployer »). */
export const DEFAULT_REPORT_EMAIL = 'signalement@guide-siseri.example';

/** Marker replaced by the page address. */
const URL_MARK = '{url}';

/** The report link for a page address, from the build's settings. */
export function reportHref(pageUrl: string, env: { url?: string; email?: string }, text: { subject: string; body: string }): string {
  const url = env.url?.trim();
  if (url) return url.split(URL_MARK).join(encodeURIComponent(pageUrl));
  const email = env.email?.trim() || DEFAULT_REPORT_EMAIL;
  const q = `subject=${encodeURIComponent(text.subject)}&body=${encodeURIComponent(fill(text.body, { url: pageUrl }))}`;
  return `mailto:${email}?${q}`;
}
