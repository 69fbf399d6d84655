/**
 * Types of the single PASS model. Everything the site shows about PASS — form islands, zod
 * schemas, screen mock-ups, summary, Annexe 1 PDF, `/liens/` — is derived from values of these
 * types, declared once in `src/model/`.
 */

/** How a field is entered. `radio` and `select` take their options from `options`. */
export type FieldKind = 'text' | 'email' | 'tel' | 'radio' | 'checkbox' | 'select';

/**
 * Name of the check that validates a field (see `src/lib/checks`). `required` is not a check: it
 * is the field's `required` flag. A field with no check is only checked for presence.
 */
export type CheckId =
  | 'texte'
  | 'siret'
  | 'codePostal'
  | 'ville'
  | 'email'
  | 'emailConfirmation'
  | 'mobile'
  | 'telephone'
  | 'rpps'
  | 'habilitation';

/** One option of a radio group or select. `value` is stored; `label` is PASS's wording. */
export interface FieldOption {
  /** Stable value stored in the dossier. */
  value: string;
  /** Label shown by PASS, verbatim. */
  label: string;
}

/** A group of options of a select, shown as an `<optgroup>` (the SISERI activity domains). */
export interface OptionGroup {
  /** Stable code of the group (SISERI domain code). */
  code: string;
  /** Group label. */
  label: string;
  /** Options of the group. */
  options: readonly FieldOption[];
}

/** Condition on a sibling value of the same record: the field applies only when it holds. */
export interface FieldCondition {
  /** Key of the sibling field. */
  key: string;
  /** Value (string or boolean) the sibling must have. */
  equals: string | boolean;
}

/** One field of a PASS screen, as PASS shows it. */
export interface FieldDef {
  /** Property name in the dossier record (camelCase). Part of the stable id: never rename. */
  key: string;
  /** PASS label verbatim, without the asterisk (the asterisk is derived from `required`). */
  label: string;
  /** A short name for summaries and the PDF when PASS's label is a sentence (« Activité principale »). */
  shortLabel?: string;
  /** How the value is entered. */
  kind: FieldKind;
  /** Whether PASS requires it (shown with « * » in PASS). */
  required: boolean;
  /** Short help shown under the label (our words, not PASS's). */
  hint?: string;
  /**
   * What to do when a required value is missing, one sentence that does not repeat the hint
   * (« Saisissez le numéro SIRET de 14 chiffres. »); without it the checks say « Saisissez « label ». ».
   */
  instruction?: string;
  /** HTML `autocomplete` token (WCAG 1.3.5), or `off`. */
  autocomplete: string;
  /** The rule that checks the value beyond presence. */
  check?: CheckId;
  /** For checks that read a sibling (e-mail confirmation, « Etranger » box): its key. */
  dependsOn?: string;
  /** Options of a radio group or a flat select. */
  options?: readonly FieldOption[];
  /** Grouped options of a select. */
  optionGroups?: readonly OptionGroup[];
  /** Default value of a new record. */
  defaultValue?: string | boolean;
  /** The field is ours, not PASS's (a checklist item, a value PASS gives back): no asterisk in mock-ups. */
  guideOnly?: boolean;
  /** Show a « capitales sans accents » preview (names SISERI may print in capitals). */
  capitals?: boolean;
  /** `inputmode` hint for phones. */
  inputMode?: 'numeric' | 'tel' | 'email' | 'text';
  /** Applies only when this condition holds (otherwise ignored and not required). */
  when?: FieldCondition;
  /** How the mock-up draws it when PASS shows another control (a file input for a checklist item). */
  mockAs?: 'file';
  /**
   * How PASS's screen shows the label, when the seed differs from the default (label, plus « * »
   * when required): `hidden` — PASS shows the choices only (« Domaine civil / Domaine militaire »);
   * `plain` — the label without an asterisk (the Oui/Non questions).
   */
  mockLabel?: 'hidden' | 'plain';
}

