import { describe, expect, it } from 'vitest';
import { exportFileName, exportPayload, collectExport } from '../../src/lib/store/export';
import { parseImportFile, previewText } from '../../src/lib/store/import';
import { applyImport } from '../../src/lib/store/apply-import';
import { createDossierRepo } from '../../src/lib/store/repo';
import { createMemoryKV } from '../../src/lib/store/kv';
import { emptyDossier, type DossierData } from '../../src/lib/dossier';
import v1Export from '../fixtures/store-export-v1.json';
import { flakyKV, manualClock, sequentialIds, snapshot } from '../fixtures/store-helpers';

const NOW = new Date(2026, 4, 12, 14, 32); // local time: the file name uses the local date

/** Empty data with an employer name (and optionally more fields). */
function withEmployer(raisonSociale: string, more: Record<string, string> = {}): DossierData {
  const data = emptyDossier();
  Object.assign(data.employeur ?? {}, { raisonSociale, ...more });
  return data;
}

/** Byte length of a text as a file. */
const bytes = (s: string) => new TextEncoder().encode(s).length;

/** Parses `text` as a file. */
const parse = (text: string) => parseImportFile(text, bytes(text));

/** A valid export of one dossier, as an object to tweak. */
function validFile(): Record<string, unknown> {
  return JSON.parse(exportPayload([{ name: 'Cabinet Dupont', named: false, data: withEmployer('Cabinet Dupont') }], NOW));
}

