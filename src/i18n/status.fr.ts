/**
 * The four step statuses: the one list and type every view uses (badges, status mirror, islands,
 * summary), with their French names. Tiny on purpose: the badge script on every page reads it.
 * What each status means is in `src/lib/status.ts`.
 */

/** The four step statuses, as every view names them (badges, islands, summary). */
export const STATUS_LABELS = { vide: 'Non commencé', 'en-cours': 'En cours', complet: 'Complet', erreurs: 'À corriger' } as const;

/** A step's status (see `src/lib/status.ts`). */
export type StepStatus = keyof typeof STATUS_LABELS;

/** Whether `s` is a step status. */
export function isStepStatus(s: unknown): s is StepStatus {
  return typeof s === 'string' && Object.hasOwn(STATUS_LABELS, s);
}
