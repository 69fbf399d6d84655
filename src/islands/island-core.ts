/**
 * The form island's state and what is derived from the dossier: the form definition, the
 * dossier, the record (or list entry draft) being edited, its issues, the step status, the save
 * status and notices. `island-fields.ts`, `island-lists.ts` and `form-island.ts` add the
 * bindings on top of it. Every check and status is a pure function of `src/lib`, and the session,
 * the strings and the checks' chunk are injected, so it can be built in a unit test without a DOM.
 */
import type { FormDef } from '../model/types';
import type { DossierData, DossierRecord } from '../lib/record';
import { emptyRecord } from '../lib/record';
import type { LocatedIssue } from '../lib/checks/types';
import type { StepStatus } from '../lib/status';
import type { frIsland as FrIsland } from '../i18n/fr';
import type { DossierSession } from './session';

/** What the island needs from the page, injected by the entry module. */
export interface IslandDeps {
  /** The current dossier, loaded and saved by the persistence layer. */
  session: DossierSession;
  /** Announces a message to screen readers (once). */
  announce: (message: string) => void;
  /** Reads the JSON form definition embedded in the page. */
  readForm: (defId: string) => FormDef;
  /** The island strings (rendered by the page from the French table). */
  strings: typeof FrIsland;
  /** Loads the checking logic (a separate chunk). */
  loadLogic: () => Promise<IslandLogic>;
  /** Binds the island's fields after the island, a few per task, `before` each (see bind-later.ts). */
  bindLater: (root: HTMLElement, before: (part: HTMLElement) => void) => Promise<void>;
}

/** The checking logic the island uses (see `logic.ts`). */
export type IslandLogic = typeof import('./logic');

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

/** State of the island; Alpine binds `this` to its reactive proxy with the magics. */
export class IslandCore {
  declare $el: HTMLElement;
  /** The island's root element (`$el` is the element of the binding being evaluated). */
  declare $root: HTMLElement;
  declare $refs: Record<string, HTMLElement>;
  declare $nextTick: (cb: () => void) => void;
  protected readonly deps: IslandDeps;

  constructor(deps: IslandDeps) {
    this.deps = deps;
  }

  protected get frIsland() {
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
  loaded = false;
  /** Every field is bound (they are bound after the island, see `bind-later.ts`). */
  bound = false;
  /** The checks, once their chunk has arrived (until then nothing is flagged). */
  logic: IslandLogic | null = null;
  saveText = '';
  saveTone: 'info' | 'error' = 'info';
  /** A successful save was announced already (see `setUp`). */
  saveSpoken = false;
  /** The user changed something on this page. */
  dirty = false;
  noticeText = '';
  noticeKind = '';

  /** Reads the form definition from the island's data attributes and follows the session. */
  protected setUp() {
    const root = this.$root;
    this.formKey = root.dataset.form ?? '';
    this.slug = root.dataset.slug ?? '';
    this.noun = root.dataset.noun ?? '';
    this.form = this.deps.readForm(root.dataset.def ?? '');
    if (this.form.kind === 'list') this.draft = emptyRecord(this.form);
    void this.deps.loadLogic().then((l) => (this.logic = l));
    this.deps.session.onStatus((s) => {
      // The line is shown, not a live region: spoken are a failure (once per new text) and the
      // first « Enregistré… » of the visit or after a failure — never each save while typing.
      const settled = !s.text.endsWith('…');
      if (s.tone === 'error' ? s.text !== this.saveText : settled && this.dirty && !this.saveSpoken) this.deps.announce(s.text);
      if (settled && this.dirty) this.saveSpoken = s.tone === 'info';
      this.saveText = s.text;
      this.saveTone = s.tone;
    });
    this.deps.session.onNotice((n) => {
      this.noticeText = n?.text ?? '';
      this.noticeKind = n?.kind ?? '';
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
  /** The dossier and the checks have arrived, every field is bound (`data-ready` on the island, for tests and styles). */
  get ready(): boolean {
    return this.loaded && this.logic !== null && this.bound;
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

  /** Saves the dossier (debounced by the session); not before it is loaded, which would overwrite it. */
  changed() {
    if (!this.loaded) return;
    this.beforeSave();
    this.dirty = true;
    this.deps.session.save(this.data);
  }
  /** Hook for derived values to refresh before a save (« Identique à l'employeur »). */
  protected beforeSave() {}

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
}
