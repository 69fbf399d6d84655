/**
 * The récapitulatif's dossier shelf: the list of dossiers in this browser (switch, create, rename,
 * duplicate, delete after confirmation) and export / import with a preview and an explicit choice.
 * `SummaryView` extends it; the dependencies are injected.
 */
import { fill } from '../i18n/fill';
import { askDialog } from '../scripts/confirm-dialog';
import type { frSummary as FrSummary } from '../i18n/fr';
import type { DossierItem, DossierManager } from './session';

/** What the shelf needs from the page. */
export interface DossiersDeps {
  manager: () => Promise<DossierManager>;
  announce: (message: string) => void;
  strings: typeof FrSummary;
}

export class DossiersPanel {
  declare $el: HTMLElement;
  protected readonly deps: DossiersDeps;

  items: DossierItem[] = [];
  currentId: string | null = null;
  newName = '';
  renameName = '';
  /** The user typed in the rename field since their last action on the dossiers. */
  renameTyped = false;
  private listSeq = 0;
  importMessage = '';
  importOk = false;
  importCount = 0;
  /** Incremented after each file read (lets a test or a script wait for the verdict). */
  importSeq = 0;
  actionMessage = '';

  constructor(deps: DossiersDeps) {
    this.deps = deps;
  }

  private get strings() {
    return this.deps.strings;
  }

  /**
   * Reads the list of dossiers. Refreshes may overlap (an import, another tab, a click): only the
   * latest one is shown. The rename field shows the open dossier's name, but never overwrites what
   * the user typed there since their last action on the dossiers.
   */
  async refreshList() {
    const seq = ++this.listSeq;
    const { items, currentId } = await (await this.deps.manager()).list();
    if (seq !== this.listSeq) return;
    this.items = items;
    if (!this.renameTyped) this.renameName = items.find((i) => i.id === currentId)?.name ?? '';
    this.currentId = currentId;
  }


  // ——— dossiers ———

  get hasSeveral(): boolean {
    return this.items.length > 1;
  }
  isCurrent(): boolean {
    return this.$el.dataset.id === this.currentId;
  }
  setNewName() {
    this.newName = (this.$el as HTMLInputElement).value;
  }
  setRenameName() {
    this.renameName = (this.$el as HTMLInputElement).value;
    this.renameTyped = true;
  }
  async switchDossier() {
    const id = (this.$el as HTMLSelectElement).value;
    this.renameTyped = false;
    const m = await this.deps.manager();
    await m.switchTo(id);
    await this.refreshList();
    this.say(fill(this.strings.switched, { name: this.items.find((i) => i.id === id)?.name ?? '' }));
  }
  async createDossier() {
    this.renameTyped = false;
    const m = await this.deps.manager();
    await m.create(this.newName.trim());
    this.newName = '';
    await this.refreshList();
    this.say(this.strings.created);
  }
  async renameDossier() {
    if (!this.currentId) return;
    const m = await this.deps.manager();
    await m.rename(this.currentId, this.renameName.trim());
    this.renameTyped = false;
    await this.refreshList();
    this.say(this.strings.renamed);
  }
  async duplicateDossier() {
    if (!this.currentId) return;
    const m = await this.deps.manager();
    await m.duplicate(this.currentId);
    await this.refreshList();
    this.say(this.strings.duplicated);
  }
  async deleteDossier() {
    if (!this.currentId || !(await this.confirm('supprimer'))) return;
    const m = await this.deps.manager();
    this.renameTyped = false;
    await m.remove(this.currentId);
    await this.refreshList();
    this.say(this.strings.deleted);
  }
  say(message: string) {
    this.actionMessage = message;
    this.deps.announce(message);
  }

  // ——— export / import ———

  async exportOne() {
    await (await this.deps.manager()).exportFile('one');
  }
  async exportAll() {
    await (await this.deps.manager()).exportFile('all');
  }
  async readImport() {
    const input = this.$el as HTMLInputElement;
    const file = input.files?.[0];
    this.importOk = false;
    if (!file) return;
    const text = file.size > 1024 * 1024 ? '' : await file.text();
    const r = (await this.deps.manager()).checkImport(text, file.size);
    this.importOk = r.ok;
    this.importCount = r.ok ? r.count : 0;
    this.importMessage = r.ok ? r.preview : r.error;
    this.importSeq++;
  }
  get canReplace(): boolean {
    return this.importOk && this.importCount === 1;
  }
  get importClass(): string {
    return this.importOk ? 'recap__import recap__import--ok' : 'recap__import recap__import--error';
  }
  get hasImportMessage(): boolean {
    return this.importMessage !== '';
  }
  async importReplace() {
    if (!(await this.confirm('remplacer'))) return;
    await this.applyImport('replace-current');
  }
  async importNew() {
    await this.applyImport('new');
  }
  async applyImport(mode: 'replace-current' | 'new') {
    this.renameTyped = false;
    const r = await (await this.deps.manager()).applyImport(mode);
    this.importOk = false;
    await this.refreshList();
    this.importMessage = r.ok ? r.message : r.error;
    this.deps.announce(this.importMessage);
  }

  // ——— confirmation dialogs (`#confirmer-<id>`) ———

  /** Opens the confirmation `#confirmer-<id>`; `true` for « OK ». */
  confirm(id: string): Promise<boolean> {
    const d = document.getElementById(`confirmer-${id}`) as HTMLDialogElement | null;
    return d ? askDialog(d) : Promise.resolve(false);
  }
}
