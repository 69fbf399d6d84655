/**
 * Reading one stored record safely: what it is (absent, valid, from a newer version, unreadable),
 * and setting an unreadable value aside under a `corrupt:` key instead of dropping it.
 */
import type { DossierData } from '../dossier';
import { parseDossierData } from '../schema';
import type { KeyValue } from './kv';
import { STORAGE_VERSION, corruptKey, isStoredRecord, versionOf } from './layout';
import { t } from './strings';

/** What a stored record turned out to be. */
export type Inspected =
  | { kind: 'absent' }
  | { kind: 'ok'; savedAt: string; data: DossierData }
  | { kind: 'future'; version: number }
  | { kind: 'corrupt'; error: string; raw: unknown };

/** Classifies a stored value; the data of a valid record is re-validated by `parseDossierData`. */
export function inspectRecord(raw: unknown): Inspected {
  if (raw === null || raw === undefined) return { kind: 'absent' };
  const v = versionOf(raw);
  if (v !== undefined && v > STORAGE_VERSION) return { kind: 'future', version: v };
  if (!isStoredRecord(raw)) return { kind: 'corrupt', error: t('store.error.corruptShape'), raw };
  const parsed = parseDossierData(raw.data);
  if (!parsed.ok) return { kind: 'corrupt', error: parsed.error, raw };
  return { kind: 'ok', savedAt: new Date(Date.parse(raw.savedAt)).toISOString(), data: parsed.data };
}

/** The same JSON text (stored values are JSON data). */
function sameJson(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

/**
 * Copies `raw` under `corrupt:<base>` (or a dated variant when taken) unless an identical copy is
 * already there; returns the key holding the copy.
 */
export async function setAside(kv: KeyValue, base: string, raw: unknown, now: Date): Promise<string> {
  const keys = new Set(await kv.keys());
  for (const k of keys) {
    if ((k === `corrupt:${base}` || k.startsWith(`corrupt:${base}:`)) && sameJson(await kv.getItem(k), raw)) return k;
  }
  const key = corruptKey(base, (k) => keys.has(k), now);
  await kv.setItem(key, raw);
  return key;
}
