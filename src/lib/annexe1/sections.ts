/**
 * The Annexe 1's content, read from the dossier's view (`src/lib/view/`): one section per form
 * screen, in wizard order, each a flat list of blocks (sub-headings, rows, notes). No field is
 * listed by hand: labels, order, conditions (group and field `when`) and list entries come from
 * the model through the view. Values are printed in their PASS form (a SIRET as 14 digits, a
 * telephone as digits), check boxes as « Oui » / « Non ». No PDF code here.
 *
 * What is left out, and why:
 * - `guideOnly` fields (our own check boxes, e.g. « Identique à l'employeur », « J'ai ce
 *   justificatif en fichier »): not values PASS records;
 * - e-mail confirmations (`check: 'emailConfirmation'`): they repeat the e-mail above them;
 * - optional fields left empty (Cedex, Télécopie, an unticked « Etranger »): nothing to print; a
 *   section left with no row at all prints one « — » line;
 * - the `afterCreation` screen, except its filled values in a final « Références » block, and
 *   the numbers PASS gives at the signature (`AFTER_SIGNATURE`), which go in the closing box
 *   with editable fields, empty until the user has them.
 *
 * Pieces PASS asks for as files (`mockAs: 'file'`, e.g. the identity card) are listed by name,
 * « À joindre — prête » when ticked, « À préparer » otherwise.
 */
import { SCREENS, type FieldGroup, type FormDef, type ScreenDef } from '../../model';
import type { DossierData } from '../dossier';
import { dossierView, stepFields, type FieldView, type StepView } from '../view/dossier-view';
import { t, tMaybe } from './strings';

/** A value: drawn as text and as a pre-filled form field named `name`. */
export interface AnnexeRow {
  kind: 'row';
  /** Unique AcroForm field name, from the model id (`employeur-siret`, `ces-1-courriel`). */
  name: string;
  /** PASS's label, from the model. */
  label: string;
  /** The value as PASS wants it (option label, « Oui »/« Non », PASS form of the text); may be empty. */
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

/**
 * Keys of the `afterCreation` fields PASS gives at the signature, printed in the closing box
 * « À compléter après la signature » (labels from the model).
 */
const AFTER_SIGNATURE: readonly string[] = ['numeroProtocole', 'nomCle'];

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('fr-FR') + s.slice(1);

const sameText = (a: string, b: string) => a.localeCompare(b, 'fr', { sensitivity: 'base' }) === 0;

/** Whether a field's value belongs in the Annexe 1 (see the module comment). */
function isAnnexeField(f: FieldView): boolean {
  const field = f.field;
  if (field.guideOnly || field.check === 'emailConfirmation') return false;
  return field.required || f.filled;
}

/** The row of a field: pieces by name, boxes « Oui »/« Non », other values in their PASS form. */
function rowOf(f: FieldView): AnnexeRow {
  const field = f.field;
  // A piece is named in full, as PASS asks for it (its short label says « prête », the value does).
  if (field.mockAs === 'file') return { kind: 'row', name: f.name, label: field.label, value: t(f.value === true ? 'annexe1.piece.prete' : 'annexe1.piece.manquante') };
  return { kind: 'row', name: f.name, label: f.label, value: field.kind === 'checkbox' ? f.display : f.pass };
}

/** Title of the section of a form: our short title, else the model's list or step title. */
function sectionTitle(screen: ScreenDef, form: FormDef): string {
  return tMaybe(`annexe1.section.${form.key}`) ?? (form.kind === 'list' ? form.listTitle : screen.title);
}

/** Whether a group's legend adds information above its rows. */
function showLegend(group: FieldGroup, form: FormDef, title: string): boolean {
  if (sameText(group.legend, title)) return false;
  if (form.kind === 'list' && sameText(group.legend, form.entryTitle)) return false;
  const only = group.fields.length === 1 ? group.fields[0] : undefined;
  return !(only && sameText(only.label, group.legend));
}

/** The section of one form step of the view. */
function formSection(step: StepView): AnnexeSection {
  const { form, screen } = step;
  const title = sectionTitle(screen, form);
  if (form.kind === 'list' && step.records.length === 0) {
    return { key: form.key, title, blocks: [{ kind: 'note', text: tMaybe(`annexe1.vide.${form.key}`) ?? t('annexe1.listeVide') }] };
  }
  const blocks = step.records.flatMap((record): AnnexeBlock[] => {
    const rows = record.groups.flatMap((g): AnnexeBlock[] => {
      const groupRows = g.fields.filter(isAnnexeField).map(rowOf);
      if (groupRows.length === 0) return [];
      return showLegend(g.group, form, title) ? [{ kind: 'heading', level: 'group', text: g.group.legend }, ...groupRows] : groupRows;
    });
    const head: AnnexeBlock[] =
      form.kind === 'list' && record.n !== undefined
        ? [{ kind: 'heading', level: 'entry', text: t('annexe1.entree', { noun: capitalise(form.entryNoun), n: record.n }) }]
        : [];
    const empty: AnnexeBlock = { kind: 'note', text: t('annexe1.sectionVide') };
    return [...head, ...(rows.length ? rows : [empty])];
  });
  return { key: form.key, title, blocks };
}

/** The « Références » block: the filled values of the `afterCreation` screens not in the closing box, or nothing. */
function referencesSection(steps: readonly StepView[]): AnnexeSection | undefined {
  const rows = steps
    .filter((s) => s.screen.afterCreation && s.form.kind === 'record')
    .flatMap(stepFields)
    .filter((f) => f.field.kind !== 'checkbox' && f.filled && !AFTER_SIGNATURE.includes(f.field.key))
    .map((f): AnnexeRow => ({ kind: 'row', name: f.name, label: f.field.label, value: f.pass }));
  return rows.length ? { key: 'references', title: t('annexe1.section.references'), blocks: rows } : undefined;
}

/** Every section of the Annexe 1 for `data`, in wizard order, « Références » last when filled. */
export function annexeSections(data: DossierData, screens: readonly ScreenDef[] = SCREENS): AnnexeSection[] {
  const steps = dossierView(data, screens);
  const sections = steps.filter((s) => !s.screen.afterCreation).map(formSection);
  const references = referencesSection(steps);
  return references ? [...sections, references] : sections;
}

/**
 * The closing box « À compléter après la signature »: one row per `AFTER_SIGNATURE` field, its
 * value when the user already has it, else empty (an editable field to fill in later).
 */
export function afterSignatureSection(data: DossierData, screens: readonly ScreenDef[] = SCREENS): AnnexeSection {
  const fields = dossierView(data, screens)
    .filter((s) => s.screen.afterCreation)
    .flatMap(stepFields)
    .filter((f) => AFTER_SIGNATURE.includes(f.field.key));
  const rows = fields.map((f): AnnexeRow => ({ kind: 'row', name: f.name, label: f.field.label, value: f.pass }));
  return { key: 'apres-signature', title: t('annexe1.apresSignature'), blocks: rows };
}
