/**
 * The form island (`x-data="formIsland"`): one factory for record forms and list forms. It binds
 * state to the markup Astro rendered from the model; every check, list operation and status is
 * a pure function of `src/lib`, and the dossier session, the clock-free helpers and the strings
 * are injected, so the factory can be called in a unit test without a DOM.
 *
 * Alpine CSP build: bindings name methods or properties only; a field's key travels in
 * `data-key` and is read from `this.$el`.
 */
import type { FormDef, ListForm } from '../model/types';
import type { DossierData, DossierRecord, FieldValue } from '../lib/record';
import { appliesIn, emptyRecord } from '../lib/record';
import type { LocatedIssue } from '../lib/checks/types';
import type { StepStatus } from '../lib/status';
import { hasError, messageLine, shownIssues } from '../lib/island/visibility';
import { addEntry, moveEntry, removeEntry, replaceEntry } from '../lib/island/list-ops';
import { copyFromEmployer } from '../lib/island/identique';
import { fill } from '../i18n/fill';
import { entryEditId, entryFormId, inputId } from '../lib/view/ids';
import { highlightTarget } from '../scripts/anchors';
import { askDialog } from '../scripts/confirm-dialog';
import type { frIsland as FrIsland } from '../i18n/fr';
import type { DossierSession } from './session';
import { adoptTyped } from './early-input';

/** What the island needs from the page, injected by the entry module. */
export interface IslandDeps {
  /** The current dossier, loaded and saved by the persistence layer. */
  session: DossierSession;
  /** Announces a message to screen readers. */
  announce: (message: string) => void;
  /** Reads the JSON form definition embedded in the page. */
  readForm: (defId: string) => FormDef;
  /** The island strings (rendered by the page from the French table). */
  strings: typeof FrIsland;
  /** Loads the checking logic (a separate chunk). */
  loadLogic: () => Promise<IslandLogic>;
}

/** The checking logic the island uses (see `logic.ts`). */
export type IslandLogic = typeof import('./logic');

/** One row of a list table, derived from an entry. */
export interface Row {
  key: string;
  index: number;
  number: number;
  cells: Record<string, string>;
  editId: string;
  editLabel: string;
  upLabel: string;
  downLabel: string;
  removeLabel: string;
  first: boolean;
  last: boolean;
  rowClass: string;
  hasMessage: boolean;
  message: string;
}

/** A link of the error summary. */
export interface SummaryItem {
  id: string;
  href: string;
  text: string;
}

/**
 * Results of the checks by the JSON of what was checked: Alpine evaluates a field's bindings
 * (message, class, aria-invalid…) one by one, and each asks for the record's issues; checking
 * the whole record once per change instead of once per binding keeps typing smooth on old phones.
 * Reading the JSON also subscribes the binding to every value it depends on.
 */
const memo = new Map<string, unknown>();
function memoized<T>(key: string, compute: () => T): T {
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  if (memo.size > 12) memo.delete(memo.keys().next().value as string);
  memo.set(key, value);
  return value;
}

/** The island component; Alpine binds `this` to its reactive proxy with the magics. */
export class FormIsland {
  declare $el: HTMLElement;
  declare $refs: Record<string, HTMLElement>;
  declare $nextTick: (cb: () => void) => void;
  declare $event: Event | undefined;
  private readonly deps: IslandDeps;

  constructor(deps: IslandDeps) {
    this.deps = deps;
  }

  private get frIsland() {
    return this.deps.strings;
  }

  formKey = '';
  slug = '';
  noun = '';
  form: FormDef | undefined = undefined;
  data: DossierData = {};
  draft: DossierRecord = {};
  editIndex = -1;
  touched: string[] = [];
  validated = false;
  draftValidated = false;
  summaryShown = false;
  summaryItems: SummaryItem[] = [];
  doneMessage = '';
  loaded = false;
  /** The checks, once their chunk has arrived (until then nothing is flagged). */
  logic: IslandLogic | null = null;
  saveText = '';
  saveTone: 'info' | 'error' = 'info';
  noticeText = '';
  noticeKind = '';
  /** Fields changed before the dossier was loaded (see `init`). */
  earlyKeys: string[] = [];

