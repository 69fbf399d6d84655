/**
 * A cross-tab lock for the dossier store through the Web Locks API (`navigator.locks`), which
 * every current browser has; where it is missing, operations are only serialised within a tab.
 */
import type { Exclusive } from './queue';

/** What the lock needs of `navigator.locks`. */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** The name of the store's lock. */
export const STORE_LOCK = 'guide-siseri-dossiers';

/** An `Exclusive` holding the Web Lock `name` while each task runs (or none without the API). */
export function webLock(locks: LockManagerLike | undefined | null, name = STORE_LOCK): Exclusive {
  if (!locks || typeof locks.request !== 'function') return (task) => task();
  return <T>(task: () => Promise<T>) => locks.request(name, task) as Promise<T>;
}
