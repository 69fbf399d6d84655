import { describe, expect, it, vi } from 'vitest';
import { createMemoryKV, type KeyValue } from '../../src/lib/store/kv';
import { createLocalforageKV } from '../../src/lib/store/localforage-kv';
import { probeStorage } from '../../src/lib/store/probe';
import { requestPersistence } from '../../src/lib/store/persist';
import { cleanName, defaultName, slugify } from '../../src/lib/store/names';
import { describeStorageError } from '../../src/lib/store/storage-error';
import { storeFr } from '../../src/i18n/store.fr';

describe('createMemoryKV', () => {
  it('stores copies, returns null for missing keys, lists and removes keys', async () => {
    const kv = createMemoryKV({ a: { n: 1 } });
    const value = { list: [1, 2] };
    await kv.setItem('b', value);
    value.list.push(3);
    const back = (await kv.getItem('b')) as { list: number[] };
    expect(back).toEqual({ list: [1, 2] });
    back.list.push(9);
    expect(await kv.getItem('b')).toEqual({ list: [1, 2] });
    expect(await kv.getItem('zz')).toBeNull();
    expect((await kv.keys()).sort()).toEqual(['a', 'b']);
    await kv.removeItem('a');
    await kv.removeItem('absent');
    expect(await kv.keys()).toEqual(['b']);
  });
});

describe('createLocalforageKV', () => {
  it('forwards the four methods to the localforage instance', async () => {
    const lf = {
      getItem: vi.fn(async () => 'v'),
      setItem: vi.fn(async (_k: string, v: unknown) => v),
      removeItem: vi.fn(async () => undefined),
      keys: vi.fn(async () => ['k']),
    };
    const kv = createLocalforageKV(lf);
    expect(await kv.getItem('k')).toBe('v');
    expect(await kv.setItem('k', 1)).toBeUndefined();
    await kv.removeItem('k');
    expect(await kv.keys()).toEqual(['k']);
    expect(lf.getItem).toHaveBeenCalledWith('k');
    expect(lf.setItem).toHaveBeenCalledWith('k', 1);
    expect(lf.removeItem).toHaveBeenCalledWith('k');
  });
});

describe('probeStorage', () => {
  it('ok on a working storage, leaving no key behind', async () => {
    const kv = createMemoryKV();
    expect(await probeStorage(kv, { token: 't1' })).toEqual({ status: 'ok' });
    expect(await kv.keys()).toEqual([]);
  });

  it('unavailable when writes throw (private mode, quota)', async () => {
    const kv: KeyValue = { ...createMemoryKV(), setItem: async () => Promise.reject(Object.assign(new Error('no'), { name: 'SecurityError' })) };
    expect(await probeStorage(kv)).toMatchObject({
      status: 'unavailable',
      reason: 'le navigateur refuse le stockage (navigation privée ou stockage désactivé)',
    });
  });

  it('unavailable when the value read back differs', async () => {
    const kv: KeyValue = { ...createMemoryKV(), getItem: async () => null };
    expect(await probeStorage(kv)).toMatchObject({ status: 'unavailable', reason: 'le stockage du navigateur ne relit pas ce qu’il a écrit' });
  });

  it('unavailable when the storage never answers', async () => {
    vi.useFakeTimers();
    try {
      const kv: KeyValue = { ...createMemoryKV(), setItem: () => new Promise(() => undefined) };
      const result = probeStorage(kv, { timeoutMs: 2000 });
      await vi.advanceTimersByTimeAsync(2000);
      expect(await result).toMatchObject({ status: 'unavailable', reason: 'le stockage du navigateur ne répond pas' });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('requestPersistence', () => {
  it('true when already persistent or granted; false when refused, absent or failing', async () => {
    expect(await requestPersistence({ persisted: async () => true, persist: async () => false })).toBe(true);
    expect(await requestPersistence({ persisted: async () => false, persist: async () => true })).toBe(true);
    expect(await requestPersistence({ persist: async () => false })).toBe(false);
    expect(await requestPersistence({})).toBe(false);
    expect(await requestPersistence(undefined)).toBe(false);
    expect(await requestPersistence({ persist: () => Promise.reject(new Error('x')) })).toBe(false);
    expect(await requestPersistence({ persisted: () => { throw new Error('sync'); } })).toBe(false);
  });
});

describe('names', () => {
  it('cleanName trims, collapses spaces, drops control characters, cuts at 120', () => {
    expect(cleanName('  Cabinet\t\n  Dupont \u0007 ')).toBe('Cabinet Dupont');
    expect(cleanName('x'.repeat(200))).toHaveLength(120);
  });

  it('defaultName: employer, then établissement, then « Dossier sans nom »', () => {
    expect(defaultName({ employeur: { raisonSociale: ' SELARL  Dupont ' } })).toBe('SELARL Dupont');
    expect(defaultName({ employeur: { raisonSociale: '' }, etablissement: { raisonSociale: 'Site B' } })).toBe('Site B');
    expect(defaultName({ employeur: { raisonSociale: 3 } })).toBe('Dossier sans nom');
    expect(defaultName(null)).toBe('Dossier sans nom');
  });

  it('slugify', () => {
    expect(slugify('Clinique Vétérinaire du Parc')).toBe('clinique-veterinaire-du-parc');
    expect(slugify('  --É&Œ--  ')).toBe('e-oe');
    expect(slugify('日本')).toBe('sans-nom');
  });
});

describe('describeStorageError', () => {
  it('maps DOMException names to French reasons', () => {
    expect(describeStorageError({ name: 'QuotaExceededError' })).toBe('l’espace de stockage du navigateur est plein');
    expect(describeStorageError({ name: 'InvalidStateError' })).toBe('le navigateur refuse le stockage (navigation privée ou stockage désactivé)');
    expect(describeStorageError('boom')).toBe('le navigateur a refusé l’écriture');
    // localforage's error when no driver at all can be opened
    expect(describeStorageError(new Error('No available storage method found.'))).toBe('le navigateur refuse le stockage (navigation privée ou stockage désactivé)');
  });
});

describe('store.fr.ts typography', () => {
  it('’ apostrophes, « » with no-break spaces, no-break space before : ; ! ?', () => {
    for (const [key, value] of Object.entries(storeFr)) {
      const text = value.replace(/\{\w+\}/g, 'x');
      expect([key, /'/.test(text)]).toEqual([key, false]);
      expect([key, /[^\u00a0][:;!?]/.test(text)]).toEqual([key, false]);
      expect([key, /«[^\u00a0]|[^\u00a0]»/.test(text)]).toEqual([key, false]);
    }
  });
});
