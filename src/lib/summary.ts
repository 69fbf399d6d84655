/**
 * The récapitulatif as data: for each form step, in PASS order, its status, its issues (each
 * with a link to the field on its step page) and every applicable value with its PASS label —
 * all derived from the model and the checks. Pure: the summary island only renders it.
 */
import { SCREENS } from '../model/screens';
import { fieldId, kebab, stepPath } from '../model';
import type { FieldDef, FormDef, ScreenDef } from '../model/types';
import { checkForm } from './checks/record';
import type { LocatedIssue } from './checks/types';
import { fieldApplies, type DossierData, type DossierRecord } from './record';
import { stepStatus, type StepStatus } from './status';
import { displayValue } from './annexe1/display';
import { fill } from './fill';
import { passForm } from './view/pass-form';

/** One line of a step: a value, or a sub-heading (a list entry, an « Externe » block). */
export interface SummaryLine {
  /** Unique within the page. */
  id: string;
  /** `heading` lines have only `label`. */
  kind: 'value' | 'heading';
  /** PASS's label (or the entry heading). */
  label: string;
  /** The value as it reads; empty when not filled. */
  value: string;
  /** What « Copier » gives: the PASS form of the value (`passForm`), e.g. a SIRET without spaces. */
  pass: string;
  /** Filled and worth copying into PASS (text values, not « Oui »/« Non »). */
  copyable: boolean;
}

/** An issue with the link that opens its field. */
export interface SummaryIssue {
  /** Unique within the page. */
  id: string;
  /** « Numéro SIRET : message ». */
  text: string;
  /** Link to the field (or the list) on the step page, base path not included. */
  href: string;
  /** Error or warning. */
  level: 'error' | 'warning';
}

/** One step of the récapitulatif. */
export interface SummaryStep {
  /** Form key (`employeur`…). */
  key: string;
  /** Step slug. */
  slug: string;
  /** Step number. */
  number: number;
  /** Step title. */
  title: string;
  /** Path of the step page (base path not included). */
  path: string;
  /** Its status. */
  status: StepStatus;
  /** Given by PASS after creation (not needed to be ready). */
  afterCreation: boolean;
  /** Issues, errors first. */
  issues: SummaryIssue[];
  /** Values. */
  lines: SummaryLine[];
}

/** Wording the summary needs, from the French table. */
export interface SummaryStrings {
  /** « {noun} n° {n} ». */
  entry: string;
  /** « Entrée n° {n}, {label} : {message} ». */
  entryIssue: string;
  /** « {label} : {message} ». */
  fieldIssue: string;
}

const asRecord = (v: unknown): DossierRecord => (v && typeof v === 'object' && !Array.isArray(v) ? (v as DossierRecord) : {});
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('fr-FR') + s.slice(1);

/** Value lines of one record (fields whose condition holds; e-mail confirmations left out). */
function recordLines(form: FormDef, record: DossierRecord, idPrefix: string): SummaryLine[] {
  const lines: SummaryLine[] = [];
  for (const g of form.groups) {
    const fields = g.fields.filter((f) => fieldApplies(f, record) && f.check !== 'emailConfirmation');
    for (const f of fields) {
      const value = displayValue(f, record[f.key]);
      const pass = value === '' ? '' : passForm(f, record[f.key] ?? '', record);
      lines.push({ id: `${idPrefix}-${kebab(f.key)}`, kind: 'value', label: f.shortLabel ?? f.label, value, pass, copyable: isCopyable(f, value) });
    }
  }
  return lines;
}

/** Text-like values are copied into PASS; choices are clicked there. */
function isCopyable(f: FieldDef, value: string): boolean {
  return value.trim() !== '' && (f.kind === 'text' || f.kind === 'email' || f.kind === 'tel');
}

/** The issue's link and wording. */
function issueOf(screen: ScreenDef, form: FormDef, issue: LocatedIssue, i: number, s: SummaryStrings): SummaryIssue {
  const key = issue.at.fieldKey;
  const label = form.groups.flatMap((g) => g.fields).find((f) => f.key === key)?.label ?? key ?? '';
  const path = stepPath(screen);
  if (form.kind === 'list') {
    const n = issue.at.index;
    const text = n === undefined ? issue.message : fill(s.entryIssue, { n: n + 1, label, message: issue.message });
    const href = n === undefined ? `${path}#entree-${form.key}` : `${path}#${form.key}-entree-${n}-modifier`;
    return { id: `${form.key}-${i}`, text, href, level: issue.level };
  }
  const href = key ? `${path}#f-${fieldId(form.key, key)}` : `${path}#formulaire-${screen.slug}`;
  return { id: `${form.key}-${i}`, text: key ? fill(s.fieldIssue, { label, message: issue.message }) : issue.message, href, level: issue.level };
}

/** The récapitulatif of `data`, one entry per form step in PASS order. */
export function summarize(data: DossierData, s: SummaryStrings, screens: readonly ScreenDef[] = SCREENS): SummaryStep[] {
  return screens
    .filter((screen) => screen.form)
    .map((screen) => {
      const form = screen.form!;
      const value = data[form.key];
      let lines: SummaryLine[];
      if (form.kind === 'list') {
        const entries = Array.isArray(value) ? value.map(asRecord) : [];
        lines = entries.flatMap((e, i) => [
          { id: `${form.key}-${i + 1}`, kind: 'heading' as const, label: fill(s.entry, { noun: capitalise(form.entryNoun), n: i + 1 }), value: '', pass: '', copyable: false },
          ...recordLines(form, e, `${form.key}-${i + 1}`),
        ]);
      } else {
        lines = recordLines(form, asRecord(value), form.key);
      }
      const issues = checkForm(form, value)
        .sort((a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1))
        .map((issue, i) => issueOf(screen, form, issue, i, s));
      return {
        key: form.key,
        slug: screen.slug,
        number: screen.number,
        title: screen.title,
        path: stepPath(screen),
        status: stepStatus(screen, data),
        afterCreation: Boolean(screen.afterCreation),
        issues,
        lines,
      };
    });
}