  /** Reads the form definition, loads the dossier and follows remote changes. */
  async init() {
    const root = this.$el;
    this.formKey = root.dataset.form ?? '';
    this.slug = root.dataset.slug ?? '';
    this.noun = root.dataset.noun ?? '';
    this.form = this.deps.readForm(root.dataset.def ?? '');
    if (this.form.kind === 'list') this.draft = emptyRecord(this.form);
    adoptTyped(this, root); // typed before Alpine started: kept (see early-input.ts)
    void this.deps.loadLogic().then((l) => (this.logic = l));
    const session = this.deps.session;
    session.onStatus((s) => {
      this.saveText = s.text;
      this.saveTone = s.tone;
    });
    session.onNotice((n) => {
      this.noticeText = n?.text ?? '';
      this.noticeKind = n?.kind ?? '';
    });
    // Values typed before the saved dossier arrived go over it (never the reverse, never a save of the empty one).
    const stored = await session.load();
    const early = this.form.kind === 'record' ? this.data[this.formKey] : undefined;
    this.data = stored;
    this.loaded = true;
    if (early && !Array.isArray(early) && this.earlyKeys.length) {
      const rec = this.target();
      for (const key of this.earlyKeys) rec[key] = early[key]!;
      this.earlyKeys = [];
      this.changed();
    }
    // Rows and list entries exist only now: a link to one of them (from the summary) can land.
    if (location.hash) this.$nextTick(() => highlightTarget());
    session.onReplace((data) => {
      this.data = data;
    });
  }

  // ——— state derived from the dossier ———

  /** The record being edited: the form's record, or the list's entry draft. */
  target(): DossierRecord {
    if (this.form?.kind === 'list') return this.draft;
    const rec = this.data[this.formKey];
    if (!rec || Array.isArray(rec)) {
      const fresh = this.form ? emptyRecord(this.form) : {};
      this.data[this.formKey] = fresh;
      return this.data[this.formKey] as DossierRecord;
    }
    return rec;
  }
  /** The list's entries (list forms). */
  entries(): DossierRecord[] {
    const v = this.data[this.formKey];
    return Array.isArray(v) ? v : [];
  }
  /** Issues of the record (or of the draft, for lists). */
  issues(): LocatedIssue[] {
    if (!this.form) return [];
    const logic = this.logic;
    const form = this.form;
    const target = this.target();
    return logic ? memoized(`r:${form.key}:${JSON.stringify(target)}`, () => logic.checkRecord(form, target)) : [];
  }
  /** Issues of the whole list (entries and the minimum count). */
  listIssues(): LocatedIssue[] {
    const logic = this.logic;
    const form = this.form;
    if (form?.kind !== 'list' || !logic) return [];
    const entries = this.entries();
    return memoized(`l:${form.key}:${JSON.stringify(entries)}`, () => logic.checkList(form, entries));
  }
  /** The dossier and the checks have arrived (`data-ready` on the island, for tests and styles). */
  get ready(): boolean {
    return this.loaded && this.logic !== null;
  }
  /** Status of the step from the saved dossier. */
  get status(): StepStatus {
    const logic = this.logic;
    const form = this.form;
    if (!form || !logic) return 'vide';
    const value = this.data[form.key];
    return memoized(`s:${form.key}:${JSON.stringify(value)}`, () => logic.stepStatus({ form } as never, { [form.key]: value }));
  }
  /** Label of the status badge. */
  get statusLabel(): string {
    return this.frIsland.status[this.status];
  }

  // ——— one field (key in data-key of $el) ———

  keyOf(): string {
    return this.$el.dataset.key ?? this.$el.closest<HTMLElement>('[data-key]')?.dataset.key ?? '';
  }
  /** The issues shown for the field of `$el`. */
  fieldIssues(): LocatedIssue[] {
    const key = this.keyOf();
    const validated = this.form?.kind === 'list' ? this.draftValidated : this.validated;
    return shownIssues(this.issues(), key, { touched: new Set(this.touched), validated });
  }
  fieldValue(): string {
    const v = this.target()[this.keyOf()];
    return typeof v === 'string' ? v : '';
  }
  isChecked(): boolean {
    const el = this.$el as HTMLInputElement;
    const v = this.target()[this.keyOf()];
    return el.type === 'checkbox' ? v === true : v === el.value;
  }
  fieldMessage(): string {
    return messageLine(this.fieldIssues());
  }
  fieldClass(): string {
    const shown = this.fieldIssues();
    if (hasError(shown)) return 'field--error';
    return shown.length ? 'field--warning' : '';
  }
  ariaInvalid(): string | undefined {
    return hasError(this.fieldIssues()) ? 'true' : undefined;
  }
  fieldApplies(): boolean {
    const key = this.keyOf();
    const field = this.form?.groups.flatMap((g) => g.fields).find((f) => f.key === key);
    return field && this.form ? appliesIn(this.form, field, this.target()) : true;
  }
  /** Fields copied from the employer are read-only while « Identique à l'employeur » is ticked. */
  isLocked(): boolean {
    return this.target().identiqueEmployeur === true && this.keyOf() !== 'identiqueEmployeur';
  }
  hasUnsafe(): boolean {
    const v = this.target()[this.keyOf()];
    return typeof v === 'string' && Boolean(this.logic) && this.logic!.unsafeCharacters(v).length > 0;
  }
  showCapitals(): boolean {
    const v = this.target()[this.keyOf()];
    return typeof v === 'string' && v.trim() !== '' && Boolean(this.logic) && this.logic!.capitalsPreview(v) !== v.trim();
  }
  capitals(): string {
    const v = this.target()[this.keyOf()];
    return typeof v === 'string' && this.logic ? this.logic.capitalsPreview(v) : '';
  }

