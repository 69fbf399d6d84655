/**
 * The one slug rule of the site's file names (the Annexe 1 PDF, the dossier export): lowercase
 * ASCII, accents removed (œ → oe, æ → ae, ß → ss), every other run of non-alphanumerics → « - »,
 * trimmed, at most `max` characters (cut between words when possible); `fallback` when nothing
 * is left.
 */
export function slugify(text: string, fallback: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug || fallback;
  // Too long: cut at the last word boundary that fits, or mid-word when there is none.
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return boundary > 0 ? cut.slice(0, boundary) : cut.slice(0, max);
}
