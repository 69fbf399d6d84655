/**
 * The page store without a browser (`lib/store/page-store.ts`, `manager.ts`, `rescue.ts`,
 * `merge.ts`, `site-keys.ts`): storage failures at any moment end in a working form in memory
 * with a notice; two tabs never drop each other's work; the emergency copy is taken back even
 * when the stored version moved, and removed once saved; each tab keeps its own dossier; erase
 * empties every key of the site.
 */
import { describe, expect, it } from 'vitest';
import { openPageStore, type PageStore, type PageStoreDeps } from '../../src/lib/store/page-store';
import { createManager } from '../../src/lib/store/manager';
import { createMemoryKV, type KeyValue } from '../../src/lib/store/kv';
import { probeStorage } from '../../src/lib/store/probe';
import { LOCAL_KEYS, SESSION_KEYS, type StorageLike } from '../../src/lib/store/site-keys';
import { readRescue } from '../../src/lib/store/rescue';
import type { SessionNotice } from '../../src/lib/store/page-types';
import type { ChannelLike } from '../../src/lib/store/tab-sync';
import type { DossierData } from '../../src/lib/dossier';
import { flakyKV, manualClock } from '../fixtures/store-helpers';

/** A Web Storage in memory. */
function memoryStorage(): StorageLike & { dump(): Record<string, string> } {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    dump: () => Object.fromEntries(map),
  };
}

let ids = 0;
/** A page of the site on `kv`, with its own tab storage and a shared localStorage. */
async function openPage(kv: KeyValue, local: StorageLike, tab: StorageLike = memoryStorage(), more: Partial<PageStoreDeps> = {}) {
  const clock = manualClock();
  const notices: (SessionNotice | null)[] = [];
  const mirrors: string[] = [];
  const page = await openPageStore({
    openKV: async () => kv,
    probe: (k) => probeStorage(k, { token: `t${++ids}` }),
    now: () => {
      clock.advance(1000);
      return clock.now();
    },
    newId: () => `id${++ids}`,
    channel: () => null,
    local,
    tab,
    mirror: (_d, name) => void mirrors.push(name),
    ...more,
  });
  page.onNotice((n) => notices.push(n));
  return { page, notices, mirrors, tab };
}

const employeur = (page: PageStore, fields: Record<string, string>): DossierData => {
  const data = structuredClone(page.current().data);
  data.employeur = { ...(data.employeur as Record<string, string>), ...fields };
  page.save(data);
  return data;
};
const emp = async (page: PageStore) => (await page.load()).employeur as Record<string, unknown>;

describe('storage failing at any moment', () => {
  it('the first real write fails after the probe: the page opens in memory, says so, and keeps edits', async () => {
    const inner = createMemoryKV();
    // The probe's write passes; every other write is refused (Safari's lost IndexedDB connection).
    const kv: KeyValue = { ...inner, setItem: async (k, v) => (k.startsWith('probe:') ? inner.setItem(k, v) : Promise.reject(Object.assign(new Error('Connection to Indexed Database server lost'), { name: 'UnknownError' }))) };
    const { page, notices } = await openPage(kv, memoryStorage());
    expect(page.memoryOnly()).toBe(true);
    expect(notices.at(-1)?.kind).toBe('memory-only');
    employeur(page, { ville: 'Lyon' });
    await page.flush();
    expect((await emp(page)).ville).toBe('Lyon');
    expect(page.wouldLoseWork()).toBe(true);
  });

  it('writes failing mid-session: a save-error notice (with the export), then cleared by the next success', async () => {
    const state: { failWrites?: boolean } = {};
    const { page, notices } = await openPage(flakyKV(createMemoryKV(), state), memoryStorage());
    state.failWrites = true;
    employeur(page, { ville: 'Lyon' });
    await page.flush();
    expect(notices.at(-1)).toMatchObject({ kind: 'save-error' });
    expect(notices.at(-1)?.text).toContain('Exportez votre dossier');
    expect((await emp(page)).ville).toBe('Lyon');
    state.failWrites = false;
    employeur(page, { ville: 'Lyon 2e' });
    await page.flush();
    expect(notices.at(-1)).toBeNull();
  });
});

