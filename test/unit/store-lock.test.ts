import { describe, expect, it } from 'vitest';
import { createDossierRepo } from '../../src/lib/store/repo';
import { createMemoryKV } from '../../src/lib/store/kv';
import { createQueue } from '../../src/lib/store/queue';
import { webLock, STORE_LOCK } from '../../src/lib/store/lock';
import { manualClock, sequentialIds } from '../fixtures/store-helpers';

/** Two « tabs »: two repositories on one storage, optionally sharing a lock. */
async function twoTabs(shared: boolean) {
  const kv = createMemoryKV();
  const clock = manualClock();
  const lock = createQueue(); // stands for navigator.locks: one holder at a time, in order
  const exclusive = shared ? lock : undefined;
  const a = createDossierRepo({ kv, now: clock.now, newId: sequentialIds('a'), exclusive });
  const b = createDossierRepo({ kv, now: clock.now, newId: sequentialIds('b'), exclusive });
  await a.init();
  await b.init();
  return { a, b };
}

describe('cross-tab lock', () => {
  it('keeps both dossiers when two tabs create one at the same instant', async () => {
    const { a, b } = await twoTabs(true);
    await Promise.all([a.create('Cabinet A'), b.create('Cabinet B')]);
    const names = (await a.list()).map((i) => i.name).sort();
    expect(names).toEqual(['Cabinet A', 'Cabinet B']);
  });

  it('is needed: without it, the second tab’s index write loses the first tab’s dossier', async () => {
    const { a, b } = await twoTabs(false);
    await Promise.all([a.create('Cabinet A'), b.create('Cabinet B')]);
    expect((await a.list()).length).toBe(1);
  });

  it('uses navigator.locks when present, and runs tasks directly when not', async () => {
    const names: string[] = [];
    const locks = { request: <T,>(name: string, cb: () => Promise<T>) => (names.push(name), cb()) };
    expect(await webLock(locks)(async () => 42)).toBe(42);
    expect(names).toEqual([STORE_LOCK]);
    expect(await webLock(undefined)(async () => 'sans verrou')).toBe('sans verrou');
  });
});