  // ——— events ———

  /** Stores the value typed or chosen, then saves. */
  onInput() {
    const el = this.$el as HTMLInputElement;
    const key = this.keyOf();
    const value: FieldValue = el.type === 'checkbox' ? el.checked : el.value;
    const rec = this.target();
    rec[key] = value;
    if (!this.loaded && this.form?.kind === 'record' && !this.earlyKeys.includes(key)) this.earlyKeys.push(key);
    if (key === 'identiqueEmployeur' && value === true) this.syncFromEmployer();
    if (el.type === 'radio' || el.type === 'checkbox' || el.tagName === 'SELECT') this.touch(key);
    this.doneMessage = '';
    this.changed();
  }
  /** Marks the field as left: its messages may show from now on. */
  onBlur() {
    this.touch(this.keyOf());
  }
  touch(key: string) {
    if (key && !this.touched.includes(key)) this.touched.push(key);
  }
  /** One-click clean-up of the characters PASS may refuse. */
  cleanField() {
    const key = this.keyOf();
    const rec = this.target();
    const v = rec[key];
    if (typeof v === 'string' && this.logic) rec[key] = this.logic.cleanText(v);
    this.deps.announce(this.frIsland.cleaned);
    this.changed();
  }
  /** Copies the employer's values into the establishment (« Identique à l'employeur »). */
  syncFromEmployer() {
    const emp = this.data.employeur;
    if (!emp || Array.isArray(emp)) return;
    Object.assign(this.target(), copyFromEmployer(this.target(), emp));
  }
  /** Saves the dossier (debounced by the session); not before it is loaded, which would overwrite it. */
  changed() {
    if (!this.loaded) return;
    if (this.form?.kind !== 'list' && this.target().identiqueEmployeur === true) this.syncFromEmployer();
    this.deps.session.save(this.data);
  }

  // ——— save status and notices ———

  get noticeShown(): boolean {
    return this.noticeText !== '';
  }
  get noticeClass(): string {
    return `island__notice island__notice--${this.noticeKind}`;
  }
  /** Another tab or a conflict: the user chooses between the stored values and theirs. */
  get noticeNeedsChoice(): boolean {
    return this.noticeKind === 'remote-change' || this.noticeKind === 'conflict';
  }
  /** Storage refused or failing: offer the export as the backup. */
  get noticeOffersExport(): boolean {
    return this.noticeKind === 'memory-only' || this.noticeKind === 'load-error' || this.saveTone === 'error';
  }
  get saveClass(): string {
    return this.saveTone === 'error' ? 'save-status save-status--error' : 'save-status';
  }
  async reloadDossier() {
    await this.deps.session.reload();
  }
  async keepMine() {
    await this.deps.session.keepMine();
  }
  async exportDossier() {
    await this.deps.session.exportCurrent();
  }

  // ——— lists ———

