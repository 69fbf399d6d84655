/**
 * Whether a field or a group applies to a record. Same rule as `fieldApplies` in
 * `src/lib/dossier.ts` (a test keeps them in step), restated here so the checks do not import
 * `dossier.ts`, which pulls in the whole model; and total on untrusted records.
 */
import type { FieldCondition } from '../../model/types';
import { read } from './value';

/** Whether `condition` holds on `record` (no condition always holds). */
export function conditionHolds(condition: FieldCondition | undefined, record: unknown): boolean {
  return condition === undefined || read(record, condition.key) === condition.equals;
}