describe('two tabs on one dossier', () => {
  it('different fields: both kept, no copy', async () => {
    const kv = createMemoryKV();
    const local = memoryStorage();
    const a = await openPage(kv, local);
    const b = await openPage(kv, local);
    employeur(a.page, { raisonSociale: 'Cabinet Alpha' });
    await a.page.flush();
    employeur(b.page, { ville: 'Lyon' });
    await b.page.flush();
    expect(await emp(b.page)).toMatchObject({ raisonSociale: 'Cabinet Alpha', ville: 'Lyon' });
    expect(await b.page.repo().list()).toHaveLength(1);
    expect(b.notices.at(-1)?.text).toContain('réunies');
    const c = await openPage(kv, local);
    expect(await emp(c.page)).toMatchObject({ raisonSociale: 'Cabinet Alpha', ville: 'Lyon' });
  });

  it('the same field: this tab keeps its value, the other tab’s version becomes a copy dossier, and the notice says so', async () => {
    const kv = createMemoryKV();
    const local = memoryStorage();
    const a = await openPage(kv, local);
    const b = await openPage(kv, local);
    employeur(a.page, { ville: 'Lyon' });
    await a.page.flush();
    employeur(b.page, { ville: 'Marseille' });
    await b.page.flush();
    const items = await b.page.repo().list();
    expect(items).toHaveLength(2);
    const copy = await b.page.repo().load(items[1]!.id);
    expect(copy.ok && (copy.data.employeur as Record<string, unknown>).ville).toBe('Lyon');
    expect((await emp(b.page)).ville).toBe('Marseille');
    expect(b.notices.at(-1)?.text).toContain(items[1]!.name);
    expect(b.notices.at(-1)?.text).toContain('«\u00a0Ville\u00a0»');
  });

  it('each tab keeps its own open dossier', async () => {
    const kv = createMemoryKV();
    const local = memoryStorage();
    const a = await openPage(kv, local);
    const firstId = a.page.tabSession().currentId();
    const b = await openPage(kv, local);
    await createManager(b.page, { download: () => undefined, local, tab: b.tab, now: () => new Date() }).create('Autre');
    expect(b.page.tabSession().currentId()).not.toBe(firstId);
    const aNext = await openPage(kv, local, a.tab);
    expect(aNext.page.tabSession().currentId()).toBe(firstId);
    const bNext = await openPage(kv, local, b.tab);
    expect(bNext.page.tabSession().currentId()).toBe(b.page.tabSession().currentId());
  });
});

describe('the emergency copy', () => {
  /** A page whose writes never land (the page closes before IndexedDB answers). */
  async function closingPage(kv: KeyValue, local: StorageLike) {
    const state = { failWrites: false };
    const p = await openPage(flakyKV(kv, state), local);
    state.failWrites = true;
    return p;
  }

  it('is taken back by the next page, and removed once saved', async () => {
    const kv = createMemoryKV();
    const local = memoryStorage();
    const { page } = await closingPage(kv, local);
    employeur(page, { ville: 'Lyon' });
    page.hide();
    expect(readRescue(local)?.data.employeur).toMatchObject({ ville: 'Lyon' });
    const next = await openPage(kv, local);
    expect((await emp(next.page)).ville).toBe('Lyon');
    expect(local.getItem(LOCAL_KEYS.rescue)).toBeNull();
  });

  it('is merged, not dropped, when another tab saved meanwhile', async () => {
    const kv = createMemoryKV();
    const local = memoryStorage();
    const other = await openPage(kv, local);
    const { page } = await closingPage(kv, local);
    employeur(page, { ville: 'Lyon' });
    page.hide();
    employeur(other.page, { raisonSociale: 'Cabinet Alpha' });
    await other.page.flush();
    const next = await openPage(kv, local);
    expect(await emp(next.page)).toMatchObject({ ville: 'Lyon', raisonSociale: 'Cabinet Alpha' });
    expect(local.getItem(LOCAL_KEYS.rescue)).toBeNull();
  });

  it('is removed after a successful save of the same page', async () => {
    const local = memoryStorage();
    const { page } = await openPage(createMemoryKV(), local);
    employeur(page, { ville: 'Lyon' });
    page.hide();
    await page.flush();
    expect(local.getItem(LOCAL_KEYS.rescue)).toBeNull();
  });
});