  get isEmpty(): boolean {
    return this.entries().length === 0;
  }
  get isEditing(): boolean {
    return this.editIndex >= 0;
  }
  get entryLegend(): string {
    return this.form?.kind === 'list'
      ? this.isEditing
        ? fill(this.frIsland.editingLegend, { title: this.form.entryTitle, n: this.editIndex + 1 })
        : this.form.entryTitle
      : '';
  }
  get entryButton(): string {
    return this.isEditing ? this.frIsland.saveEntry : this.frIsland.add;
  }
  get rows(): Row[] {
    const form = this.form as ListForm | undefined;
    if (!form || form.kind !== 'list') return [];
    const list = this.entries();
    const issues = this.listIssues();
    return list.map((e, i) => {
      const name = `${String(e.prenom ?? '')} ${String(e.nom ?? '')}`.trim() || fill(this.frIsland.entryN, { n: i + 1 });
      const own = issues.filter((x) => x.at.index === i);
      const cells: Record<string, string> = {};
      for (const c of form.columns) {
        if (!c.field) continue;
        const v = e[c.field];
        cells[c.field] =
          c.field === 'externe'
            ? v === true
              ? this.frIsland.externe
              : this.frIsland.employeur
            : typeof v === 'boolean'
              ? v
                ? this.frIsland.yes
                : this.frIsland.no
              : String(v ?? '');
      }
      return {
        key: `${i}-${String(e.courriel ?? '')}`,
        index: i,
        number: i + 1,
        cells,
        editId: entryEditId(this.formKey, i),
        editLabel: fill(this.frIsland.editLabel, { name }),
        upLabel: fill(this.frIsland.upLabel, { name }),
        downLabel: fill(this.frIsland.downLabel, { name }),
        removeLabel: fill(this.frIsland.removeLabel, { name }),
        first: i === 0,
        last: i === list.length - 1,
        rowClass: hasError(own) ? 'row--error' : '',
        hasMessage: own.length > 0,
        message: messageLine(own),
      };
    });
  }
  indexOf(): number {
    return Number(this.$el.dataset.index ?? -1);
  }
  setEntries(list: DossierRecord[]) {
    this.data[this.formKey] = list;
    this.changed();
  }
  /** « Ajouter » / « Enregistrer les modifications »: checks the draft, asks PASS's question, stores. */
  async submitEntry() {
    const form = this.form;
    if (!form || form.kind !== 'list') return;
    this.logic ??= await this.deps.loadLogic();
    this.draftValidated = true;
    const errors = this.issues().filter((i) => i.level === 'error');
    if (errors.length) {
      this.showSummary(
        errors.map((e) => this.itemFor(e)),
        this.frIsland.entrySummaryTitle,
      );
      return;
    }
    if (this.logic?.needsHabilitationConfirmation(this.draft) && !(await this.confirm('habilitation-vide'))) {
      document.getElementById(`f-${form.key}-habilitation`)?.focus();
      return;
    }
    const entry = { ...this.draft };
    const editing = this.editIndex;
    this.setEntries(editing >= 0 ? replaceEntry(this.entries(), editing, entry) : addEntry(this.entries(), entry));
    this.resetDraft();
    this.hideSummary();
    const name = `${String(entry.prenom ?? '')} ${String(entry.nom ?? '')}`.trim();
    this.deps.announce(fill(editing >= 0 ? this.frIsland.entrySaved : this.frIsland.entryAdded, { noun: this.noun, name }));
    this.$nextTick(() => document.getElementById(`${form.key}-liste`)?.focus());
  }
  resetDraft() {
    if (this.form) this.draft = emptyRecord(this.form);
    this.editIndex = -1;
    this.draftValidated = false;
    this.touched = [];
  }
  editEntry() {
    const i = this.indexOf();
    const e = this.entries()[i];
    if (!e) return;
    this.draft = { ...e };
    this.editIndex = i;
    this.draftValidated = true;
    this.$nextTick(() => document.getElementById(entryFormId(this.formKey))?.querySelector<HTMLElement>('input,select')?.focus());
  }
  cancelEdit() {
    this.resetDraft();
    this.hideSummary();
  }
  moveUp() {
    this.moveBy(this.indexOf(), -1);
  }
  moveDown() {
    this.moveBy(this.indexOf(), 1);
  }
  moveBy(i: number, delta: number) {
    const to = i + delta;
    if (to < 0 || to >= this.entries().length) return;
    this.setEntries(moveEntry(this.entries(), i, to));
    this.deps.announce(fill(this.frIsland.moved, { n: to + 1 }));
    this.$nextTick(() => document.getElementById(entryEditId(this.formKey, to))?.focus());
  }
  removeEntryAt() {
    const i = this.indexOf();
    const e = this.entries()[i];
    if (!e) return;
    this.setEntries(removeEntry(this.entries(), i));
    if (this.editIndex === i) this.resetDraft();
    this.deps.announce(fill(this.frIsland.removed, { name: `${String(e.prenom ?? '')} ${String(e.nom ?? '')}`.trim() }));
    this.$nextTick(() => document.getElementById(`${this.formKey}-liste`)?.focus());
  }

