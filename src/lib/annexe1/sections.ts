/**
 * The Annexe 1's content derived from the PASS model: one section per form screen, in wizard
 * order, each a flat list of blocks (sub-headings, rows, notes). No field is listed by hand:
 * labels, order, conditions and list entries come from `SCREENS`. No PDF code here.
 *
 * What is left out, and why:
 * - the `afterCreation` screen, except its filled values, in a final « Références » block;
 * - `guideOnly` fields (our own check boxes, e.g. « Identique à l'employeur ») and `mockAs: 'file'`
 *   items (« the file is ready » check boxes standing for PASS's file inputs): they are not values
 *   PASS records;
 * - e-mail confirmations (`check: 'emailConfirmation'`): they repeat the e-mail above them;
 * - fields and groups whose `when` condition does not hold (« Externe » coordinates when the box
 *   is not ticked, « INB » when workers are not exposed).
 */
import { SCREENS, fieldId, kebab, type FieldDef, type FieldGroup, type FormDef, type ScreenDef } from '../../model';
import { fieldApplies, type DossierData, type DossierRecord } from '../dossier';
import { displayValue } from './display';
import { t, tMaybe } from './strings';

/** A value: drawn as text and as a pre-filled form field named `name`. */
export interface AnnexeRow {
  kind: 'row';
  /** Unique AcroForm field name, from the model id (`employeur-siret`, `ces-1-courriel`). */
  name: string;
  /** PASS's label, from the model. */
  label: string;
  /** The value as it reads (option label, « Oui »/« Non », text); may be empty. */
  value: string;
}

/** A heading inside a section: a list entry (« Correspondant n° 1 ») or a PASS block legend. */
export interface AnnexeHeading {
  kind: 'heading';
  /** `entry` for a list entry, `group` for a block legend. */
  level: 'entry' | 'group';
  /** Heading text. */
  text: string;
}

/** A sentence in a section (« Aucun médecin du travail désigné »). */
export interface AnnexeNote {
  kind: 'note';
  /** The sentence. */
  text: string;
}

/** One block of a section. */
export type AnnexeBlock = AnnexeRow | AnnexeHeading | AnnexeNote;

/** One section of the Annexe 1. */
export interface AnnexeSection {
  /** The form key it comes from (`employeur`, `ces`…). */
  key: string;
  /** Section title. */
  title: string;
  /** Its blocks, in PASS order. */
  blocks: AnnexeBlock[];
}

/** AcroForm name of a field of list entry `n` (1-based): `ces-1-courriel`. */
export function listFieldName(formKey: string, n: number, fieldKey: string): string {
  return `${formKey}-${n}-${kebab(fieldKey)}`;
}

/** Whether a field's value belongs in the Annexe 1 (see the module comment). */
export function isAnnexeField(field: FieldDef): boolean {
  return !field.guideOnly && field.mockAs !== 'file' && field.check !== 'emailConfirmation';
}

const asRecord = (v: unknown): DossierRecord =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as DossierRecord) : {};

const asList = (v: unknown): DossierRecord[] => (Array.isArray(v) ? v.map(asRecord) : []);

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('fr-FR') + s.slice(1);

const sameText = (a: string, b: string) => a.localeCompare(b, 'fr', { sensitivity: 'base' }) === 0;

/** Title of the section of a form: our short title, else the model's list or step title. */
function sectionTitle(screen: ScreenDef, form: FormDef): string {
  return tMaybe(`annexe1.section.${form.key}`) ?? (form.kind === 'list' ? form.listTitle : screen.title);
}

/** Whether a group's legend adds information above its rows. */
function showLegend(group: FieldGroup, form: FormDef, title: string): boolean {
  if (sameText(group.legend, title)) return false;
  if (form.kind === 'list' && sameText(group.legend, form.entryTitle)) return false;
  return !(group.fields.length === 1 && sameText(group.fields[0].label, group.legend));
}

/** Blocks of one record: its applicable groups and fields, named by `name(field)`. */
function recordBlocks(form: FormDef, record: DossierRecord, title: string, name: (f: FieldDef) => string): AnnexeBlock[] {
  const blocks: AnnexeBlock[] = [];
  for (const group of form.groups) {
    if (group.when && record[group.when.key] !== group.when.equals) continue;
    const rows: AnnexeRow[] = group.fields
      .filter((f) => isAnnexeField(f) && fieldApplies(f, record))
      .map((f) => ({ kind: 'row', name: name(f), label: f.shortLabel ?? f.label, value: displayValue(f, record[f.key]) }));
    if (rows.length === 0) continue;
    if (showLegend(group, form, title)) blocks.push({ kind: 'heading', level: 'group', text: group.legend });
    blocks.push(...rows);
  }
  return blocks;
}

/** The section of one form screen. */
function formSection(screen: ScreenDef, form: FormDef, data: DossierData): AnnexeSection {
  const title = sectionTitle(screen, form);
  if (form.kind === 'record') {
    return { key: form.key, title, blocks: recordBlocks(form, asRecord(data[form.key]), title, (f) => fieldId(form.key, f.key)) };
  }
  const entries = asList(data[form.key]);
  if (entries.length === 0) {
    return { key: form.key, title, blocks: [{ kind: 'note', text: tMaybe(`annexe1.vide.${form.key}`) ?? t('annexe1.listeVide') }] };
  }
  const blocks = entries.flatMap((entry, i): AnnexeBlock[] => [
    { kind: 'heading', level: 'entry', text: t('annexe1.entree', { noun: capitalise(form.entryNoun), n: i + 1 }) },
    ...recordBlocks(form, entry, title, (f) => listFieldName(form.key, i + 1, f.key)),
  ]);
  return { key: form.key, title, blocks };
}

/** The « Références » block: the filled values of the `afterCreation` screens, or nothing. */
function referencesSection(data: DossierData): AnnexeSection | undefined {
  const rows: AnnexeRow[] = [];
  for (const screen of SCREENS) {
    const form = screen.form;
    if (!screen.afterCreation || !form || form.kind !== 'record') continue;
    const record = asRecord(data[form.key]);
    for (const f of form.groups.flatMap((g) => g.fields)) {
      const value = displayValue(f, record[f.key]);
      if (f.kind !== 'checkbox' && value.trim() !== '') rows.push({ kind: 'row', name: fieldId(form.key, f.key), label: f.label, value });
    }
  }
  return rows.length ? { key: 'references', title: t('annexe1.section.references'), blocks: rows } : undefined;
}

/** Every section of the Annexe 1 for `data`, in wizard order, « Références » last when filled. */
export function annexeSections(data: DossierData): AnnexeSection[] {
  const sections: AnnexeSection[] = [];
  for (const screen of SCREENS) {
    if (!screen.form || screen.afterCreation) continue;
    const section = formSection(screen, screen.form, data);
    if (section.blocks.length) sections.push(section);
  }
  const references = referencesSection(data);
  if (references) sections.push(references);
  return sections;
}
