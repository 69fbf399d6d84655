/**
 * Client scripts read their French strings from a JSON block the page rendered from the one
 * French table (`src/i18n/fr.ts`), instead of importing the table: the browser then loads only
 * the strings a page uses, and no JavaScript chunk carries the whole table.
 */

/** The JSON strings of `<script type="application/json" id="{id}">`, or `{}` when absent. */
export function pageStrings<T>(id: string): Partial<T> {
  try {
    return JSON.parse(document.getElementById(id)?.textContent ?? '{}') as Partial<T>;
  } catch {
    return {};
  }
}
