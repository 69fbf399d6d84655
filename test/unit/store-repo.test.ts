import { describe, expect, it } from 'vitest';
import { createDossierRepo } from '../../src/lib/store/repo';
import { createMemoryKV } from '../../src/lib/store/kv';
import { emptyDossier, type DossierData } from '../../src/lib/dossier';
import { flakyKV, sequentialIds, snapshot, manualClock } from '../fixtures/store-helpers';

/** A fresh repo over memory, clock at 2026-05-12T12:30:00Z until advanced. */
function setup(initial: Record<string, unknown> = {}) {
  const kv = createMemoryKV(initial);
  const clock = manualClock();
  const repo = createDossierRepo({ kv, now: clock.now, newId: sequentialIds() });
  return { kv, repo, advance: clock.advance };
}

/** Empty data with an employer name. */
function withEmployer(raisonSociale: string): DossierData {
  const data = emptyDossier();
  (data.employeur as Record<string, string>).raisonSociale = raisonSociale;
  return data;
}

describe('createDossierRepo: dossiers', () => {
  it('create writes a record and the index, and makes the dossier current', async () => {
    const { kv, repo } = setup();
    const item = await repo.create();
    expect(item).toEqual({ id: 'd1', name: 'Dossier sans nom', named: false, createdAt: '2026-05-12T12:30:00.000Z', updatedAt: '2026-05-12T12:30:00.000Z' });
    expect(await kv.getItem('dossier:d1')).toEqual({ version: 2, savedAt: '2026-05-12T12:30:00.000Z', data: emptyDossier() });
    expect(await kv.getItem('index')).toEqual({ version: 2, currentId: 'd1', items: [item] });
    expect(await repo.getCurrentId()).toBe('d1');
  });

  it('a named dossier keeps its name; an unnamed one follows the raison sociale on save', async () => {
    const { repo } = setup();
    const named = await repo.create('  Client   Dupont  ');
    const auto = await repo.create('');
    expect(named).toMatchObject({ name: 'Client Dupont', named: true });
    await repo.save(named.id, withEmployer('SARL Radiologie'));
    const saved = await repo.save(auto.id, withEmployer('  Cabinet   Vétérinaire '));
    expect(saved).toMatchObject({ ok: true, item: { name: 'Cabinet Vétérinaire', named: false } });
    expect((await repo.list()).map((i) => i.name)).toEqual(['Client Dupont', 'Cabinet Vétérinaire']);
  });

  it('rename sets a name; a blank name goes back to the raison sociale', async () => {
    const { repo } = setup();
    const { id } = await repo.create();
    await repo.save(id, withEmployer('Clinique du Parc'));
    expect(await repo.rename(id, 'Site de Lyon')).toMatchObject({ name: 'Site de Lyon', named: true });
    expect(await repo.rename(id, '   ')).toMatchObject({ name: 'Clinique du Parc', named: false });
    expect(await repo.rename('nope', 'x')).toBeNull();
  });

  it('duplicate copies the data under « <name> (copie) » without switching', async () => {
    const { repo } = setup();
    const { id } = await repo.create();
    await repo.save(id, withEmployer('Clinique du Parc'));
    const dup = await repo.duplicate(id);
    expect(dup).toMatchObject({ ok: true, item: { id: 'd2', name: 'Clinique du Parc (copie)', named: true } });
    const loaded = await repo.load('d2');
    expect(loaded.ok && loaded.data).toEqual(withEmployer('Clinique du Parc'));
    expect(await repo.getCurrentId()).toBe(id);
    expect(await repo.duplicate('nope')).toEqual({ ok: false, error: 'Ce dossier n’existe plus dans ce navigateur\u00a0: il a peut-être été supprimé dans un autre onglet.' });
  });

  it('remove deletes the record and its set-aside copies; current moves to the first left', async () => {
    const { kv, repo } = setup();
    await repo.create('A');
    await repo.create('B');
    await kv.setItem('corrupt:d2', 'raw');
    await kv.setItem('corrupt:d2:2026-01-01T00:00:00.000Z', 'raw2');
    expect(await repo.getCurrentId()).toBe('d2');
    expect(await repo.remove('d2')).toBe(true);
    expect((await snapshot(kv)).map(([k]) => k)).toEqual(['dossier:d1', 'index']);
    expect(await repo.getCurrentId()).toBe('d1');
    expect(await repo.remove('d2')).toBe(false);
  });

  it('removeAll deletes every key (« Effacer mes données »)', async () => {
    const { kv, repo } = setup();
    await repo.create('A');
    await kv.setItem('corrupt:x', 1);
    await repo.removeAll();
    expect(await kv.keys()).toEqual([]);
    expect(await repo.list()).toEqual([]);
    expect(await repo.getCurrentId()).toBeNull();
  });

  it('setCurrent and ensureCurrent', async () => {
    const { repo } = setup();
    expect(await repo.getCurrentId()).toBeNull();
    const first = await repo.ensureCurrent();
    expect(first).toMatchObject({ id: 'd1', name: 'Dossier sans nom' });
    expect(await repo.ensureCurrent()).toEqual(first);
    await repo.create('B');
    expect(await repo.setCurrent('d1')).toBe(true);
    expect(await repo.setCurrent('zz')).toBe(false);
    expect(await repo.getCurrentId()).toBe('d1');
  });

  it('never reuses an id', async () => {
    const kv = createMemoryKV();
    const ids = ['same', 'same', 'other'];
    const repo = createDossierRepo({ kv, now: manualClock().now, newId: () => ids.shift()! });
    await repo.create();
    expect((await repo.create()).id).toBe('other');
  });
});

