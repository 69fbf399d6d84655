/**
 * Which issues a form shows, and when: a field's messages appear once the field has been left
 * (blur) or the step validated — never on every keystroke before the first blur.
 */
import type { LocatedIssue } from '../checks/types';

/** Where the user has been: fields left at least once, and whether « Valider » was pressed. */
export interface Exposure {
  /** Keys of fields the user has left (blur) at least once. */
  touched: ReadonlySet<string>;
  /** The step (or the entry being added) was validated: show everything. */
  validated: boolean;
}

/** The issues of one field that should be shown now. */
export function shownIssues(issues: readonly LocatedIssue[], fieldKey: string, exposure: Exposure, index?: number): LocatedIssue[] {
  if (!exposure.validated && !exposure.touched.has(fieldKey)) return [];
  return issues.filter((i) => i.at.fieldKey === fieldKey && i.at.index === index);
}

/** Whether any issue is an error. */
export function hasError(issues: readonly { level: string }[]): boolean {
  return issues.some((i) => i.level === 'error');
}

/** One French line for a field's issues: errors first, then warnings. */
export function messageLine(issues: readonly LocatedIssue[]): string {
  const sorted = [...issues].sort((a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1));
  return sorted.map((i) => i.message).join(' ');
}
