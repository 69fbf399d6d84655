/**
 * The field bindings of the form island. Alpine's CSP build evaluates call expressions, so each
 * binding names its field: `value('siret')`, `message('siret')`, `onInput('siret', $event)`.
 * Messages are shown once a field is left or the step validated, and at once on arrival for the
 * values already saved (a link from the récapitulatif, a step « À corriger »).
 */
import type { FieldDef } from '../model/types';
import type { FieldValue } from '../lib/record';
import { appliesIn } from '../lib/record';
import type { LocatedIssue } from '../lib/checks/types';
import { hasError, messageLine, shownIssues } from '../lib/island/visibility';
import { copyFromEmployer } from '../lib/island/identique';
import { inputModeOf } from '../lib/island/input-mode';
import { IslandCore } from './island-core';
import { fragmentId } from '../scripts/anchors';

/** The field's label, or the legend of its radio group: what a link to the field scrolls into view. */
function labelOf(control: HTMLElement): HTMLElement | null {
  const group = control.closest<HTMLElement>('fieldset.field--radio');
  if (group) return group.querySelector('legend');
  return document.querySelector<HTMLElement>(`label[for="${CSS.escape(control.id)}"]`);
}

/** Focuses a form control with its label in view (GOV.UK's error-summary behaviour). */
export function focusWithLabel(control: HTMLElement): void {
  const label = labelOf(control);
  (label ?? control).scrollIntoView({ block: 'start' });
  control.focus({ preventScroll: true });
}

/** Field bindings on top of the island's state. */
export class IslandFields extends IslandCore {
  /** The model's definition of field `key` of this form. */
  fieldDef(key: string): FieldDef | undefined {
    return this.form?.groups.flatMap((g) => g.fields).find((f) => f.key === key);
  }
  /** The issues shown now for field `key`. */
  fieldIssues(key: string): LocatedIssue[] {
    const validated = this.form?.kind === 'list' ? this.draftValidated : this.validated;
    return shownIssues(this.issues(), key, { touched: new Set(this.touched), validated });
  }
  value(key: string): string {
    const v = this.target()[key];
    return typeof v === 'string' ? v : '';
  }
  /** A check box is ticked, or (with `option`) a radio button is the chosen one. */
  checked(key: string, option?: string): boolean {
    const v = this.target()[key];
    return option === undefined ? v === true : v === option;
  }
  message(key: string): string {
    return messageLine(this.fieldIssues(key));
  }
  fieldClass(key: string): string {
    const shown = this.fieldIssues(key);
    if (hasError(shown)) return 'field--error';
    return shown.length ? 'field--warning' : '';
  }
  invalid(key: string): string | undefined {
    return hasError(this.fieldIssues(key)) ? 'true' : undefined;
  }
  applies(key: string): boolean {
    const field = this.fieldDef(key);
    return field && this.form ? appliesIn(this.form, field, this.target()) : true;
  }
  /** Fields copied from the employer are read-only while « Identique à l'employeur » is ticked. */
  locked(key: string): boolean {
    return this.target().identiqueEmployeur === true && key !== 'identiqueEmployeur';
  }
  /** The phone keyboard for the field's current rule (letters for a foreign postal code). */
  inputMode(key: string): string | undefined {
    const field = this.fieldDef(key);
    return field ? inputModeOf(field, this.target()) : undefined;
  }
  hasUnsafe(key: string): boolean {
    const v = this.target()[key];
    return typeof v === 'string' && this.logic !== null && this.logic.unsafeCharacters(v).length > 0;
  }
  showCapitals(key: string): boolean {
    const v = this.target()[key];
    return typeof v === 'string' && v.trim() !== '' && this.logic !== null && this.logic.capitalsPreview(v) !== v.trim();
  }
  capitals(key: string): string {
    const v = this.target()[key];
    return typeof v === 'string' && this.logic ? this.logic.capitalsPreview(v) : '';
  }

  // ——— events ———

  /** Stores the value typed or chosen, then saves. */
  onInput(key: string, event: Event) {
    const el = event.target as HTMLInputElement;
    const value: FieldValue = el.type === 'checkbox' ? el.checked : el.value;
    this.target()[key] = value;
    this.noteEarly(key);
    if (key === 'identiqueEmployeur' && value === true) this.syncFromEmployer();
    if (el.type === 'radio' || el.type === 'checkbox' || el.tagName === 'SELECT') this.touch(key);
    this.inputDone();
    this.changed();
  }
  /** Hook: a value typed before the dossier was loaded (see `FormIsland.init`). */
  protected noteEarly(_key: string) {}
  /** Hook: what a new value clears (« Étape complète »). */
  protected inputDone() {}
  /** Marks the field as left: its messages may show from now on. */
  onBlur(key: string) {
    this.touch(key);
  }
  touch(key: string) {
    if (key && !this.touched.includes(key)) this.touched.push(key);
  }
  /** One-click clean-up of the characters PASS may refuse. */
  clean(key: string) {
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
  protected override beforeSave() {
    if (this.form?.kind !== 'list' && this.target().identiqueEmployeur === true) this.syncFromEmployer();
  }

  // ——— arrival ———

  /**
   * Once the dossier is loaded: the saved values' messages show at once (a step « À corriger »,
   * a link from the récapitulatif), and a link to a field (`#f-…` or its description `#champ-…`)
   * also shows that field's message; `#f-…` focuses it with its label in view (then `true`).
   */
  arrive(hash: string): boolean {
    const form = this.form;
    if (!form) return false;
    if (form.kind === 'record') {
      const rec = this.target();
      for (const g of form.groups)
        for (const f of g.fields) {
          const v = rec[f.key];
          if (typeof v === 'string' && v.trim() !== '' && v !== f.defaultValue) this.touch(f.key);
        }
    }
    // The control's id is `f-<field id>` and its description's anchor `champ-<field id>`.
    const id = fragmentId(hash).replace(/^champ-/, 'f-');
    const control = id.startsWith('f-') ? document.getElementById(id) : null;
    const key = control && this.$root.contains(control) ? control.closest<HTMLElement>('[data-key]')?.dataset.key : undefined;
    if (!control || !key) return false;
    if (form.kind === 'record') this.touch(key);
    if (hash !== `#${id}`) return false;
    this.$nextTick(() => focusWithLabel(control));
    return true;
  }
}
