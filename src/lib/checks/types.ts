/**
 * Shapes shared by the checks: an issue (error or warning with its French message), a check
 * function, and an issue's location in the dossier. Pure types and two constructors.
 */

/** `error` blocks « dossier complet »; `warning` only advises. */
export type IssueLevel = 'error' | 'warning';

/** One problem found on a value. A check returns `[]` when the value is fine. */
export interface Issue {
  /** How serious it is. */
  level: IssueLevel;
  /** French message: what is wrong, the expected format, an example. */
  message: string;
}

/**
 * A rule on one text value. `sibling` is the value of the field named by `dependsOn` in the
 * model (the « Etranger » box, the « Courriel » to confirm), `undefined` when there is none.
 */
export type Check = (value: string, sibling?: unknown) => Issue[];

/** Where an issue is: a form of the dossier, an entry of a list, a field. */
export interface IssueLocation {
  /** Key of the form in the dossier (`employeur`, `ces`…). */
  formKey: string;
  /** 0-based entry of a list form; absent for record forms. */
  index?: number;
  /** Key of the field; absent for issues about a whole list (too few entries). */
  fieldKey?: string;
}

/** An issue with its location, as returned by `checkRecord`, `checkList`, `checkDossier`. */
export interface LocatedIssue extends Issue {
  /** Where it is. */
  at: IssueLocation;
}

/** An error issue. */
export const error = (message: string): Issue => ({ level: 'error', message });

/** A warning issue. */
export const warning = (message: string): Issue => ({ level: 'warning', message });
