/**
 * A one-at-a-time queue: tasks run in the order they were queued, each after the previous one
 * settled, so read-modify-write sequences on the storage never interleave within a tab.
 */

/** Runs `task` after every task queued before it; resolves or rejects with `task`'s outcome. */
export type Enqueue = <T>(task: () => Promise<T>) => Promise<T>;

/** A new, empty queue. */
export function createQueue(): Enqueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
