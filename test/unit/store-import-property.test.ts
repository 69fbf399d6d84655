import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportPayload, collectExport } from '../../src/lib/store/export';
import { parseImportFile } from '../../src/lib/store/import';
import { applyImport } from '../../src/lib/store/apply-import';
import { createDossierRepo } from '../../src/lib/store/repo';
import { createMemoryKV } from '../../src/lib/store/kv';
import { parseDossierData } from '../../src/lib/schema';
import { dossierDataArb, manualClock, sequentialIds, snapshot } from '../fixtures/store-helpers';
import { runs } from '../fixtures/budget';

const NOW = new Date('2026-05-12T12:32:00.000Z');
const bytes = (s: string) => new TextEncoder().encode(s).length;

/** A repo already holding two dossiers, and its KeyValue. */
async function populated() {
  const kv = createMemoryKV();
  const repo = createDossierRepo({ kv, now: manualClock().now, newId: sequentialIds() });
  const a = await repo.create('Existant A');
  const data = parseDossierData({ employeur: { raisonSociale: 'Ancien', siret: '732 829 320 00074' } });
  if (!data.ok) throw new Error(data.error);
  await repo.save(a.id, data.data);
  await repo.create('');
  return { kv, repo };
}

/** Every path (keys and indexes) to a value inside `v`, the root excluded. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(v)) v.forEach((x, i) => (out.push([...at, i]), paths(x, [...at, i], out)));
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) out.push([...at, k]), paths(x, [...at, k], out);
  return out;
}

/** The container holding the value at `path`, and its key. */
function parentOf(root: unknown, path: (string | number)[]): [Record<string | number, unknown>, string | number] {
  let cur = root as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) cur = cur[p] as Record<string | number, unknown>;
  return [cur, path.at(-1) ?? ''];
}

/** A valid export text of 1–3 random dossiers. */
const validExport = fc
  .array(fc.record({ name: fc.string({ maxLength: 15 }), named: fc.boolean(), data: dossierDataArb }), { minLength: 1, maxLength: 3 })
  .map((ds) => exportPayload(ds, NOW));

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'rename'; pick: number; to: string }
  | { kind: 'replace'; pick: number; value: unknown }
  | { kind: 'huge'; pick: number; size: number }
  | { kind: 'deep'; pick: number; depth: number }
  | { kind: 'proto'; pick: number; key: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('rename' as const), pick: fc.nat(), to: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'format', 'data')) }),
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({ kind: fc.constant('huge' as const), pick: fc.nat(), size: fc.constantFrom(2_001, 10_001, 1_100_000) }),
  fc.record({ kind: fc.constant('deep' as const), pick: fc.nat(), depth: fc.constantFrom(9, 50, 1000) }),
  fc.record({ kind: fc.constant('proto' as const), pick: fc.nat(), key: fc.constantFrom('__proto__', 'constructor', 'prototype') }),
);

/** Applies a mutation to an export text. */
function mutate(text: string, m: Mutation): string {
  if (m.kind === 'truncate') return text.slice(0, m.at % text.length);
  const root = JSON.parse(text) as unknown;
  const all = paths(root);
  const path = all[m.pick % all.length] ?? [];
  const [parent, key] = parentOf(root, path);
  switch (m.kind) {
    case 'rename': {
      if (Array.isArray(parent)) return JSON.stringify(root);
      const entries = Object.entries(parent).map(([k, v]) => [k === key ? m.to : k, v]);
      // Build the JSON text by hand so that a `__proto__` key is written as a key.
      const [p2, k2] = path.length > 1 ? parentOf(root, path.slice(0, -1)) : [null, null];
      const marker = `"@@RENAMED@@"`;
      const body = `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`;
      if (p2 === null) return body;
      p2[k2!] = '@@RENAMED@@';
      return JSON.stringify(root).replace(marker, body);
    }
    case 'replace':
      parent[key] = m.value;
      return JSON.stringify(root);
    case 'huge':
      parent[key] = 'x'.repeat(m.size);
      return JSON.stringify(root);
    case 'deep':
      parent[key] = '@@DEEP@@';
      return JSON.stringify(root).replace('"@@DEEP@@"', `${'{"a":['.repeat(m.depth)}1${']}'.repeat(m.depth)}`);
    case 'proto':
      parent[key] = '@@PROTO@@';
      return JSON.stringify(root).replace('"@@PROTO@@"', `{${JSON.stringify(m.key)}:{"polluted":true}}`);
  }
}

