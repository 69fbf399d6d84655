/**
 * The list part of the form island (CES, MDT, PCR): PASS's table rows (cards on a phone), the
 * entry form, edit, move, remove with « Annuler le retrait », and where the focus goes after each
 * action: cancel → the entry form's heading; move → the same move button; remove → the next
 * row's « Modifier », or the list's heading.
 */
import type { ListForm } from '../model/types';
import type { DossierRecord } from '../lib/record';
import { emptyRecord } from '../lib/record';
import { hasError, messageLine } from '../lib/island/visibility';
import { addEntry, moveEntry, removeEntry, replaceEntry } from '../lib/island/list-ops';
import { capitalize, nounGender, personGender } from '../lib/island/wording';
import { fill } from '../i18n/fill';
import { entryEditId, entryFormId } from '../lib/view/ids';
import { IslandFields } from './island-fields';

/** One row of a list table, derived from an entry. */
export interface Row {
  key: string;
  index: number;
  number: number;
  cells: Record<string, string>;
  editId: string;
  upId: string;
  downId: string;
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

/** « Claire Durand » (or « Entrée n° 2 » when the names are blank). */
function personName(e: DossierRecord): string {
  return `${String(e.prenom ?? '')} ${String(e.nom ?? '')}`.trim();
}

/** List bindings on top of the field bindings. */
export class IslandLists extends IslandFields {
  /** The entry removed last, for « Annuler le retrait » (until the next list change). */
  removed: { entry: DossierRecord; index: number; name: string } | null = null;

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
  get canUndo(): boolean {
    return this.removed !== null;
  }
  get undoText(): string {
    return this.removed ? this.removedMessage(this.removed.entry, this.removed.index) : '';
  }
  get undoLabel(): string {
    return this.removed ? fill(this.frIsland.undoLabel, { name: this.removed.name }) : '';
  }
  /** The display of one cell: « Externe » / « Celles de l'employeur », « Oui » / « Non », or the text. */
  private cell(field: string, v: unknown): string {
    if (field === 'externe') return v === true ? this.frIsland.externe : this.frIsland.employeur;
    if (typeof v === 'boolean') return v ? this.frIsland.yes : this.frIsland.no;
    return String(v ?? '');
  }
  get rows(): Row[] {
    const form = this.form as ListForm | undefined;
    if (!form || form.kind !== 'list') return [];
    const list = this.entries();
    const issues = this.listIssues();
    return list.map((e, i) => {
      const name = personName(e) || fill(this.frIsland.entryN, { n: i + 1 });
      const own = issues.filter((x) => x.at.index === i);
      const cells: Record<string, string> = {};
      for (const c of form.columns) if (c.field) cells[c.field] = this.cell(c.field, e[c.field]);
      const id = `${this.formKey}-entree-${i}`;
      return {
        key: `${i}-${String(e.courriel ?? '')}`,
        index: i,
        number: i + 1,
        cells,
        editId: `${id}-modifier`,
        upId: `${id}-monter`,
        downId: `${id}-descendre`,
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
  setEntries(list: DossierRecord[]) {
    this.data[this.formKey] = list;
    this.changed();
  }
  /** Focuses an element by id once Alpine has rendered the change. */
  protected focusLater(id: string) {
    this.$nextTick(() => document.getElementById(id)?.focus());
  }
  /** Stores the checked draft (new entry or edit) and says so. */
  protected storeDraft() {
    const form = this.form as ListForm;
    const entry = { ...this.draft };
    const editing = this.editIndex;
    this.removed = null;
    this.setEntries(editing >= 0 ? replaceEntry(this.entries(), editing, entry) : addEntry(this.entries(), entry));
    this.resetDraft();
    const name = personName(entry);
    const added = this.frIsland.entryAdded[nounGender(form.entryNounIndefinite)];
    this.deps.announce(editing >= 0 ? fill(this.frIsland.entrySaved, { name }) : fill(added, { noun: capitalize(this.noun), name }));
    this.focusLater(`${form.key}-liste`);
  }
  resetDraft() {
    if (this.form) this.draft = emptyRecord(this.form);
    this.editIndex = -1;
    this.draftValidated = false;
    this.touched = [];
  }
  editEntry(i: number) {
    const e = this.entries()[i];
    if (!e) return;
    this.draft = { ...e };
    this.editIndex = i;
    this.draftValidated = true;
    this.$nextTick(() => document.getElementById(entryFormId(this.formKey))?.querySelector<HTMLElement>('input,select')?.focus());
  }
  /** « Annuler la modification »: the form empties and the focus goes to its heading. */
  cancelEdit() {
    const at = this.editIndex;
    this.resetDraft();
    this.hideSummary();
    this.deps.announce(fill(this.frIsland.editCancelled, { n: at + 1 }));
    this.focusLater(`${this.formKey}-entry-legend`);
  }
  /** Hook: hides the error summary (see `FormIsland`). */
  hideSummary() {}
  moveUp(i: number) {
    this.moveBy(i, -1);
  }
  moveDown(i: number) {
    this.moveBy(i, 1);
  }
  /** Moves entry `i` by `delta`; the focus stays on the same move button, now in the entry's new row. */
  moveBy(i: number, delta: number) {
    const to = i + delta;
    const count = this.entries().length;
    if (to < 0 || to >= count) return;
    this.removed = null;
    this.setEntries(moveEntry(this.entries(), i, to));
    if (this.editIndex === i) this.editIndex = to;
    else if (this.editIndex === to) this.editIndex = i;
    this.deps.announce(fill(this.frIsland.moved, { n: to + 1 }));
    // At the top (or bottom) that button is disabled: the other one takes the focus.
    const up = delta < 0 ? to > 0 : to === count - 1;
    this.focusLater(`${this.formKey}-entree-${to}-${up ? 'monter' : 'descendre'}`);
  }
  private removedMessage(e: DossierRecord, index: number): string {
    const name = personName(e);
    const gender = personGender(e.civilite);
    if (!name) return fill(this.frIsland.removedEntry, { n: index + 1 });
    return fill(gender === 'f' ? this.frIsland.removed.f : gender === 'm' ? this.frIsland.removed.m : this.frIsland.removed.other, { name });
  }
  /** « Retirer »: gone from the list, « Annuler le retrait » offered; focus on the next row, or the list's heading. */
  removeEntryAt(i: number) {
    const e = this.entries()[i];
    if (!e) return;
    this.setEntries(removeEntry(this.entries(), i));
    if (this.editIndex === i) this.resetDraft();
    else if (this.editIndex > i) this.editIndex -= 1;
    this.removed = { entry: e, index: i, name: personName(e) || fill(this.frIsland.entryN, { n: i + 1 }) };
    this.deps.announce(this.removedMessage(e, i));
    this.focusLater(i < this.entries().length ? entryEditId(this.formKey, i) : `${this.formKey}-liste`);
  }
  /** « Annuler le retrait »: the entry is back where it was, its « Modifier » focused. */
  undoRemove() {
    const r = this.removed;
    if (!r) return;
    const list = [...this.entries()];
    const at = Math.min(r.index, list.length);
    list.splice(at, 0, r.entry);
    this.removed = null;
    this.setEntries(list);
    if (this.editIndex >= at) this.editIndex += 1;
    this.deps.announce(fill(this.frIsland.restored, { name: r.name, n: at + 1 }));
    this.focusLater(entryEditId(this.formKey, at));
  }
}