/** The error of a failed parse. */
function errorOf(text: string): string {
  const r = parse(text);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('exportFileName', () => {
  it('one dossier: slug of the raison sociale and the local date', () => {
    expect(exportFileName(withEmployer('Cabinet Dentaire Les Tilleuls'), NOW)).toBe('dossier-siseri-cabinet-dentaire-les-tilleuls-2026-05-12.json');
    expect(exportFileName(withEmployer('Société d’Études Œnologiques & Fils'), NOW, 'one')).toBe(
      'dossier-siseri-societe-d-etudes-oenologiques-fils-2026-05-12.json',
    );
    expect(exportFileName(withEmployer('   '), new Date(2026, 0, 3))).toBe('dossier-siseri-sans-nom-2026-01-03.json');
    expect(exportFileName(withEmployer('A'.repeat(60)), NOW)).toBe(`dossier-siseri-${'a'.repeat(40)}-2026-05-12.json`);
    expect(exportFileName(null, NOW)).toBe('dossier-siseri-sans-nom-2026-05-12.json');
  });

  it('all dossiers', () => {
    expect(exportFileName(null, NOW, 'all')).toBe('dossiers-siseri-tous-2026-05-12.json');
  });
});

describe('exportPayload', () => {
  it('writes the format marker, version 2, the date and every dossier', () => {
    const data = { employeur: { raisonSociale: 'X' } } as unknown as DossierData;
    const text = exportPayload([{ name: 'X', named: true, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', data }], new Date('2026-05-12T12:32:00.000Z'));
    expect(text).toBe(
      `{
  "format": "guide-siseri",
  "version": 2,
  "exportedAt": "2026-05-12T12:32:00.000Z",
  "dossiers": [
    {
      "name": "X",
      "named": true,
      "createdAt": "2026-01-01T00:00:00.000Z",
      "updatedAt": "2026-01-02T00:00:00.000Z",
      "data": {
        "employeur": {
          "raisonSociale": "X"
        }
      }
    }
  ]
}
`,
    );
  });

  it('collectExport loads every readable dossier and names the unreadable ones', async () => {
    const kv = createMemoryKV();
    const repo = createDossierRepo({ kv, now: manualClock().now, newId: sequentialIds() });
    const a = await repo.create('A');
    await repo.save(a.id, withEmployer('Alpha'));
    await repo.create('B');
    await kv.setItem('dossier:d2', 'cassé');
    const { dossiers, skipped } = await collectExport(repo);
    expect(dossiers).toEqual([
      { name: 'A', named: true, createdAt: '2026-05-12T12:30:00.000Z', updatedAt: '2026-05-12T12:30:00.001Z', data: withEmployer('Alpha') },
    ]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatch(/^Le dossier «\u00a0B\u00a0»/);
  });
});

describe('parseImportFile: valid files', () => {
  it('reads an export and previews it', () => {
    const data = withEmployer('Cabinet Dupont', { siret: '732 829 320 00074', ville: 'Paris' });
    const text = exportPayload([{ name: 'Cabinet Dupont', named: false, data }, { name: 'Client B', named: true, data: emptyDossier() }], NOW);
    const r = parse(text);
    expect(r).toEqual({
      ok: true,
      fromVersion: 2,
      dossiers: [
        { name: 'Cabinet Dupont', named: false, data },
        { name: 'Client B', named: true, data: emptyDossier() },
      ],
      preview: { count: 2, names: ['Cabinet Dupont', 'Client B'], raisonsSociales: ['Cabinet Dupont', ''], fieldsFilled: [3, 0] },
    });
    if (r.ok) expect(previewText(r.preview)).toBe('Ce fichier contient 2 dossiers\u00a0: «\u00a0Cabinet Dupont\u00a0», «\u00a0Client B\u00a0».');
  });

  it('migrates a version-1 file (one dossier, no list) and fills missing keys', () => {
    const text = JSON.stringify(v1Export);
    const r = parse(text);
    const data = emptyDossier();
    Object.assign(data.employeur ?? {}, { raisonSociale: 'Clinique Vétérinaire du Parc', codePostal: '69003', ville: 'Lyon' });
    Object.assign(data.suivi ?? {}, { numeroProtocole: 'P-2025-0042', nomCle: 'VETPARC' });
    expect(r).toEqual({
      ok: true,
      fromVersion: 1,
      dossiers: [{ name: 'Clinique Vétérinaire du Parc', named: false, data }],
      preview: { count: 1, names: ['Clinique Vétérinaire du Parc'], raisonsSociales: ['Clinique Vétérinaire du Parc'], fieldsFilled: [5] },
    });
    if (r.ok) expect(previewText(r.preview)).toBe('Ce fichier contient 1 dossier\u00a0: «\u00a0Clinique Vétérinaire du Parc\u00a0» (5 champs remplis).');
  });

  it('accepts a byte-order mark, strips unknown keys, names an unnamed dossier from its data', () => {
    const file = validFile();
    (file.dossiers as Record<string, unknown>[])[0] = { data: { employeur: { raisonSociale: 'Zed', inconnu: 'x' }, autre: {} } };
    const r = parse(`\uFEFF${JSON.stringify(file)}`);
    expect(r.ok && r.dossiers).toEqual([{ name: 'Zed', named: false, data: withEmployer('Zed') }]);
  });
});

describe('parseImportFile: every refusal has a clear French message', () => {
  it('too large, refused before parsing', () => {
    expect(parseImportFile('{', 40 * 1024 * 1024)).toEqual({
      ok: false,
      error: 'Ce fichier est trop volumineux (40\u00a0Mo)\u00a0: un export du guide pèse au plus 32\u00a0Mo. Choisissez le fichier «\u00a0dossier-siseri-….json\u00a0» exporté depuis le guide.',
    });
    expect(parseImportFile('x'.repeat(32 * 1024 * 1024 + 1), 10).ok).toBe(false); // the text itself is checked too
  });

  it('empty, not JSON, truncated', () => {
    expect(errorOf('')).toBe('Ce fichier est vide\u00a0: choisissez le fichier «\u00a0.json\u00a0» exporté depuis le guide.');
    expect(errorOf('   \n')).toMatch(/^Ce fichier est vide/);
    expect(errorOf('Raison sociale;SIRET\nDupont;123')).toBe(
      'Ce fichier n’est pas un export du guide\u00a0: son contenu n’est pas au format JSON. Choisissez le fichier «\u00a0dossier-siseri-….json\u00a0» exporté depuis le guide.',
    );
    const text = JSON.stringify(validFile());
    expect(errorOf(text.slice(0, text.length - 10))).toBe(
      'Ce fichier est incomplet\u00a0: il s’arrête avant la fin (copie interrompue\u00a0?). Exportez à nouveau le dossier depuis le guide, puis réessayez.',
    );
  });

  it('too deeply nested (never handed to JSON.parse)', () => {
    expect(errorOf(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBe(
      'Ce fichier contient des données imbriquées bien plus profondément qu’un export du guide\u00a0: il a été refusé.',
    );
    const file = validFile();
    const deep = `${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}`;
    expect(errorOf(JSON.stringify(file).replace('"Cabinet Dupont"', deep))).toMatch(/imbriquées/);
  });

  it('prototype-pollution keys', () => {
    const text = JSON.stringify(validFile()).replace('"employeur":{', '"employeur":{"__proto__":{"polluted":"oui"},');
    expect(errorOf(text)).toBe('Ce fichier contient une clé interdite («\u00a0__proto__\u00a0»)\u00a0: il a été refusé par sécurité.');
    expect(errorOf('{"format":"guide-siseri","version":2,"constructor":{"prototype":{}},"dossiers":[]}')).toMatch(/«\u00a0constructor\u00a0»/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('wrong format, bad or future version', () => {
    const wrong = 'Ce fichier JSON ne vient pas du guide SISERI (il ne porte pas la mention «\u00a0guide-siseri\u00a0»)\u00a0: il a été refusé.';
    expect(errorOf('[1,2]')).toBe(wrong);
    expect(errorOf('"texte"')).toBe(wrong);
    expect(errorOf(JSON.stringify({ ...validFile(), format: 'autre-outil' }))).toBe(wrong);
    expect(errorOf(JSON.stringify({ ...validFile(), version: '2' }))).toBe(
      'La version de ce fichier («\u00a02\u00a0») est inconnue\u00a0: le fichier ne vient pas du guide ou a été modifié.',
    );
    expect(errorOf(JSON.stringify({ ...validFile(), version: 1.5 }))).toMatch(/«\u00a01\.5\u00a0»\) est inconnue/);
    expect(errorOf(JSON.stringify({ ...validFile(), version: 0 }))).toMatch(/est inconnue/);
    expect(errorOf(JSON.stringify({ ...validFile(), version: undefined }))).toMatch(/«\u00a0—\u00a0»\) est inconnue/);
    expect(errorOf(JSON.stringify({ ...validFile(), version: 3 }))).toBe(
      'Ce dossier vient d’une version plus récente du guide (version 3 du fichier)\u00a0: rechargez la page pour utiliser la dernière version du guide, puis importez-le à nouveau.',
    );
  });

  it('no dossier, too many dossiers, dossiers not a list', () => {
    expect(errorOf(JSON.stringify({ ...validFile(), dossiers: [] }))).toBe('Ce fichier ne contient aucun dossier.');
    const many = Array.from({ length: 201 }, () => ({ name: 'x', data: {} }));
    expect(errorOf(JSON.stringify({ ...validFile(), dossiers: many }))).toMatch(/201/);
    const allowed = Array.from({ length: 200 }, () => ({ name: 'x', data: {} }));
    expect(parse(JSON.stringify({ ...validFile(), dossiers: allowed })).ok).toBe(true);
    expect(errorOf(JSON.stringify({ ...validFile(), dossiers: { a: 1 } }))).toBe(
      '«\u00a0dossiers\u00a0» n’a pas la forme attendue (une liste)\u00a0: le fichier a été modifié.',
    );
  });

  it('lists over 100 entries, huge arrays anywhere', () => {
    const file = validFile();
    const [d] = file.dossiers as [{ data: Record<string, unknown> }];
    d.data.ces = Array.from({ length: 101 }, () => ({ nom: 'X' }));
    expect(errorOf(JSON.stringify(file))).toBe(
      'Dossier n°\u00a01 («\u00a0Cabinet Dupont\u00a0»)\u00a0: «\u00a0dossiers › n°\u00a01 › data › ces\u00a0» contient 101 éléments\u00a0: au plus 100 sont acceptés.',
    );
    d.data.ces = [];
    (file as Record<string, unknown>).junk = Array.from({ length: 5000 }, () => 0);
    expect(errorOf(JSON.stringify(file))).toBe('«\u00a0junk\u00a0» contient 5000 éléments\u00a0: au plus 200 sont acceptés.');
  });

  it('non-string values, huge strings, too many keys, wrong containers', () => {
    const file = () => validFile() as { dossiers: [{ name?: unknown; data: Record<string, unknown> }] };
    let f = file();
    (f.dossiers[0].data.employeur as Record<string, unknown>).siret = 73282932000074;
    expect(errorOf(JSON.stringify(f))).toBe(
      'Dossier n°\u00a01 («\u00a0Cabinet Dupont\u00a0»)\u00a0: la valeur de «\u00a0dossiers › n°\u00a01 › data › employeur › siret\u00a0» n’est ni un texte ni une case cochée ou non\u00a0: le fichier a été modifié.',
    );
    f = file();
    (f.dossiers[0].data.employeur as Record<string, unknown>).ville = null;
    expect(errorOf(JSON.stringify(f))).toMatch(/employeur › ville\u00a0» n’est ni un texte/);
    f = file();
    f.dossiers[0].name = 12;
    expect(errorOf(JSON.stringify(f))).toBe(
      'La valeur de «\u00a0dossiers › n°\u00a01 › name\u00a0» n’est ni un texte ni une case cochée ou non\u00a0: le fichier a été modifié.',
    );
    f = file();
    (f.dossiers[0].data.employeur as Record<string, unknown>).adresse = 'x'.repeat(2001);
    expect(errorOf(JSON.stringify(f))).toMatch(/«\u00a0dossiers › n°\u00a01 › data › employeur › adresse\u00a0» est trop longue \(2001 caractères, au plus 2000\)/);
    f = file();
    f.dossiers[0].name = 'x'.repeat(10_001);
    expect(errorOf(JSON.stringify(f))).toMatch(/est trop longue \(10001 caractères, au plus 10000\)/);
    f = file();
    f.dossiers[0].data.employeur = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, '']));
    expect(errorOf(JSON.stringify(f))).toBe('«\u00a0dossiers › n°\u00a01 › data › employeur\u00a0» contient 101 rubriques\u00a0: au plus 100 sont acceptées.');
    f = file();
    f.dossiers[0].data.employeur = 'texte';
    expect(errorOf(JSON.stringify(f))).toMatch(/employeur\u00a0» n’a pas la forme attendue \(un ensemble de champs ou une liste\)/);
    f = file();
    f.dossiers[0].data = [] as unknown as Record<string, unknown>;
    expect(errorOf(JSON.stringify(f))).toMatch(/data\u00a0» n’a pas la forme attendue \(un ensemble de rubriques\)/);
  });

  it('shape accepted by the guard but refused by the schema (a list where a record is expected)', () => {
    const f = validFile() as { dossiers: [{ data: Record<string, unknown> }] };
    f.dossiers[0].data.employeur = [];
    expect(errorOf(JSON.stringify(f))).toMatch(/^Dossier n°\u00a01 \(«\u00a0Cabinet Dupont\u00a0»\)\u00a0: ces données ne forment pas un dossier valide/);
  });
});

describe('applyImport', () => {
  /** A repo with one dossier « Existant ». */
  async function setup(kvWrap = (kv: ReturnType<typeof createMemoryKV>) => kv as import('../../src/lib/store/kv').KeyValue) {
    const mem = createMemoryKV();
    const kv = kvWrap(mem);
    const repo = createDossierRepo({ kv, now: manualClock().now, newId: sequentialIds() });
    const existing = await repo.create('Existant');
    await repo.save(existing.id, withEmployer('Ancien'));
    return { mem, kv, repo, existing };
  }
  const fileOf = (...names: string[]) =>
    exportPayload(names.map((n) => ({ name: n, named: false, data: withEmployer(n) })), NOW);

  it("'new' adds the dossiers and opens the first", async () => {
    const { repo } = await setup();
    const r = parse(fileOf('Alpha', 'Beta'));
    if (!r.ok) throw new Error(r.error);
    const applied = await applyImport(repo, r.dossiers, 'new');
    expect(applied).toMatchObject({ ok: true, items: [{ id: 'd2', name: 'Alpha' }, { id: 'd3', name: 'Beta' }] });
    expect((await repo.list()).map((i) => i.name)).toEqual(['Existant', 'Alpha', 'Beta']);
    expect(await repo.getCurrentId()).toBe('d2');
    const loaded = await repo.load('d3');
    expect(loaded.ok && loaded.data).toEqual(withEmployer('Beta'));
  });

  it("'replace-current' replaces the open dossier's data, keeping its id", async () => {
    const { repo, existing } = await setup();
    const r = parse(fileOf('Gamma'));
    if (!r.ok) throw new Error(r.error);
    expect(await applyImport(repo, r.dossiers, 'replace-current')).toMatchObject({ ok: true, items: [{ id: existing.id, name: 'Gamma', named: false }] });
    const loaded = await repo.load(existing.id);
    expect(loaded.ok && loaded.data).toEqual(withEmployer('Gamma'));
    expect(await repo.list()).toHaveLength(1);
  });

  it("'replace-current' needs exactly one dossier and an open one; nothing is written otherwise", async () => {
    const { mem, repo } = await setup();
    const before = await snapshot(mem);
    const two = parse(fileOf('A', 'B'));
    if (!two.ok) throw new Error(two.error);
    expect(await applyImport(repo, two.dossiers, 'replace-current')).toEqual({
      ok: false,
      error: 'Ce fichier contient 2 dossiers\u00a0: pour remplacer le dossier ouvert, importez un fichier d’un seul dossier, ou importez-les comme nouveaux dossiers.',
    });
    await repo.removeAll();
    const one = parse(fileOf('A'));
    if (!one.ok) throw new Error(one.error);
    expect(await applyImport(repo, one.dossiers, 'replace-current')).toEqual({
      ok: false,
      error: 'Aucun dossier n’est ouvert\u00a0: importez le fichier comme nouveau dossier.',
    });
    expect(await mem.keys()).toEqual([]);
    expect(before.length).toBeGreaterThan(0);
  });

  it('refuses unvalidated entries without writing', async () => {
    const { mem, repo } = await setup();
    const before = await snapshot(mem);
    for (const bad of [[], [{ name: 'x', named: false, data: { employeur: 5 } }], [{ data: {} }], ['x'], [null]]) {
      expect((await applyImport(repo, bad, 'new')).ok).toBe(false);
    }
    expect((await applyImport(repo, [{ name: 'x', named: false, data: {} }], 'autre' as 'new')).ok).toBe(false);
    expect(await snapshot(mem)).toEqual(before);
  });

  it('a storage failure midway rolls back: nothing is written', async () => {
    const state: { failOnWrite?: number; writes?: number } = {};
    const { mem, repo } = await setup((kv) => flakyKV(kv, state));
    const before = await snapshot(mem);
    const r = parse(fileOf('A', 'B', 'C'));
    if (!r.ok) throw new Error(r.error);
    state.failOnWrite = (state.writes ?? 0) + 3; // the third record fails
    expect(await applyImport(repo, r.dossiers, 'new')).toEqual({
      ok: false,
      error: 'L’import n’a pas pu être enregistré (l’espace de stockage du navigateur est plein)\u00a0: rien n’a été modifié.',
    });
    expect(await snapshot(mem)).toEqual(before);
    state.failOnWrite = (state.writes ?? 0) + 4; // the index write fails
    expect((await applyImport(repo, r.dossiers, 'new')).ok).toBe(false);
    expect(await snapshot(mem)).toEqual(before);
    const one = parse(fileOf('Z'));
    if (!one.ok) throw new Error(one.error);
    state.failOnWrite = (state.writes ?? 0) + 2; // replace: record written, index fails → record restored
    expect((await applyImport(repo, one.dossiers, 'replace-current')).ok).toBe(false);
    expect(await snapshot(mem)).toEqual(before);
  });

  it('refuses to go over 200 dossiers in the browser', async () => {
    const { repo } = await setup();
    const names = Array.from({ length: 200 }, (_, i) => `D${i}`);
    const r = parse(fileOf(...names));
    if (!r.ok) throw new Error(r.error);
    expect(await applyImport(repo, r.dossiers, 'new')).toEqual({
      ok: false,
      error: 'Ce navigateur contiendrait alors 201 dossiers, au plus 200\u00a0: supprimez d’abord des dossiers dont vous n’avez plus besoin.',
    });
  });
});
