/**
 * The store's strings, read from `src/i18n/store.fr.ts` (kept apart from the site table so that
 * the store chunk carries only its own strings).
 */
import { storeFr, type StoreKey } from '../../i18n/store.fr';

/** The French string for `key`, with `{name}` placeholders replaced from `params`. */
export function t(key: StoreKey, params: Record<string, string | number> = {}): string {
  return storeFr[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