  // ——— step validation, summary, confirmations ———

  /** The summary link of an issue. */
  itemFor(issue: LocatedIssue): SummaryItem {
    const key = issue.at.fieldKey;
    const label = this.form?.groups.flatMap((g) => g.fields).find((f) => f.key === key)?.label;
    if (this.form?.kind === 'list' && issue.at.index !== undefined && key) {
      const id = entryEditId(this.formKey, issue.at.index);
      return {
        id: `${id}-${key}`,
        href: `#${id}`,
        text: fill(this.frIsland.entryIssue, { n: issue.at.index + 1, label: label ?? key, message: issue.message }),
      };
    }
    if (!key) return { id: `liste-${this.formKey}`, href: `#${entryFormId(this.formKey)}`, text: issue.message };
    const id = inputId(this.formKey, key);
    return { id, href: `#${id}`, text: `${label ?? key} : ${issue.message}` };
  }
  showSummary(items: SummaryItem[], title: string) {
    this.summaryItems = items;
    this.summaryTitleText = title;
    this.summaryShown = true;
    this.$nextTick(() => this.$refs.summary?.focus());
  }
  hideSummary() {
    this.summaryShown = false;
    this.summaryItems = [];
  }
  summaryTitleText = '';
  get summaryTitle(): string {
    return this.summaryTitleText;
  }
  /** A summary link focuses its field (the link's target id). */
  focusFromSummary() {
    const href = this.$el.getAttribute('href') ?? '';
    const el = document.getElementById(href.slice(1));
    if (el) {
      this.$event?.preventDefault();
      el.focus();
      el.scrollIntoView({ block: 'center' });
    }
  }
  /** « Valider l'étape »: shows every message, the summary, then PASS's questions. */
  async validateStep() {
    const form = this.form;
    if (!form) return;
    this.logic ??= await this.deps.loadLogic();
    this.validated = true;
    const record = form.kind === 'list' ? [] : this.issues();
    const errors = [...record, ...this.listIssues()].filter((i) => i.level === 'error');
    this.doneMessage = '';
    if (errors.length) {
      this.showSummary(
        errors.map((e) => this.itemFor(e)),
        fill(this.frIsland.summaryTitle, { n: errors.length }),
      );
      return;
    }
    this.hideSummary();
    if (form.kind === 'record' && this.logic?.needsHabilitationConfirmation(this.target()) && this.hasConfirmation('habilitation-vide')) {
      if (!(await this.confirm('habilitation-vide'))) {
        document.getElementById(`f-${form.key}-habilitation`)?.focus();
        return;
      }
    }
    if (form.kind === 'list' && form.min === 0 && this.entries().length === 0 && this.hasConfirmation('sans-medecin')) {
      if (!(await this.confirm('sans-medecin'))) {
        document.getElementById(`f-${form.key}-civilite`)?.focus();
        return;
      }
    }
    await this.deps.session.flush();
    this.doneMessage = this.frIsland.stepDone;
  }
  hasConfirmation(id: string): boolean {
    return Boolean(document.getElementById(`dialogue-${id}`));
  }
  /** Opens PASS's pop-up `id`; resolves `true` for OK, `false` for Annuler or Échap. */
  confirm(id: string): Promise<boolean> {
    const dialog = document.getElementById(`dialogue-${id}`) as HTMLDialogElement | null;
    return dialog ? askDialog(dialog) : Promise.resolve(true);
  }

  // ——— « Pièces justificatives »: proof links from the employer's SIRET ———

  proof() {
    const emp = this.data.employeur;
    return this.logic?.proofLinks(emp && !Array.isArray(emp) ? emp.siret : undefined);
  }
  get hasProofLinks(): boolean {
    return Boolean(this.proof());
  }
  get hasNoProofLinks(): boolean {
    return !this.proof();
  }
  get proofSiren(): string {
    return this.proof()?.siren ?? '';
  }
  get proofJustificatif(): string {
    return this.proof()?.justificatif ?? '#';
  }
}

/** The island factory: `Alpine.data('formIsland', () => formIsland(deps))`. */
export function formIsland(deps: IslandDeps): FormIsland {
  return new FormIsland(deps);
}
