/**
 * Asking the browser to keep the dossiers when it clears storage under pressure
 * (`navigator.storage.persist()`). Optional everywhere: absent, refused or failing, the answer is
 * `false`, never an exception.
 */

/** The part of `navigator.storage` used. */
export interface StorageManagerLike {
  /** Whether storage is already persistent. */
  persisted?: () => Promise<boolean>;
  /** Asks for persistent storage. */
  persist?: () => Promise<boolean>;
}

/** `true` when storage is (now) persistent; `false` when unsupported, refused or failing. */
export async function requestPersistence(storage: StorageManagerLike | null | undefined): Promise<boolean> {
  try {
    if (!storage) return false;
    if (typeof storage.persisted === 'function' && (await storage.persisted()) === true) return true;
    if (typeof storage.persist !== 'function') return false;
    return (await storage.persist()) === true;
  } catch {
    return false;
  }
}
