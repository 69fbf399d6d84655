/**
 * The form island (`x-data="formIsland"`): one component for record forms and list forms, bound
 * to the markup Astro rendered from the model. Its parts, one concern per file:
 * `island-core.ts` (state, dossier, issues, status, save status), `island-fields.ts` (a field's
 * bindings, named by key: `value('siret')`, `message('siret')`…, and arrival from a link),
 * `island-lists.ts` (PASS's list table and its entry form) and this file (« Valider l'étape »,
 * the error summary, PASS's pop-ups, the company-proof links).
 *
 * Alpine's CSP build (no `unsafe-eval`) evaluates property reads and calls with literal
 * arguments, which is all the markup uses.
 */
import type { LocatedIssue } from '../lib/checks/types';
import { plural } from '../lib/island/wording';
import { fill } from '../i18n/fill';
import { askDialog } from '../scripts/confirm-dialog';
import { highlightTarget } from '../scripts/anchors';
import { focusWithLabel } from './island-fields';
import { IslandLists } from './island-lists';
import type { IslandDeps } from './island-core';
import { adoptTyped } from './early-input';
import { nextTask } from './next-task';
import { entryEditId, entryFormId, inputId } from '../lib/view/ids';

export type { IslandDeps } from './island-core';

/** A link of the error summary. */
export interface SummaryItem {
  id: string;
  href: string;
  text: string;
}

/** The island component; Alpine binds `this` to its reactive proxy with the magics. */
export class FormIsland extends IslandLists {
  summaryShown = false;
  summaryItems: SummaryItem[] = [];
  summaryTitle = '';
  doneMessage = '';
  /** Fields changed before the dossier was loaded (see `init`). */
  earlyKeys: string[] = [];

  /** Reads the form definition, loads the dossier, shows the saved errors, follows remote changes. */
  async init() {
    this.setUp();
    adoptTyped(this, this.$root); // typed before Alpine started: kept (see early-input.ts)
    void this.deps.bindLater(this.$root, (part) => this.adoptPart(part)).then(() => (this.bound = true));
    const session = this.deps.session;
    // Values typed before the saved dossier arrived go over it (never the reverse, never a save of the empty one).
    const stored = await session.load();
    // Showing the dossier (every binding runs again) in a task of its own, not in the one that read
    // and checked it: two shorter tasks on a phone instead of one long one.
    await nextTask();
    // Read after the waits: fields typed into or bound meanwhile (bind-later.ts) count too.
    const early = this.form?.kind === 'record' ? this.data[this.formKey] : undefined;
    this.data = stored;
    this.loaded = true;
    if (early && !Array.isArray(early) && this.earlyKeys.length) {
      const rec = this.target();
      for (const key of this.earlyKeys) rec[key] = early[key]!;
      this.earlyKeys = [];
      this.changed();
    }
    // Rows and list entries exist only now: a link to one of them (from the summary) can land.
    const hash = location.hash;
    if (!this.arrive(hash) && hash) this.$nextTick(() => highlightTarget());
    session.onReplace((data) => {
      this.data = data;
    });
  }
  /** A field about to be bound keeps what was typed into it meanwhile (saved, once the dossier is there). */
  private adoptPart(part: HTMLElement) {
    if (adoptTyped(this, part) && this.loaded) {
      if (this.form?.kind === 'record') this.earlyKeys = [];
      this.changed();
    }
  }
  protected override noteEarly(key: string) {
    if (!this.loaded && this.form?.kind === 'record' && !this.earlyKeys.includes(key)) this.earlyKeys.push(key);
  }
  protected override inputDone() {
    this.doneMessage = '';
  }

  // ——— the error summary ———

  /** The summary link of an issue. */
  itemFor(issue: LocatedIssue): SummaryItem {
    const key = issue.at.fieldKey;
    const label = key ? this.fieldDef(key)?.label : undefined;
    if (this.form?.kind === 'list' && issue.at.index !== undefined && key) {
      const id = entryEditId(this.formKey, issue.at.index);
      return {
        id: `${id}-${key}`,
        href: `#${id}`,
        text: fill(this.frIsland.entryIssue, { n: issue.at.index + 1, label: label ?? key, message: issue.message }),
      };
    }
    if (!key) return { id: `liste-${this.formKey}`, href: `#${entryFormId(this.formKey)}`, text: issue.message };
    const control = this.$root.querySelector<HTMLElement>(`[data-key="${key}"] :is(input,select)`);
    const id = control?.id ?? inputId(this.formKey, key);
    return { id, href: `#${id}`, text: `${label ?? key} : ${issue.message}` };
  }
  /** Shows the summary and moves the focus to it (GOV.UK's error summary). */
  showSummary(items: SummaryItem[], title: string) {
    this.summaryItems = items;
    this.summaryTitle = title;
    this.summaryShown = true;
    this.$nextTick(() => this.$refs.summary?.focus());
  }
  override hideSummary() {
    this.summaryShown = false;
    this.summaryItems = [];
  }
  /** A summary link focuses its field with the field's label in view (the link's target id). */
  focusFromSummary(href: string, event: Event) {
    const el = document.getElementById(href.slice(1));
    if (!el) return;
    event.preventDefault();
    if (el.matches('input,select,textarea')) focusWithLabel(el);
    else {
      el.scrollIntoView({ block: 'center' });
      el.focus();
    }
  }

  // ——— entries, step validation, confirmations ———

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
    if (this.logic.needsHabilitationConfirmation(this.draft) && !(await this.confirm('habilitation-vide'))) {
      document.getElementById(inputId(form.key, 'habilitation'))?.focus();
      return;
    }
    this.storeDraft();
    this.hideSummary();
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
        fill(plural(errors.length, this.frIsland.summaryTitle), { n: errors.length }),
      );
      return;
    }
    this.hideSummary();
    if (form.kind === 'record' && this.logic.needsHabilitationConfirmation(this.target()) && this.hasConfirmation('habilitation-vide')) {
      if (!(await this.confirm('habilitation-vide'))) {
        document.getElementById(inputId(form.key, 'habilitation'))?.focus();
        return;
      }
    }
    if (form.kind === 'list' && form.min === 0 && this.entries().length === 0 && this.hasConfirmation('sans-medecin')) {
      if (!(await this.confirm('sans-medecin'))) {
        document.getElementById(inputId(form.key, 'civilite'))?.focus();
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
