/**
 * What went wrong with the storage, in French words a user can act on. Browsers report
 * `DOMException`s by name (`QuotaExceededError`, `SecurityError`…); their messages are English
 * and vary, so only the name is read.
 */
import { t } from './strings';

/** Thrown (or rejected) by the store when the stored data comes from a newer version. */
export class StoreVersionError extends Error {
  /** @param message French message for the user. */
  constructor(message: string) {
    super(message);
    this.name = 'StoreVersionError';
  }
}

/** Thrown by `probeStorage`'s timer and by checks that read back another value. */
export class StorageProbeError extends Error {
  /** @param kind What failed. */
  constructor(readonly kind: 'timeout' | 'mismatch') {
    super(kind);
    this.name = 'StorageProbeError';
  }
}

/** The `name` of an error-like value, or `''`. */
function nameOf(err: unknown): string {
  return typeof err === 'object' && err !== null && typeof (err as { name?: unknown }).name === 'string'
    ? (err as { name: string }).name
    : '';
}

/** A short French reason (« l’espace de stockage du navigateur est plein ») for a storage error. */
export function describeStorageError(err: unknown): string {
  if (err instanceof StoreVersionError) return err.message;
  if (err instanceof StorageProbeError) return t(err.kind === 'timeout' ? 'store.reason.timeout' : 'store.reason.mismatch');
  const name = nameOf(err);
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22) return t('store.reason.quota');
  if (['SecurityError', 'InvalidStateError', 'UnknownError', 'NotAllowedError', 'NotFoundError', 'InvalidAccessError'].includes(name)) {
    return t('store.reason.unavailable');
  }
  // localforage's own words when neither IndexedDB nor localStorage can be opened.
  if (err instanceof Error && /No available storage method found/i.test(err.message)) return t('store.reason.unavailable');
  return t('store.reason.unknown');
}

/** A save the store refused with a French reason (not-found, newer version, invalid data). */
export class SaveRefusedError extends Error {
  /** @param message French reason, shown as is. */
  constructor(message: string) {
    super(message);
    this.name = 'SaveRefusedError';
  }
}
