import { describe, expect, it } from 'vitest';
import v1Fixture from '../fixtures/store-v1-dossier.json';
import { migrate } from '../../src/lib/store/migrate';
import { createDossierRepo } from '../../src/lib/store/repo';
import { createMemoryKV } from '../../src/lib/store/kv';
import { emptyDossier } from '../../src/lib/dossier';
import { sequentialIds, snapshot, manualClock } from '../fixtures/store-helpers';

const NOW = new Date('2026-05-12T12:30:00.000Z');

describe('migrate: version 1 → 2', () => {
  it('moves the single `dossier` key to an index and a `dossier:v1` record', () => {
    const plan = migrate({ dossier: v1Fixture }, NOW);
    expect(plan).toEqual({
      ok: true,
      from: 1,
      set: [
        ['dossier:v1', { version: 2, savedAt: '2025-03-14T09:26:53.000Z', data: v1Fixture.data }],
        [
          'index',
          {
            version: 2,
            currentId: 'v1',
            items: [
              {
                id: 'v1',
                name: 'Cabinet Dentaire Les Tilleuls',
                named: false,
                createdAt: '2025-03-14T09:26:53.000Z',
                updatedAt: '2025-03-14T09:26:53.000Z',
              },
            ],
          },
        ],
      ],
      remove: ['dossier'],
      events: ['migrated-v1'],
    });
  });

  it('is idempotent: applying the plan then planning again changes nothing', () => {
    const plan = migrate({ dossier: v1Fixture }, NOW);
    if (!plan.ok) throw new Error('plan');
    const after: Record<string, unknown> = Object.fromEntries(plan.set);
    expect(migrate(after, NOW)).toEqual({ ok: true, from: 2, set: [], remove: [], events: [] });
  });

  it('resumes an interrupted run (record written, index not) without duplicating', () => {
    const plan = migrate({ dossier: v1Fixture, 'dossier:v1': { version: 2, savedAt: '2025-03-14T09:26:53.000Z', data: v1Fixture.data } }, NOW);
    if (!plan.ok) throw new Error('plan');
    expect(plan.set.map(([k]) => k)).toEqual(['index']);
    expect((plan.set[0]?.[1] as { items: unknown[] }).items).toHaveLength(1);
    expect(plan.remove).toEqual(['dossier']);
  });

  it('removes a leftover v1 key when the index already holds the migrated dossier', () => {
    const index = { version: 2, currentId: 'v1', items: [{ id: 'v1', name: 'X', named: false, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() }] };
    expect(migrate({ index, dossier: v1Fixture }, NOW)).toEqual({ ok: true, from: 1, set: [], remove: ['dossier'], events: [] });
  });

  it('adds the v1 dossier next to existing v2 dossiers', () => {
    const at = '2026-01-01T00:00:00.000Z';
    const index = { version: 2, currentId: 'a', items: [{ id: 'a', name: 'A', named: true, createdAt: at, updatedAt: at }] };
    const plan = migrate({ index, 'dossier:a': { version: 2, savedAt: at, data: {} }, dossier: v1Fixture }, NOW);
    if (!plan.ok) throw new Error('plan');
    const written = Object.fromEntries(plan.set) as { index: { currentId: string; items: { id: string }[] } };
    expect(written.index.currentId).toBe('a');
    expect(written.index.items.map((i) => i.id)).toEqual(['a', 'v1']);
  });

  it('uses the clock when the v1 savedAt is unreadable', () => {
    const plan = migrate({ dossier: { version: 1, savedAt: 'hier', data: {} } }, NOW);
    if (!plan.ok) throw new Error('plan');
    expect(plan.set[0]).toEqual(['dossier:v1', { version: 2, savedAt: '2026-05-12T12:30:00.000Z', data: {} }]);
  });

  it('sets an unreadable v1 value aside instead of dropping it', () => {
    expect(migrate({ dossier: 'garbage' }, NOW)).toEqual({
      ok: true,
      from: 1,
      set: [['corrupt:dossier', 'garbage']],
      remove: ['dossier'],
      events: ['legacy-corrupt'],
    });
  });

  it('refuses storage written by a newer version, with the French message', () => {
    const plan = migrate({ index: { version: 3, items: [] } }, NOW);
    expect(plan).toEqual({
      ok: false,
      version: 3,
      error:
        'Ce dossier vient d’une version plus récente du guide\u00a0: rechargez la page (au besoin, fermez tous les onglets du guide puis rouvrez-le) pour utiliser la dernière version. Rien n’a été modifié.',
    });
    expect(migrate({ dossier: { version: 7, data: {} } }, NOW).ok).toBe(false);
  });

  it('plans nothing for empty storage', () => {
    expect(migrate({}, NOW)).toEqual({ ok: true, from: null, set: [], remove: [], events: [] });
  });

  it('rebuilds an unreadable index from the records, keeping the raw index aside', () => {
    const raw = {
      index: { version: 2, items: 'oops' },
      'dossier:b': { version: 2, savedAt: '2026-02-01T00:00:00.000Z', data: { employeur: { raisonSociale: 'Beta' } } },
      'dossier:a': { version: 2, savedAt: '2026-01-01T00:00:00.000Z', data: {} },
    };
    expect(migrate(raw, NOW)).toEqual({
      ok: true,
      from: 2,
      set: [
        ['corrupt:index', { version: 2, items: 'oops' }],
        [
          'index',
          {
            version: 2,
            currentId: 'a',
            items: [
              { id: 'a', name: 'Dossier sans nom', named: false, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
              { id: 'b', name: 'Beta', named: false, createdAt: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z' },
            ],
          },
        ],
      ],
      remove: [],
      events: ['index-rebuilt'],
    });
  });

  it('does not overwrite an earlier set-aside copy', () => {
    const plan = migrate({ index: 'bad', 'corrupt:index': 'older' }, NOW);
    if (!plan.ok) throw new Error('plan');
    expect(plan.set[0]).toEqual(['corrupt:index:2026-05-12T12:30:00.000Z', 'bad']);
  });
});

describe('repo.init applies the migration', () => {
  it('carries the v1 fixture over; load fills the keys v1 lacked', async () => {
    const kv = createMemoryKV({ dossier: v1Fixture });
    const repo = createDossierRepo({ kv, now: manualClock().now, newId: sequentialIds() });
    const init = await repo.init();
    expect(init).toEqual({
      ok: true,
      from: 1,
      events: ['migrated-v1'],
      notices: ['Votre dossier enregistré par une version précédente du guide a été repris tel quel.'],
    });
    expect((await snapshot(kv)).map(([k]) => k)).toEqual(['dossier:v1', 'index']);
    expect(await repo.getCurrentId()).toBe('v1');
    const loaded = await repo.load('v1');
    if (!loaded.ok) throw new Error(loaded.error);
    const expected = emptyDossier();
    Object.assign(expected.employeur ?? {}, v1Fixture.data.employeur);
    Object.assign(expected.representant ?? {}, v1Fixture.data.representant);
    expected.ces = [{ ...v1Fixture.data.ces[0], raisonSociale: '', siret: '', adresse: '', codePostal: '', ville: '', cedex: '', etranger: false, pays: 'France', telephone: '', telecopie: '' }];
    expect(loaded.data).toEqual(expected);
    expect(loaded.savedAt).toBe('2025-03-14T09:26:53.000Z');
    expect(await repo.init()).toMatchObject({ ok: true, events: ['migrated-v1'] }); // memoized, not re-run
  });

  it('refuses a newer storage without touching it; operations reject with the message', async () => {
    const kv = createMemoryKV({ index: { version: 3, currentId: null, items: [] } });
    const before = await snapshot(kv);
    const repo = createDossierRepo({ kv, now: manualClock().now, newId: sequentialIds() });
    expect(await repo.init()).toMatchObject({ ok: false, version: 3 });
    await expect(repo.create('X')).rejects.toThrow(/version plus récente du guide/);
    expect(await snapshot(kv)).toEqual(before);
  });
});
