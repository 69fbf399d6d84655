/**
 * Resolves in a new task: what follows runs after the browser has handled input, painted and run
 * other tasks — the way to cut long work into tasks under 50 ms on a phone.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
