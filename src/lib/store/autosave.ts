/**
 * Debounced saving while the user types. Edits are kept per dossier (only the latest one counts);
 * `delayMs` after the last edit, or at once on `flush()`, they are written one at a time — never
 * two writes in flight, so writes for one dossier land in the order of the edits and the last edit
 * wins. A failed write is kept and retried with the next edit or flush (never in a loop); a
 * conflict (another tab saved meanwhile) is reported and not retried.
 */
import type { DossierData } from '../dossier';
import { SaveRefusedError } from './storage-error';

/** What the status line shows (texts: `statusText`). */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; error: unknown }
  | { kind: 'conflict'; dossierId: string; stored: { savedAt: string; data: DossierData } };

/** What a save returns (`DossierRepo.save`'s result fits); a rejection counts as an error. */
export type SaveOutcome =
  | { ok: true; savedAt?: string }
  | { ok: false; conflict: true; stored: { savedAt: string; data: DossierData } }
  | { ok: false; conflict: false; error: string };

/** The timer functions (injected so tests drive time). */
export interface Timers {
  /** Like `setTimeout`. */
  setTimeout(fn: () => void, ms: number): unknown;
  /** Like `clearTimeout`. */
  clearTimeout(handle: unknown): void;
}

/** Options of `createAutosaver`. */
export interface AutosaverOptions<T> {
  /** Writes one dossier. */
  save: (id: string, data: T) => Promise<SaveOutcome>;
  /** Quiet time after the last edit before writing (default 400 ms). */
  delayMs?: number;
  /** Timers (default: the global ones). */
  timers?: Timers;
  /** The clock, for `saved` when the outcome has no `savedAt` (default: `new Date()`). */
  now?: () => Date;
  /** Status changes. */
  onStatus?: (status: SaveStatus) => void;
}

/** A debounced, serialized saver (see the module comment). */
export interface Autosaver<T> {
  /** Records the latest value of a dossier and (re)starts the quiet-time timer. */
  edit(id: string, data: T): void;
  /**
   * Writes every pending edit now (one attempt each), waiting for writes already in flight;
   * resolves `true` when nothing is left unsaved. Never rejects.
   */
  flush(): Promise<boolean>;
  /** Some edit is not written yet (pending or being written). */
  hasPending(): boolean;
  /** Forgets the pending edit of a dossier (after the user chose the other tab's version). */
  discard(id: string): void;
  /** Stops the timer (pending edits stay; call `flush()` first to keep them). */
  dispose(): void;
}

/** Creates an autosaver. */
export function createAutosaver<T>(options: AutosaverOptions<T>): Autosaver<T> {
  const { save, delayMs = 400, onStatus = () => undefined } = options;
  const timers: Timers = options.timers ?? {
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof globalThis.setTimeout>),
  };
  const now = options.now ?? (() => new Date());
  const pending = new Map<string, T>();
  let timer: unknown = null;
  let running: Promise<void> | null = null;

  function stopTimer(): void {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  }

  /** Writes until nothing is pending; failed edits are put back afterwards (no retry loop). */
  async function run(): Promise<void> {
    const failed = new Map<string, T>();
    let last: SaveStatus | null = null;
    let lastError: SaveStatus | null = null;
    onStatus({ kind: 'saving' });
    while (pending.size > 0) {
      const [id, data] = pending.entries().next().value as [string, T];
      pending.delete(id);
      try {
        const outcome = await save(id, data);
        if (outcome.ok) {
          last = { kind: 'saved', at: outcome.savedAt ? new Date(outcome.savedAt) : now() };
          failed.delete(id);
        } else if (outcome.conflict) {
          last = { kind: 'conflict', dossierId: id, stored: outcome.stored };
          onStatus(last);
        } else {
          throw new SaveRefusedError(outcome.error);
        }
      } catch (error) {
        if (!pending.has(id)) failed.set(id, data);
        last = lastError = { kind: 'error', error };
        onStatus(last);
      }
    }
    for (const [id, data] of failed) if (!pending.has(id)) pending.set(id, data);
    const troubled = failed.size > 0 || last?.kind === 'conflict';
    if (!troubled && last?.kind === 'saved') onStatus(last);
    else if (failed.size > 0 && lastError && last !== lastError) onStatus(lastError);
  }

  /** Starts a run, or joins the current one. */
  function kick(): Promise<void> {
    running ??= run().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    edit(id, data) {
      pending.delete(id);
      pending.set(id, data);
      stopTimer();
      timer = timers.setTimeout(() => {
        timer = null;
        void kick();
      }, delayMs);
    },
    async flush() {
      stopTimer();
      let attempted = false;
      for (;;) {
        if (running) await running; // a run started elsewhere (timer, another flush)
        else if (pending.size > 0 && !attempted) {
          attempted = true; // one attempt per flush: a failing storage is not hammered
          await kick();
        } else break;
      }
      return pending.size === 0;
    },
    hasPending: () => pending.size > 0 || running !== null,
    discard(id) {
      pending.delete(id);
    },
    dispose: stopTimer,
  };
}
