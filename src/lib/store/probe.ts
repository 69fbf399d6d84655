/**
 * Is the browser's storage usable? Opening IndexedDB succeeds in places where writes then fail
 * (private windows, disabled storage, a full disk) or never answer, so the store writes, reads
 * back and deletes a probe value, with a time limit. On `unavailable` the app falls back to
 * `createMemoryKV()` and says so.
 */
import type { Timers } from './autosave';
import type { KeyValue } from './kv';
import { PROBE_PREFIX } from './layout';
import { StorageProbeError, describeStorageError } from './storage-error';

/** Outcome of `probeStorage`. */
export type ProbeResult = { status: 'ok' } | { status: 'unavailable'; reason: string; error: unknown };

/** Options of `probeStorage`. */
export interface ProbeOptions {
  /**
   * Give up after this long (default 10 s). Not less: on a slow phone still starting the page, the
   * three IndexedDB round trips can take seconds (their answers wait for the busy main thread),
   * and a storage wrongly said unavailable keeps the user's edits in memory only. Where IndexedDB
   * never answers, the form works meanwhile and the notice comes after this delay.
   */
  timeoutMs?: number;
  /** Timers (default: the global ones). */
  timers?: Timers;
  /** Value written (default: random), to tell this probe from a concurrent one. */
  token?: string;
}

/** Writes, reads back and deletes `probe:<token>`; never rejects. */
export async function probeStorage(kv: KeyValue, options: ProbeOptions = {}): Promise<ProbeResult> {
  const { timeoutMs = 10_000 } = options;
  const timers: Timers = options.timers ?? {
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof globalThis.setTimeout>),
  };
  const token = options.token ?? Math.random().toString(36).slice(2);
  const key = PROBE_PREFIX + token;
  let handle: unknown = null;
  const timeout = new Promise<never>((_, reject) => {
    handle = timers.setTimeout(() => reject(new StorageProbeError('timeout')), timeoutMs);
  });
  const attempt = (async () => {
    await kv.setItem(key, { probe: token });
    const back = await kv.getItem(key);
    await kv.removeItem(key);
    if (typeof back !== 'object' || back === null || (back as { probe?: unknown }).probe !== token) throw new StorageProbeError('mismatch');
  })();
  try {
    await Promise.race([attempt, timeout]);
    return { status: 'ok' };
  } catch (error) {
    attempt.catch(() => undefined);
    return { status: 'unavailable', reason: describeStorageError(error), error };
  } finally {
    timers.clearTimeout(handle);
  }
}
