import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHECKLIST_KEYS, checklistState, withChecklistItem } from '../../src/lib/checklist';
import { CHECKLIST_FORM } from '../../src/model/checklist';
import { emptyDossier } from '../../src/lib/dossier';
import { parseDossierData } from '../../src/lib/schema';
import { exportPayload } from '../../src/lib/store/export';
import { parseImportFile } from '../../src/lib/store/import';
import { createDossierRepo } from '../../src/lib/store/repo';
import { createMemoryKV } from '../../src/lib/store/kv';
import { LEGACY_KEY } from '../../src/lib/store/layout';
import v1Export from '../fixtures/store-export-v1.json';
import { manualClock, sequentialIds } from '../fixtures/store-helpers';

const NOW = new Date(2026, 4, 12, 14, 32);

describe('the « Avant de commencer » checklist in the dossier', () => {
  it('is a record of check boxes of the guide, with unique keys, empty in a new dossier', () => {
    expect(CHECKLIST_KEYS).toHaveLength(12);
    expect(new Set(CHECKLIST_KEYS).size).toBe(12);
    for (const f of CHECKLIST_FORM.groups.flatMap((g) => g.fields)) {
      expect(f.kind).toBe('checkbox');
      expect(f.guideOnly).toBe(true);
    }
    expect(Object.values(checklistState(emptyDossier())).every((v) => v === false)).toBe(true);
  });

  it('ticks and unticks one item without touching the rest of the dossier', () => {
    const data = emptyDossier();
    const one = withChecklistItem(data, 'rpps', true);
    expect(checklistState(one).rpps).toBe(true);
    expect(Object.values(checklistState(one)).filter(Boolean)).toHaveLength(1);
    expect(one.employeur).toBe(data.employeur);
    expect(checklistState(data).rpps).toBe(false); // the input is not changed
    expect(checklistState(withChecklistItem(one, 'rpps', false)).rpps).toBe(false);
    expect(withChecklistItem(data, 'inconnu', true)).toBe(data);
  });

  it('survives validation and an export → import round trip, whatever is ticked (property)', () => {
    fc.assert(
      fc.property(fc.subarray([...CHECKLIST_KEYS]), (keys) => {
        let data = emptyDossier();
        for (const k of keys) data = withChecklistItem(data, k, true);
        const parsed = parseDossierData(JSON.parse(JSON.stringify(data)));
        expect(parsed.ok && checklistState(parsed.data)).toEqual(checklistState(data));
        const file = exportPayload([{ name: 'Cabinet', named: true, data }], NOW);
        const imported = parseImportFile(file, file.length);
        expect(imported.ok).toBe(true);
        if (imported.ok) expect(checklistState(imported.dossiers[0]!.data)).toEqual(checklistState(data));
      }),
      { numRuns: 25 },
    );
  });

  it('loads dossiers saved or exported before it existed with nothing ticked (migrations)', async () => {
    const old = parseDossierData({ employeur: { raisonSociale: 'Cabinet' } });
    expect(old.ok && Object.values(checklistState(old.data)).some(Boolean)).toBe(false);
    const text = JSON.stringify(v1Export);
    const imported = parseImportFile(text, text.length);
    expect(imported.ok).toBe(true);
    if (imported.ok) expect(checklistState(imported.dossiers[0]!.data)).toEqual(checklistState(emptyDossier()));

    const kv = createMemoryKV();
    await kv.setItem(LEGACY_KEY, { version: 1, savedAt: '2025-03-14T10:00:00.000Z', data: { employeur: { raisonSociale: 'Cabinet' } } });
    const repo = createDossierRepo({ kv, now: manualClock().now, newId: sequentialIds() });
    const init = await repo.init();
    expect(init.ok).toBe(true);
    const loaded = await repo.load((await repo.list())[0]!.id);
    expect(loaded.ok && checklistState(loaded.data)).toEqual(checklistState(emptyDossier()));
  });
});