describe('the leave-page guard', () => {
  it('asks only when leaving would lose edits: none pending, or the emergency copy holds them, means no question', async () => {
    const local = memoryStorage();
    const { page } = await openPage(createMemoryKV(), local);
    expect(page.wouldLoseWork()).toBe(false);
    employeur(page, { ville: 'Lyon' });
    expect(page.wouldLoseWork()).toBe(false); // pending, but copied to the emergency copy
    expect(readRescue(local)?.data.employeur).toMatchObject({ ville: 'Lyon' });
    const noLocal = await openPage(createMemoryKV(), null as unknown as StorageLike);
    employeur(noLocal.page, { ville: 'Lyon' });
    expect(noLocal.page.wouldLoseWork()).toBe(true); // pending and nowhere to copy it
    await noLocal.page.flush();
    expect(noLocal.page.wouldLoseWork()).toBe(false);
  });
});

describe('erase', () => {
  it('empties the dossier store and every key of the site in localStorage and sessionStorage', async () => {
    const kv = createMemoryKV();
    const local = memoryStorage();
    local.setItem('autre-site', 'garde');
    local.setItem('guide-siseri/dossiers/x', 'localforage fallback');
    const { page, tab } = await openPage(kv, local);
    employeur(page, { ville: 'Lyon' });
    page.hide();
    local.setItem(LOCAL_KEYS.statusMirror, '{}');
    local.setItem(LOCAL_KEYS.dossierName, 'Cabinet');
    expect(tab.getItem(SESSION_KEYS.openDossier)).not.toBeNull();
    await createManager(page, { download: () => undefined, local, tab, now: () => new Date() }).eraseAll();
    expect(await kv.keys()).toEqual([]);
    expect(local.dump()).toEqual({ 'autre-site': 'garde' });
    expect(tab.length).toBe(0);
  });

  it('other open pages stop saving: nothing is written again after the erase', async () => {
    const channels: ChannelLike[] = [];
    const channel = (): ChannelLike => {
      const ch: ChannelLike = {
        onmessage: null,
        postMessage: (m) => channels.filter((o) => o !== ch).forEach((o) => o.onmessage?.({ data: structuredClone(m) })),
        close: () => void channels.splice(channels.indexOf(ch), 1),
      };
      channels.push(ch);
      return ch;
    };
    const kv = createMemoryKV();
    const local = memoryStorage();
    const other = await openPage(kv, local, memoryStorage(), { channel });
    const here = await openPage(kv, local, memoryStorage(), { channel });
    employeur(other.page, { ville: 'Lyon' }); // pending in the other page
    await createManager(here.page, { download: () => undefined, local, tab: here.tab, now: () => new Date() }).eraseAll();
    expect(other.notices.at(-1)?.text).toContain('effacées depuis un autre onglet');
    employeur(other.page, { ville: 'Lyon 2e' });
    other.page.hide();
    await other.page.flush();
    expect(await kv.keys()).toEqual([]);
    expect(local.getItem(LOCAL_KEYS.rescue)).toBeNull();
  });
});

describe('mergeDossiers', () => {
  // Imported here to keep the page-store tests above readable.
  const base = { employeur: { ville: '', raisonSociale: '' }, pcr: [] } as unknown as DossierData;

  it('takes each side’s changes; the same field changed to the same value is no clash', async () => {
    const { mergeDossiers } = await import('../../src/lib/store/merge');
    const mine = { employeur: { ville: 'Lyon', raisonSociale: 'X' }, pcr: [] } as unknown as DossierData;
    const theirs = { employeur: { ville: '', raisonSociale: 'X' }, pcr: [{ nom: 'Martin' }] } as unknown as DossierData;
    expect(mergeDossiers(base, mine, theirs)).toEqual({ data: { employeur: { ville: 'Lyon', raisonSociale: 'X' }, pcr: [{ nom: 'Martin' }] }, clashes: [] });
  });

  it('a list both sides changed differently is one clash, this side’s list kept; arguments untouched', async () => {
    const { mergeDossiers } = await import('../../src/lib/store/merge');
    const mine = { employeur: { ville: '', raisonSociale: '' }, pcr: [{ nom: 'A' }] } as unknown as DossierData;
    const theirs = { employeur: { ville: '', raisonSociale: '' }, pcr: [{ nom: 'B' }] } as unknown as DossierData;
    const before = JSON.stringify([base, mine, theirs]);
    const r = mergeDossiers(base, mine, theirs);
    expect(r.clashes).toEqual(['pcr']);
    expect(r.data.pcr).toEqual([{ nom: 'A' }]);
    expect(JSON.stringify([base, mine, theirs])).toBe(before);
  });
});
