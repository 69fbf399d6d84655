import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTabSync, openChannel, type ChannelLike } from '../../src/lib/store/tab-sync';
import { createDossierSession } from '../../src/lib/store/session';
import { createDossierRepo } from '../../src/lib/store/repo';
import { createMemoryKV } from '../../src/lib/store/kv';
import type { SaveStatus } from '../../src/lib/store/autosave';
import { emptyDossier, type DossierData } from '../../src/lib/dossier';
import { manualClock, sequentialIds } from '../fixtures/store-helpers';

/** A fake BroadcastChannel bus: what one channel posts, the others receive (not itself). */
function fakeBus() {
  const channels: ChannelLike[] = [];
  const open = (): ChannelLike => {
    const ch: ChannelLike = {
      onmessage: null,
      postMessage(message) {
        const data = structuredClone(message);
        for (const other of channels) if (other !== ch) other.onmessage?.({ data });
      },
      close() {
        channels.splice(channels.indexOf(ch), 1);
      },
    };
    channels.push(ch);
    return ch;
  };
  return { open, channels };
}

describe('createTabSync', () => {
  it('posts { type: saved, dossierId, savedAt, tabId } and calls onRemoteChange for the shown dossier only', () => {
    const bus = fakeBus();
    const remoteA = vi.fn();
    const listA = vi.fn();
    const a = createTabSync({ channel: bus.open(), tabId: 'A', onRemoteChange: remoteA, onListChange: listA });
    const b = createTabSync({ channel: bus.open(), tabId: 'B', onRemoteChange: vi.fn() });
    a.show('d1');
    b.saved('d1', '2026-05-12T12:30:00.000Z');
    expect(remoteA).toHaveBeenCalledWith({ type: 'saved', dossierId: 'd1', savedAt: '2026-05-12T12:30:00.000Z', tabId: 'B' });
    b.saved('d2', '2026-05-12T12:31:00.000Z');
    expect(remoteA).toHaveBeenCalledTimes(1);
    expect(listA).toHaveBeenCalledTimes(1);
    b.listChanged();
    expect(listA).toHaveBeenCalledTimes(2);
  });

  it('ignores its own messages and malformed ones', () => {
    const remote = vi.fn();
    const list = vi.fn();
    const sync = createTabSync({ channel: null, tabId: 'A', onRemoteChange: remote, onListChange: list });
    sync.show('d1');
    for (const data of [null, 'x', { type: 'saved', dossierId: 'd1', savedAt: 'hier', tabId: 'B' }, { type: 'saved', dossierId: 'd1', savedAt: '2026-01-01T00:00:00Z', tabId: 'A' }, { type: 'other', tabId: 'B' }]) {
      sync.receive(data);
    }
    expect(remote).not.toHaveBeenCalled();
    expect(list).not.toHaveBeenCalled();
  });

  it('works without a channel, and survives a closed one', () => {
    const sync = createTabSync({ channel: null, tabId: 'A', onRemoteChange: vi.fn() });
    expect(() => sync.saved('d1', '2026-01-01T00:00:00.000Z')).not.toThrow();
    const broken: ChannelLike = { onmessage: null, postMessage: () => { throw new Error('closed'); } };
    expect(() => createTabSync({ channel: broken, tabId: 'A', onRemoteChange: vi.fn() }).saved('d', 'x')).not.toThrow();
  });

  it('openChannel returns null without BroadcastChannel', () => {
    expect(openChannel({})).toBeNull();
    class Fake {
      onmessage = null;
      constructor(readonly name: string) {}
      postMessage() {}
    }
    expect((openChannel({ BroadcastChannel: Fake }) as unknown as Fake).name).toBe('guide-siseri-dossiers');
  });
});

