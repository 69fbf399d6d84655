/**
 * The store's strings, read from `src/i18n/store.fr.ts` (kept apart from the site table so that
 * the store chunk carries only its own strings).
 */
import { fill } from '../../i18n/fill';
import { storeFr, type StoreKey } from '../../i18n/store.fr';

/** The French string for `key`, with `{name}` placeholders replaced from `params`. */
export function t(key: StoreKey, params: Record<string, string | number> = {}): string {
  return fill(storeFr[key], params);
}
