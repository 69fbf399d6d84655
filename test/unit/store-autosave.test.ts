import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type SaveOutcome, type SaveStatus } from '../../src/lib/store/autosave';
import { SaveRefusedError, StorageProbeError } from '../../src/lib/store/storage-error';
import { statusText } from '../../src/lib/store/status-text';
import { emptyDossier } from '../../src/lib/dossier';
import { runs } from '../fixtures/budget';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A fake store whose writes take `latency` ms and are recorded. */
function fakeStore(latency = 10) {
  const stored = new Map<string, number>();
  const writes: Array<[string, number]> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let failNext = 0;
  const save = async (id: string, value: number): Promise<SaveOutcome> => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await new Promise((r) => setTimeout(r, latency));
      if (failNext > 0) {
        failNext--;
        const err = new Error('full');
        err.name = 'QuotaExceededError';
        throw err;
      }
      stored.set(id, value);
      writes.push([id, value]);
      return { ok: true, savedAt: new Date(Date.now()).toISOString() };
    } finally {
      inFlight--;
    }
  };
  return { stored, writes, save, maxInFlight: () => maxInFlight, failOnce: () => void failNext++ };
}

describe('createAutosaver', () => {
  it('debounces: one write 400 ms after the last edit', async () => {
    const store = fakeStore();
    const statuses: SaveStatus['kind'][] = [];
    const saver = createAutosaver({ save: store.save, onStatus: (s) => statuses.push(s.kind) });
    saver.edit('a', 1);
    await vi.advanceTimersByTimeAsync(300);
    saver.edit('a', 2);
    await vi.advanceTimersByTimeAsync(399);
    expect(store.writes).toEqual([]);
    expect(saver.hasPending()).toBe(true);
    await vi.advanceTimersByTimeAsync(1 + 10);
    expect(store.writes).toEqual([['a', 2]]);
    expect(statuses).toEqual(['saving', 'saved']);
    expect(saver.hasPending()).toBe(false);
  });

  it('flush writes at once and resolves when stored', async () => {
    const store = fakeStore(50);
    const saver = createAutosaver({ save: store.save, delayMs: 400 });
    saver.edit('a', 1);
    saver.edit('b', 7);
    const done = saver.flush();
    await vi.advanceTimersByTimeAsync(100);
    expect(await done).toBe(true);
    expect(store.writes).toEqual([['a', 1], ['b', 7]]);
  });

  it('edits during a write are written after it, never two writes at once, last edit wins', async () => {
    const store = fakeStore(100);
    const saver = createAutosaver({ save: store.save, delayMs: 10 });
    saver.edit('a', 1);
    await vi.advanceTimersByTimeAsync(20); // write of 1 in flight
    saver.edit('a', 2);
    saver.edit('a', 3);
    const done = saver.flush();
    await vi.advanceTimersByTimeAsync(500);
    await done;
    expect(store.writes).toEqual([['a', 1], ['a', 3]]);
    expect(store.maxInFlight()).toBe(1);
  });

  it('saved status carries the savedAt of the write', async () => {
    vi.setSystemTime(new Date('2026-05-12T12:30:00.000Z'));
    const statuses: SaveStatus[] = [];
    const saver = createAutosaver({ save: async () => ({ ok: true, savedAt: '2026-05-12T12:31:00.000Z' }), onStatus: (s) => statuses.push(s) });
    saver.edit('a', 1);
    await saver.flush();
    expect(statuses).toEqual([{ kind: 'saving' }, { kind: 'saved', at: new Date('2026-05-12T12:31:00.000Z') }]);
  });

  it('a failed write reports error, keeps the edit, and retries on the next flush (not in a loop)', async () => {
    const store = fakeStore(5);
    const statuses: SaveStatus[] = [];
    const saver = createAutosaver({ save: store.save, onStatus: (s) => statuses.push(s) });
    store.failOnce();
    saver.edit('a', 1);
    const first = saver.flush();
    await vi.advanceTimersByTimeAsync(50);
    expect(await first).toBe(false);
    expect(statuses.map((s) => s.kind)).toEqual(['saving', 'error']);
    expect((statuses[1] as { error: Error }).error.name).toBe('QuotaExceededError');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.writes).toEqual([]);
    const second = saver.flush();
    await vi.advanceTimersByTimeAsync(50);
    expect(await second).toBe(true);
    expect(store.writes).toEqual([['a', 1]]);
    expect(statuses.at(-1)?.kind).toBe('saved');
  });

  it('a conflict is reported and not retried; a refusal becomes an error with its reason', async () => {
    const stored = { savedAt: '2026-05-12T12:00:00.000Z', data: emptyDossier() };
    const outcomes: SaveOutcome[] = [
      { ok: false, conflict: true, stored },
      { ok: false, conflict: false, error: 'Ce dossier n’existe plus.' },
    ];
    const save = vi.fn(async () => outcomes.shift()!);
    const statuses: SaveStatus[] = [];
    const saver = createAutosaver({ save, onStatus: (s) => statuses.push(s) });
    saver.edit('a', 1);
    expect(await saver.flush()).toBe(true);
    expect(statuses).toEqual([{ kind: 'saving' }, { kind: 'conflict', dossierId: 'a', stored }]);
    saver.edit('b', 1);
    await saver.flush();
    const last = statuses.at(-1) as { kind: string; error: unknown };
    expect(last.kind).toBe('error');
    expect(last.error).toBeInstanceOf(SaveRefusedError);
    expect(save).toHaveBeenCalledTimes(2); // one attempt per flush: b is kept for the next one
    expect(saver.hasPending()).toBe(true);
  });

  it('discard drops a pending edit', async () => {
    const store = fakeStore();
    const saver = createAutosaver({ save: store.save });
    saver.edit('a', 1);
    saver.discard('a');
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.writes).toEqual([]);
  });

  it('property: after a final flush the stored value is the last edit of every dossier', async () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), id: fc.constantFrom('a', 'b', 'c') }),
      fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 900 }) }),
      fc.record({ kind: fc.constant('flush' as const), await: fc.boolean() }),
      fc.record({ kind: fc.constant('fail' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 40 }), fc.integer({ min: 0, max: 300 }), async (ops, latency) => {
        const store = fakeStore(latency);
        const saver = createAutosaver({ save: store.save, delayMs: 400 });
        const last = new Map<string, number>();
        let n = 0;
        for (const o of ops) {
          if (o.kind === 'edit') {
            last.set(o.id, ++n);
            saver.edit(o.id, n);
          } else if (o.kind === 'wait') await vi.advanceTimersByTimeAsync(o.ms);
          else if (o.kind === 'fail') store.failOnce();
          else if (o.await) {
            const p = saver.flush();
            await vi.runAllTimersAsync();
            await p;
          } else void saver.flush(); // pagehide: fire and forget
        }
        // Let failures drain, then the final flush (pagehide) with a healthy store.
        for (let i = 0; i < 50; i++) {
          const p = saver.flush();
          await vi.runAllTimersAsync();
          if (await p) break;
        }
        expect(Object.fromEntries(store.stored)).toEqual(Object.fromEntries(last));
        expect(store.maxInFlight()).toBeLessThanOrEqual(1);
        for (const id of last.keys()) {
          const seq = store.writes.filter(([w]) => w === id).map(([, v]) => v);
          expect(seq).toEqual([...seq].sort((x, y) => x - y)); // in edit order
        }
      }),
      { numRuns: runs(150, 40) },
    );
  });
});

