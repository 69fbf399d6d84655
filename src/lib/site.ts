/** Site-wide facts that are not UI strings. */

/** Date the guide's content was last checked against PASS and the sources. */
export const VERIFIED_ON = new Date('2026-11-28T00:00:00Z');

/** Content pages (`content/pages/*.mdx`) that have their own route and only lend their prose. */
export const OWN_ROUTE_PAGES: readonly string[] = ['accueil', 'recapitulatif', 'liens'];