/** What the UI does with a chosen file: parse, and apply only a valid one. */
async function importFlow(repo: Awaited<ReturnType<typeof populated>>['repo'], text: string, mode: 'new' | 'replace-current') {
  const parsed = parseImportFile(text, bytes(text));
  if (!parsed.ok) return parsed;
  await applyImport(repo, parsed.dossiers, mode);
  return parsed;
}

describe('import property (a): bad files never throw, never change the stored data', () => {
  it('random bytes and strings are refused, storage byte-identical', async () => {
    const { kv, repo } = await populated();
    const before = await snapshot(kv);
    const input = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }).map((b) => new TextDecoder().decode(b)),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(input, fc.constantFrom('new' as const, 'replace-current' as const), async (text, mode) => {
        const r = await importFlow(repo, text, mode);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.length).toBeGreaterThan(20);
        expect(await snapshot(kv)).toEqual(before);
      }),
      { numRuns: runs(300, 60) },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('mutated valid exports: refused with a message and storage unchanged, or accepted with validated data', async () => {
    await fc.assert(
      fc.asyncProperty(validExport, mutation, fc.constantFrom('new' as const, 'replace-current' as const), async (text, m, mode) => {
        const { kv, repo } = await populated();
        const before = await snapshot(kv);
        const bad = mutate(text, m);
        let parsed: ReturnType<typeof parseImportFile> | undefined;
        expect(() => (parsed = parseImportFile(bad, bytes(bad)))).not.toThrow();
        if (!parsed!.ok) {
          expect(typeof parsed!.error).toBe('string');
          expect(parsed!.error).not.toMatch(/undefined|\{\w+\}/);
          expect(await snapshot(kv)).toEqual(before);
          // The write gate refuses the raw, unvalidated content too, without writing.
          let raw: unknown = null;
          try {
            raw = JSON.parse(bad);
          } catch {
            // not JSON
          }
          const list = (raw as { dossiers?: unknown })?.dossiers;
          if (Array.isArray(list) && list.some((d) => typeof d !== 'object' || d === null || typeof (d as { named?: unknown }).named !== 'boolean' || !parseDossierData((d as { data?: unknown }).data).ok)) {
            expect((await applyImport(repo, list, mode)).ok).toBe(false);
            expect(await snapshot(kv)).toEqual(before);
          }
        } else {
          for (const d of parsed!.dossiers) {
            const again = parseDossierData(d.data);
            expect(again).toEqual({ ok: true, data: d.data });
            expect(typeof d.name).toBe('string');
          }
          const applied = await applyImport(repo, parsed!.dossiers, mode);
          if (!applied.ok) expect(await snapshot(kv)).toEqual(before);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: runs(250, 50) },
    );
  });
});

describe('import property (b): export → removeAll → import as new restores the dossiers', () => {
  it('names, naming and data come back equal', async () => {
    const dossier = fc.record({ name: fc.oneof(fc.constant(''), fc.string({ maxLength: 20 })), data: dossierDataArb });
    await fc.assert(
      fc.asyncProperty(fc.array(dossier, { minLength: 1, maxLength: 4 }), async (input) => {
        const kv = createMemoryKV();
        const clock = manualClock();
        const repo = createDossierRepo({ kv, now: clock.now, newId: sequentialIds() });
        for (const d of input) {
          const item = await repo.create(d.name);
          clock.advance(1000);
          await repo.save(item.id, d.data);
        }
        const view = async () => {
          const out = [];
          for (const item of await repo.list()) {
            const loaded = await repo.load(item.id);
            if (!loaded.ok) throw new Error(loaded.error);
            out.push({ name: item.name, named: item.named, data: loaded.data });
          }
          return out;
        };
        const before = await view();
        const { dossiers, skipped } = await collectExport(repo);
        expect(skipped).toEqual([]);
        const text = exportPayload(dossiers, NOW);
        await repo.removeAll();
        expect(await kv.keys()).toEqual([]);
        const parsed = parseImportFile(text, bytes(text));
        if (!parsed.ok) throw new Error(parsed.error);
        expect(await applyImport(repo, parsed.dossiers, 'new')).toMatchObject({ ok: true });
        expect(await view()).toEqual(before);
      }),
      { numRuns: runs(80, 20) },
    );
  });
});