describe('statusText', () => {
  const now = new Date(2026, 4, 12, 14, 40);

  it('saving and idle', () => {
    expect(statusText({ kind: 'saving' }, now)).toBe('Enregistrement…');
    expect(statusText({ kind: 'idle' }, now)).toBe('Pas encore de modification à enregistrer');
  });

  it('saved today, as « 14 h 32 » with no-break spaces', () => {
    expect(statusText({ kind: 'saved', at: new Date(2026, 4, 12, 14, 32) }, now)).toBe('Enregistré dans ce navigateur à 14\u00a0h\u00a032');
    expect(statusText({ kind: 'saved', at: new Date(2026, 4, 12, 9, 5) }, now)).toBe('Enregistré dans ce navigateur à 9\u00a0h\u00a005');
    expect(statusText({ kind: 'saved', at: new Date(2026, 4, 12, 0, 0) }, now)).toBe('Enregistré dans ce navigateur à 0\u00a0h\u00a000');
  });

  it('saved another day, another year', () => {
    expect(statusText({ kind: 'saved', at: new Date(2026, 4, 11, 18, 3) }, now)).toBe('Enregistré dans ce navigateur le 11 mai à 18\u00a0h\u00a003');
    expect(statusText({ kind: 'saved', at: new Date(2025, 11, 31, 23, 59) }, now)).toBe(
      'Enregistré dans ce navigateur le 31 décembre 2025 à 23\u00a0h\u00a059',
    );
  });

  it('saved in memory only', () => {
    expect(statusText({ kind: 'saved', at: new Date(2026, 4, 12, 14, 32) }, now, { memoryOnly: true })).toBe(
      'Gardé dans cette page seulement à 14\u00a0h\u00a032 (ce navigateur refuse l’enregistrement)\u00a0: exportez votre dossier avant de fermer la page.',
    );
  });

  it('errors, by cause', () => {
    const quota = Object.assign(new Error('x'), { name: 'QuotaExceededError' });
    expect(statusText({ kind: 'error', error: quota }, now)).toBe(
      'Échec de l’enregistrement\u00a0: l’espace de stockage du navigateur est plein — exportez votre dossier pour ne rien perdre.',
    );
    const security = Object.assign(new Error('x'), { name: 'SecurityError' });
    expect(statusText({ kind: 'error', error: security }, now)).toBe(
      'Échec de l’enregistrement\u00a0: le navigateur refuse le stockage (navigation privée ou stockage désactivé) — exportez votre dossier pour ne rien perdre.',
    );
    expect(statusText({ kind: 'error', error: new Error('No available storage method found.') }, now)).toBe(
      'Échec de l’enregistrement\u00a0: le navigateur refuse le stockage (navigation privée ou stockage désactivé) — exportez votre dossier pour ne rien perdre.',
    );
    expect(statusText({ kind: 'error', error: new Error('disk on fire') }, now)).toBe(
      'Échec de l’enregistrement\u00a0: le navigateur a refusé l’écriture — exportez votre dossier pour ne rien perdre.',
    );
    expect(statusText({ kind: 'error', error: new StorageProbeError('timeout') }, now)).toBe(
      'Échec de l’enregistrement\u00a0: le stockage du navigateur ne répond pas — exportez votre dossier pour ne rien perdre.',
    );
    expect(statusText({ kind: 'error', error: new SaveRefusedError('Ce dossier n’existe plus.') }, now)).toBe(
      'Échec de l’enregistrement\u00a0: ce dossier n’existe plus — exportez votre dossier pour ne rien perdre.',
    );
  });

  it('conflict', () => {
    const at = new Date(2026, 4, 12, 14, 35);
    expect(statusText({ kind: 'conflict', dossierId: 'a', stored: { savedAt: at.toISOString(), data: emptyDossier() } }, now)).toBe(
      'Ce dossier a été modifié dans un autre onglet à 14\u00a0h\u00a035\u00a0: vos dernières saisies n’ont pas été enregistrées pour ne pas écraser les siennes. Rechargez le dossier, ou gardez vos valeurs.',
    );
  });
});
