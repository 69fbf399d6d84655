/**
 * The one `{name}` filler of every French string (the site table, the checks', the store's and
 * the PDF's). It sits with the strings, below `src/lib`, so the tables need nothing above them.
 */

/** Replaces `{name}` placeholders of a template with `params` values (unknown names are kept). */
export function fill(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : m));
}
