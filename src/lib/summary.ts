/**
 * The récapitulatif as data: for each form step, in PASS order, its status, its issues (each
 * with a link to the field on its step page) and every applicable value with its PASS label —
 * all read from the dossier's view (`view/dossier-view.ts`) and the checks. Pure: the summary
 * island only renders it.
 */
import { SCREENS } from '../model/screens';
import type { ScreenDef } from '../model/types';
import { fill } from '../i18n/fill';
import { checkForm } from './checks/record';
import type { LocatedIssue } from './checks/types';
import type { DossierData } from './record';
import { stepStatus, type StepStatus } from './status';
import { dossierView, type FieldView, type RecordView, type StepView } from './view/dossier-view';
import { fieldHref } from './view/ids';

/** One line of a step: a value, or a sub-heading (a list entry, an « Externe » block). */
export interface SummaryLine {
  /** Unique within the page. */
  id: string;
  /** `heading` lines have only `label`. */
  kind: 'value' | 'heading';
  /** PASS's label (or the entry heading). */
  label: string;
  /** The value as it reads (as typed, option label, « Oui »/« Non »); empty when not filled. */
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

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('fr-FR') + s.slice(1);

/** Value lines of one record of the view (e-mail confirmations left out: they repeat the e-mail). */
function recordLines(record: RecordView): SummaryLine[] {
  return record.groups.flatMap((g) =>
    g.fields
      .filter((f) => f.field.check !== 'emailConfirmation')
      .map((f) => ({ id: f.name, kind: 'value' as const, label: f.label, value: f.display, pass: f.pass, copyable: isCopyable(f) })),
  );
}

/** Text-like values are copied into PASS; choices are clicked there. */
function isCopyable(f: FieldView): boolean {
  const kind = f.field.kind;
  return f.filled && (kind === 'text' || kind === 'email' || kind === 'tel');
}

/** The issue's link and wording. */
function issueOf(step: StepView, issue: LocatedIssue, i: number, s: SummaryStrings): SummaryIssue {
  const { form, screen, path } = step;
  const key = issue.at.fieldKey;
  const label = form.groups.flatMap((g) => g.fields).find((f) => f.key === key)?.label ?? key ?? '';
  const href = fieldHref({ path, slug: screen.slug, formKey: form.key, list: form.kind === 'list', fieldKey: key, index: issue.at.index });
  let text = issue.message;
  if (form.kind === 'list') {
    if (issue.at.index !== undefined) text = fill(s.entryIssue, { n: issue.at.index + 1, label, message: issue.message });
  } else if (key) {
    text = fill(s.fieldIssue, { label, message: issue.message });
  }
  return { id: `${form.key}-${i}`, text, href, level: issue.level };
}

/** The récapitulatif of `data`, one entry per form step in PASS order. */
export function summarize(data: DossierData, s: SummaryStrings, screens: readonly ScreenDef[] = SCREENS): SummaryStep[] {
  return dossierView(data, screens).map((step) => {
    const { form, screen } = step;
    const lines: SummaryLine[] =
      form.kind === 'list'
        ? step.records.flatMap((r) => [
            { id: `${form.key}-${r.n}`, kind: 'heading' as const, label: fill(s.entry, { noun: capitalise(form.entryNoun), n: r.n ?? 0 }), value: '', pass: '', copyable: false },
            ...recordLines(r),
          ])
        : step.records.flatMap(recordLines);
    const issues = checkForm(form, step.value)
      .sort((a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1))
      .map((issue, i) => issueOf(step, issue, i, s));
    return {
      key: form.key,
      slug: screen.slug,
      number: screen.number,
      title: screen.title,
      path: step.path,
      status: stepStatus(screen, data),
      afterCreation: Boolean(screen.afterCreation),
      issues,
      lines,
    };
  });
}
