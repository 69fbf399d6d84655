/**
 * « Signaler une erreur »: the link, set at build time, to the project's issue tracker
 * (`SITE_REPORT_URL`) or, failing that, an e-mail address (`SITE_REPORT_EMAIL`). The report is
 * prefilled with the address of the page only — never with anything from a dossier.
 *
 * Pure: the caller passes the environment values and the page address.
 */

/** Subject of the prefilled e-mail, and the first words of the report. */
const SUBJECT = 'Erreur sur le Guide SISERI';
/** Placeholder a tracker URL may carry where the page address goes. */
const PAGE_PLACEHOLDER = '{page}';

/** The body of the prefilled report: the page address, then room for the description. */
export function reportBody(pageUrl: string): string {
  return `Page : ${pageUrl}\n\nCe qui est faux ou manque (sans donnée personnelle ni contenu de votre dossier) :\n`;
}

/**
 * The « Signaler une erreur » link for `pageUrl`:
 * - `env.url` (an `http(s)` address): with `{page}` in it, the encoded page address replaces
 *   it (`https://…/issues/new?title=Erreur&body={page}`); otherwise `title` and `body` are added
 *   to its query, as GitHub, Gitea and Forgejo « new issue » pages read them;
 * - otherwise `env.email`: a `mailto:` link with a subject and the same body;
 * - neither (or an invalid value): `''`, and the caller shows no link.
 */
export function reportHref(pageUrl: string, env: { url?: string; email?: string }): string {
  const url = env.url?.trim();
  if (url && /^https?:\/\/[^\s]+$/i.test(url)) {
    if (url.includes(PAGE_PLACEHOLDER)) return url.replaceAll(PAGE_PLACEHOLDER, encodeURIComponent(pageUrl));
    try {
      const u = new URL(url);
      u.searchParams.set('title', `${SUBJECT} : ${pageUrl}`);
      u.searchParams.set('body', reportBody(pageUrl));
      return u.href;
    } catch {
      return '';
    }
  }
  const email = env.email?.trim();
  if (email && /^[^\s@?&]+@[^\s@?&]+\.[^\s@?&]+$/.test(email)) {
    return `mailto:${email}?subject=${encodeURIComponent(SUBJECT)}&body=${encodeURIComponent(reportBody(pageUrl))}`;
  }
  return '';
}