describe('createDossierSession: two tabs on one storage', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Two tabs sharing a storage and a bus. */
  async function twoTabs() {
    const kv = createMemoryKV();
    const clock = manualClock();
    const bus = fakeBus();
    const tab = (tabId: string) => {
      const repo = createDossierRepo({ kv, now: clock.now, newId: sequentialIds(tabId) });
      const statuses: SaveStatus[] = [];
      const remote: Array<{ dossierId: string; savedAt: string; localEdits: boolean }> = [];
      const session = createDossierSession({
        repo,
        channel: bus.open(),
        tabId,
        now: clock.now,
        onStatus: (s) => statuses.push(s),
        onRemoteChange: (c) => remote.push(c),
      });
      return { repo, session, statuses, remote };
    };
    return { kv, clock, a: tab('A'), b: tab('B') };
  }

  const named = (raisonSociale: string): DossierData => {
    const d = emptyDossier();
    (d.employeur as Record<string, string>).raisonSociale = raisonSociale;
    return d;
  };

  it('a save in one tab is announced to the other, which reloads when idle', async () => {
    const { clock, a, b } = await twoTabs();
    const opened = await a.session.open();
    expect(opened).toMatchObject({ ok: true, item: { id: 'A1', name: 'Dossier sans nom' } });
    expect(await b.session.open()).toMatchObject({ ok: true, item: { id: 'A1' } });
    clock.advance(1000);
    a.session.edit(named('Alpha'));
    await vi.advanceTimersByTimeAsync(400);
    expect(a.statuses.map((s) => s.kind)).toEqual(['saving', 'saved']);
    expect(b.remote).toEqual([{ dossierId: 'A1', savedAt: '2026-05-12T12:30:01.000Z', localEdits: false }]);
    const reloaded = await b.session.reload();
    expect(reloaded.ok && reloaded.data).toEqual(named('Alpha'));
    expect(a.remote).toEqual([]);
  });

  it('a tab editing an outdated version gets a conflict, not a silent overwrite; keepMine overwrites on purpose', async () => {
    const { kv, clock, a, b } = await twoTabs();
    await a.session.open();
    await b.session.open();
    b.session.edit(named('Beta')); // B types…
    clock.advance(1000);
    a.session.edit(named('Alpha')); // …while A saves first
    await a.session.flush();
    expect(b.remote).toEqual([{ dossierId: 'A1', savedAt: '2026-05-12T12:30:01.000Z', localEdits: true }]); // warn, don't reload
    clock.advance(1000);
    await b.session.flush();
    expect(b.statuses.at(-1)).toEqual({ kind: 'conflict', dossierId: 'A1', stored: { savedAt: '2026-05-12T12:30:01.000Z', data: named('Alpha') } });
    expect(((await kv.getItem('dossier:A1')) as { data: DossierData }).data).toEqual(named('Alpha'));
    expect(await b.session.keepMine(named('Beta'))).toMatchObject({ ok: true, savedAt: '2026-05-12T12:30:02.000Z' });
    expect(((await kv.getItem('dossier:A1')) as { data: DossierData }).data).toEqual(named('Beta'));
    expect(a.remote.at(-1)).toEqual({ dossierId: 'A1', savedAt: '2026-05-12T12:30:02.000Z', localEdits: false });
  });

  it('open flushes the previous dossier first; flush on pagehide writes at once', async () => {
    const { kv, a } = await twoTabs();
    await a.session.open();
    a.session.edit(named('Premier'));
    const second = await a.repo.create('Second');
    expect(await a.session.open(second.id)).toMatchObject({ ok: true, item: { name: 'Second' } });
    expect(((await kv.getItem('dossier:A1')) as { data: DossierData }).data).toEqual(named('Premier'));
    expect(await a.repo.getCurrentId()).toBe(second.id);
    a.session.edit(named('Vite'));
    expect(a.session.hasLocalEdits()).toBe(true);
    expect(await a.session.flush()).toBe(true);
    expect(((await kv.getItem(`dossier:${second.id}`)) as { data: DossierData }).data).toEqual(named('Vite'));
    a.session.close();
  });
});
