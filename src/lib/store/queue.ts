/**
 * A one-at-a-time queue: tasks run in the order they were queued, each after the previous one
 * settled, so read-modify-write sequences on the storage never interleave within a tab.
 */

/** Runs `task` after every task queued before it; resolves or rejects with `task`'s outcome. */
export type Enqueue = <T>(task: () => Promise<T>) => Promise<T>;

/** Runs a task while holding a lock shared with the other tabs (or just runs it). */
export type Exclusive = <T>(task: () => Promise<T>) => Promise<T>;

/** No lock: the task runs as is. */
const noLock: Exclusive = (task) => task();

/** A new, empty queue; each task also holds `exclusive` (a cross-tab lock) while it runs. */
export function createQueue(exclusive: Exclusive = noLock): Enqueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const locked = () => exclusive(task);
    const run = tail.then(locked, locked);
    tail = run.catch(() => undefined);
    return run;
  };
}