/** A titled set of fields inside a form (a PASS block such as « CES Externe »). */
export interface FieldGroup {
  /** Stable id of the group, used in anchors (`#bloc-<screen>-<id>`). */
  id: string;
  /** Heading PASS shows above the block, verbatim (or ours when PASS has none). */
  legend: string;
  /** The fields in PASS order. */
  fields: readonly FieldDef[];
  /** The whole group applies only when this condition holds. */
  when?: FieldCondition;
  /** A sentence PASS prints at the top of the block, verbatim. */
  note?: string;
}

/** The form of a screen that fills one record of the dossier. */
export interface RecordForm {
  /** One record. */
  kind: 'record';
  /** Key of the record in the dossier (`employeur`, `representant`…). */
  key: string;
  /** Field groups in PASS order. */
  groups: readonly FieldGroup[];
}

/** A column of PASS's list table. */
export interface ListColumn {
  /** PASS's column heading, verbatim. */
  label: string;
  /** Key of the entry field shown in the column; absent for the « Supprimer » action column. */
  field?: string;
}

/** The form of a screen that fills a repeatable list (CES, MDT, PCR). */
export interface ListForm {
  /** A list of records. */
  kind: 'list';
  /** Key of the list in the dossier (`ces`, `mdt`, `pcr`). */
  key: string;
  /** Minimum number of entries (1 for CES and PCR, 0 for MDT). */
  min: number;
  /** PASS title of the list table, verbatim. */
  listTitle: string;
  /** PASS title of the entry form, verbatim (« Ajouter ou modifier … »). */
  entryTitle: string;
  /** Singular noun for one entry, used in buttons and messages (« correspondant »). */
  entryNoun: string;
  /** The same noun with its indefinite article (« un correspondant », « une personne compétente »). */
  entryNounIndefinite: string;
  /** Columns of PASS's table: label verbatim, and the entry field each shows (none for actions). */
  columns: readonly ListColumn[];
  /** PASS's warning under the table, verbatim. */
  warning: string;
  /** Field groups of one entry in PASS order. */
  groups: readonly FieldGroup[];
}

/** A screen's form: one record or a list. */
export type FormDef = RecordForm | ListForm;

/** An element of a screen mock-up that is not a dossier field. */
export type MockElement =
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string; tone?: 'banner' | 'note' | 'warning' }
  | { kind: 'link'; label: string; highlight?: boolean }
  | { kind: 'button'; label: string; highlight?: boolean }
  | { kind: 'checkbox'; label: string; highlight?: boolean }
  | { kind: 'radio'; label: string; highlight?: boolean }
  | { kind: 'input'; label: string; required?: boolean; highlight?: boolean }
  | { kind: 'file'; label: string }
  | { kind: 'form' };

/** PASS's confirmation pop-ups, reproduced word for word. */
export interface Confirmation {
  /** Stable id (`habilitation-vide`, `sans-medecin`). */
  id: string;
  /** PASS's text, paragraph by paragraph, verbatim. */
  paragraphs: readonly string[];
  /** PASS's buttons. */
  buttons: readonly string[];
}

/** One step of the guide = one PASS screen. */
export interface ScreenDef {
  /** 1-based position in the wizard. */
  number: number;
  /** URL slug under `/etapes/`: a public contract, never change it. */
  slug: string;
  /** Our title of the step. */
  title: string;
  /** Title PASS shows on this screen (or the page shown), verbatim. */
  passTitle: string;
  /** Drawn as a page of the public SISERI site (step 1), not as a PASS window. */
  siseriSite?: boolean;
  /** The seed's instruction for this screen, verbatim. */
  instruction: string;
  /** Mock-up of the screen, top to bottom; `{ kind: 'form' }` marks where the form's fields go. */
  mock: readonly MockElement[];
  /** The dossier part this screen fills, if any. */
  form?: FormDef;
  /** Ids of PASS confirmation pop-ups this screen may show (see `CONFIRMATIONS`). */
  confirmations?: readonly string[];
  /** A helper the island shows besides the fields (`proof-links`: company-proof links from the SIRET). */
  extra?: 'proof-links';
  /** The screen's values are given by PASS after creation: not needed for « dossier prêt ». */
  afterCreation?: boolean;
}