describe('createDossierRepo: load and save', () => {
  it('save writes { version, savedAt, data } with the data re-validated (unknown keys stripped)', async () => {
    const { kv, repo, advance } = setup();
    const { id } = await repo.create();
    advance(1000);
    const data = { ...withEmployer('X'), intrus: { a: 'b' } } as unknown as DossierData;
    const result = await repo.save(id, data);
    expect(result).toMatchObject({ ok: true, savedAt: '2026-05-12T12:30:01.000Z' });
    expect(await kv.getItem('dossier:d1')).toEqual({ version: 2, savedAt: '2026-05-12T12:30:01.000Z', data: withEmployer('X') });
    expect(await repo.load(id)).toEqual({
      ok: true,
      item: { id, name: 'X', named: false, createdAt: '2026-05-12T12:30:00.000Z', updatedAt: '2026-05-12T12:30:01.000Z' },
      data: withEmployer('X'),
      savedAt: '2026-05-12T12:30:01.000Z',
    });
  });

  it('save refuses data that is not a dossier, and unknown ids', async () => {
    const { repo } = setup();
    const { id } = await repo.create();
    const bad = await repo.save(id, { employeur: 'texte' } as unknown as DossierData);
    expect(bad).toMatchObject({ ok: false, conflict: false, reason: 'invalid' });
    expect(await repo.save('nope', emptyDossier())).toMatchObject({ ok: false, conflict: false, reason: 'not-found' });
  });

  it('savedAt always moves forward, even when the clock goes back', async () => {
    const kv = createMemoryKV();
    const clock = manualClock('2026-05-12T12:00:00.000Z');
    const repo = createDossierRepo({ kv, now: clock.now, newId: sequentialIds() });
    const { id } = await repo.create();
    clock.advance(5000);
    expect(await repo.save(id, emptyDossier())).toMatchObject({ savedAt: '2026-05-12T12:00:05.000Z' });
    clock.advance(-3_600_000);
    expect(await repo.save(id, emptyDossier())).toMatchObject({ savedAt: '2026-05-12T12:00:05.001Z' });
  });

  it('conflict: a save based on an older savedAt does not overwrite', async () => {
    const { kv, repo, advance } = setup();
    const { id } = await repo.create();
    const base = (await repo.load(id)) as { savedAt: string };
    advance(1000);
    const other = await repo.save(id, withEmployer('Autre onglet'), { expectedSavedAt: base.savedAt });
    expect(other.ok).toBe(true);
    const before = await snapshot(kv);
    const mine = await repo.save(id, withEmployer('Cet onglet'), { expectedSavedAt: base.savedAt });
    expect(mine).toEqual({ ok: false, conflict: true, stored: { savedAt: '2026-05-12T12:30:01.000Z', data: withEmployer('Autre onglet') } });
    expect(await snapshot(kv)).toEqual(before);
    expect(await repo.save(id, withEmployer('Cet onglet'))).toMatchObject({ ok: true }); // explicit overwrite
  });

  it('a record that fails validation is set aside under corrupt:, reported, never dropped', async () => {
    const { kv, repo } = setup();
    const { id } = await repo.create('Mon dossier');
    const broken = { version: 2, savedAt: '2026-05-12T12:00:00.000Z', data: { employeur: 42 } };
    await kv.setItem('dossier:d1', broken);
    const loaded = await repo.load(id);
    expect(loaded).toMatchObject({ ok: false, reason: 'corrupt', corruptKey: 'corrupt:d1' });
    expect(!loaded.ok && loaded.error).toMatch(/^Le dossier «\u00a0Mon dossier\u00a0» enregistré dans ce navigateur n’a pas pu être relu \(/);
    expect(await kv.getItem('corrupt:d1')).toEqual(broken);
    expect(await kv.getItem('dossier:d1')).toEqual(broken); // left in place
    await repo.load(id); // loading again does not pile up copies
    expect((await kv.keys()).filter((k) => k.startsWith('corrupt:'))).toEqual(['corrupt:d1']);
    expect(await repo.save(id, emptyDossier())).toMatchObject({ ok: true }); // starting over keeps the copy
    expect(await kv.getItem('corrupt:d1')).toEqual(broken);
  });

  it('a malformed envelope is corrupt too; a second different corrupt value gets a dated key', async () => {
    const { kv, repo, advance } = setup();
    const { id } = await repo.create();
    advance(2000);
    await kv.setItem('dossier:d1', 'pas un objet');
    expect(await repo.load(id)).toMatchObject({ reason: 'corrupt', corruptKey: 'corrupt:d1', error: expect.stringContaining('l’enregistrement est incomplet ou abîmé') });
    await kv.setItem('dossier:d1', { nope: true });
    expect(await repo.load(id)).toMatchObject({ reason: 'corrupt', corruptKey: 'corrupt:d1:2026-05-12T12:30:02.000Z' });
  });

  it('missing record, unknown id, newer record', async () => {
    const { kv, repo } = setup();
    const { id } = await repo.create('A');
    await kv.removeItem('dossier:d1');
    expect(await repo.load(id)).toEqual({
      ok: false,
      reason: 'missing',
      error: 'Les valeurs du dossier «\u00a0A\u00a0» sont introuvables dans ce navigateur. Si vous en avez une sauvegarde, importez-la.',
    });
    expect(await repo.load('zz')).toMatchObject({ ok: false, reason: 'not-found' });
    const future = { version: 3, savedAt: '2030-01-01T00:00:00.000Z', data: {} };
    await kv.setItem('dossier:d1', future);
    expect(await repo.load(id)).toMatchObject({ ok: false, reason: 'future' });
    expect(await repo.save(id, emptyDossier())).toMatchObject({ ok: false, reason: 'future' });
    expect(await kv.getItem('dossier:d1')).toEqual(future);
  });

  it('an index broken by another tab is rebuilt on the next operation', async () => {
    const { kv, repo } = setup();
    await repo.create('A');
    await kv.setItem('index', { version: 2, items: null });
    expect((await repo.list()).map((i) => i.id)).toEqual(['d1']);
    expect(await kv.getItem('corrupt:index')).toEqual({ version: 2, items: null });
  });

  it('operations run one at a time: concurrent creates all land in the index', async () => {
    const { repo } = setup();
    await Promise.all([repo.create('A'), repo.create('B'), repo.create('C')]);
    expect((await repo.list()).map((i) => i.name)).toEqual(['A', 'B', 'C']);
  });

  it('a storage failure rejects (the autosaver turns it into an error status)', async () => {
    const state = { failWrites: false };
    const kv = flakyKV(createMemoryKV(), state);
    const repo = createDossierRepo({ kv, now: manualClock().now, newId: sequentialIds() });
    const { id } = await repo.create();
    state.failWrites = true;
    await expect(repo.save(id, emptyDossier())).rejects.toMatchObject({ name: 'QuotaExceededError' });
    state.failWrites = false;
    expect(await repo.save(id, emptyDossier())).toMatchObject({ ok: true }); // the queue keeps working
  });
});
