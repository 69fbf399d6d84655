/**
 * The récapitulatif island (`x-data="summaryView"`): the whole dossier by step from `summarize`,
 * « Dossier prêt pour PASS », the Annexe 1 PDF (pdf-lib loaded with `import()` on click only),
 * the dossier manager (create, rename, duplicate, switch, delete), export / import with preview
 * and an explicit choice. « Effacer mes données » is `scripts/erase.ts`. Dependencies are injected.
 */
import type { DossierData } from '../lib/record';
import type { SummaryStep } from '../lib/summary';
import { fill } from '../i18n/fill';
import { plural } from '../lib/island/wording';
import { askDialog } from '../scripts/confirm-dialog';
import type { frSummary as FrSummary } from '../i18n/fr';
import type { DossierItem, DossierManager, DossierSession } from './session';

/** What the summary needs from the page. */
export interface SummaryDeps {
  session: DossierSession;
  manager: () => Promise<DossierManager>;
  announce: (message: string) => void;
  strings: typeof FrSummary;
  /** Derives the summary (the model, the checks). */
  summarize: (data: DossierData) => SummaryStep[];
  /** Whether the dossier is ready for PASS. */
  ready: (data: DossierData) => boolean;
  /** Builds the PDF; loaded with `import()` on click (pdf-lib never in the first load). */
  buildPdf: (data: DossierData, incomplete: boolean) => Promise<{ bytes: Uint8Array; fileName: string }>;
  /** Offers bytes or text as a download. */
  download: (content: string | Uint8Array, fileName: string, type: string) => void;
  /** Base path of the site (links to steps). */
  base: string;
}

/** Last derived summary per component (keyed by its injected dependencies). */
const derivedCache = new WeakMap<object, { key: string; steps: SummaryStep[]; ready: boolean; view?: StepView[] }>();

/** A step as the template shows it. */
type StepView = ReturnType<SummaryView['viewOf']>;

/** Lets the browser paint and handle input before the next step is rendered. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The summary component. Alpine binds `this` to its reactive proxy with the magics. */
export class SummaryView {
  declare $el: HTMLElement;
  declare $refs: Record<string, HTMLElement>;
  declare $nextTick: (cb: () => void) => void;
  private readonly deps: SummaryDeps;

  data: DossierData = {};
  loaded = false;
  items: DossierItem[] = [];
  currentId: string | null = null;
  newName = '';
  renameName = '';
  pdfState: 'idle' | 'working' | 'done' | 'error' = 'idle';
  pdfMessage = '';
  importMessage = '';
  importOk = false;
  importCount = 0;
  /** Incremented after each file read (lets a test or a script wait for the verdict). */
  importSeq = 0;
  actionMessage = '';
  saveText = '';
  noticeText = '';
  /**
   * Steps rendered so far: after the dossier has loaded, one step per task (Alpine's per-binding
   * work for the whole dossier is one long task otherwise), then all of them on every change.
   */
  shownSteps = 0;
  stepsBusy = true;

  constructor(deps: SummaryDeps) {
    this.deps = deps;
  }

  private get s() {
    return this.deps.strings;
  }

  /**
   * The summary and the readiness of the current data, computed once per change (the template
   * reads them from several bindings). Reading the JSON also subscribes those bindings to the data.
   */
  private derived(): { steps: SummaryStep[]; ready: boolean; view?: StepView[] } {
    const key = JSON.stringify(this.data);
    const cached = derivedCache.get(this.deps);
    if (cached?.key === key) return cached;
    const value = { key, steps: this.deps.summarize(this.data), ready: this.deps.ready(this.data) };
    derivedCache.set(this.deps, value);
    return value;
  }

  async init() {
    const session = this.deps.session;
    session.onStatus((st) => (this.saveText = st.text));
    session.onNotice((n) => (this.noticeText = n?.text ?? ''));
    this.data = await session.load();
    session.onReplace((d) => {
      this.data = d;
      void this.refreshList();
    });
    this.loaded = true;
    void this.revealSteps();
    await this.refreshList();
  }

  /** Renders the steps one per task, so that no task holds the whole dossier's rendering. */
  private async revealSteps() {
    while (this.shownSteps < this.derived().steps.length) {
      this.shownSteps++;
      await nextTask();
    }
    this.stepsBusy = false;
  }

  async refreshList() {
    const m = await this.deps.manager();
    const { items, currentId } = await m.list();
    this.items = items;
    // The rename field shows the open dossier's name, but never overwrites what the user is
    // typing there: it is reset only when another dossier is opened, or after a rename.
    if (currentId !== this.currentId || this.renameName === '') this.renameName = items.find((i) => i.id === currentId)?.name ?? '';
    this.currentId = currentId;
  }

  // ——— the dossier by step ———

  /** The shown steps; the same objects while the dossier is unchanged (Alpine then re-renders none). */
  get steps(): StepView[] {
    const d = this.derived();
    d.view ??= d.steps.map((st) => this.viewOf(st));
    return d.view.slice(0, this.shownSteps);
  }
  get stepsBusyText(): string {
    return this.stepsBusy ? 'true' : 'false';
  }
  private viewOf(st: SummaryStep) {
    return {
      ...st,
      anchor: `recap-${st.slug}`,
      href: `${this.deps.base}${st.path.slice(1)}`,
      heading: fill(this.s.stepHeading, { n: st.number, title: st.title }),
      statusLabel: this.s.status[st.status],
      hasIssues: st.issues.length > 0,
      hasLines: st.lines.some((l) => l.kind === 'value'),
      issues: st.issues.map((i) => ({ ...i, href: `${this.deps.base}${i.href.slice(1)}`, cls: `recap__issue recap__issue--${i.level}` })),
      lines: st.lines.map((l) => ({ ...l, shown: l.value === '' ? this.s.empty : l.value, cls: l.kind === 'heading' ? 'recap__line recap__line--heading' : l.value === '' ? 'recap__line recap__line--empty' : 'recap__line', copyLabel: fill(this.s.copyOf, { label: l.label }) })),
    };
  }
  get isReady(): boolean {
    return this.loaded && this.derived().ready;
  }
  get readyClass(): string {
    return this.isReady ? 'recap__ready recap__ready--ok' : 'recap__ready recap__ready--todo';
  }
  get readyText(): string {
    if (!this.loaded) return '';
    if (this.isReady) return this.s.ready;
    const todo = this.derived().steps.filter((st) => !st.afterCreation && st.issues.some((i) => i.level === 'error')).length;
    return fill(plural(todo, this.s.notReady), { n: todo });
  }

  /** Copies the value of the line (`data-value`). */
  async copyLine() {
    const text = this.$el.dataset.value ?? '';
    try {
      await navigator.clipboard.writeText(text);
      this.deps.announce(this.s.copied);
    } catch {
      this.deps.announce(this.s.copyFailed);
    }
  }

  // ——— PDF ———

  get pdfWorking(): boolean {
    return this.pdfState === 'working';
  }
  get pdfClass(): string {
    return `recap__pdfmsg recap__pdfmsg--${this.pdfState}`;
  }
  async downloadPdf() {
    if (this.pdfState === 'working') return;
    this.pdfState = 'working';
    this.pdfMessage = this.s.pdfWorking;
    try {
      await this.deps.session.flush();
      const incomplete = !this.deps.ready(this.data);
      const { bytes, fileName } = await this.deps.buildPdf(JSON.parse(JSON.stringify(this.data)) as DossierData, incomplete);
      this.deps.download(bytes, fileName, 'application/pdf');
      this.pdfState = 'done';
      this.pdfMessage = fill(incomplete ? this.s.pdfDoneIncomplete : this.s.pdfDone, { file: fileName });
    } catch (e) {
      this.pdfState = 'error';
      this.pdfMessage = fill(this.s.pdfError, { reason: e instanceof Error ? e.message : String(e) });
    }
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
  }
  async switchDossier() {
    const id = (this.$el as HTMLSelectElement).value;
    const m = await this.deps.manager();
    await m.switchTo(id);
    await this.refreshList();
    this.say(fill(this.s.switched, { name: this.items.find((i) => i.id === id)?.name ?? '' }));
  }
  async createDossier() {
    const m = await this.deps.manager();
    await m.create(this.newName.trim());
    this.newName = '';
    await this.refreshList();
    this.say(this.s.created);
  }
  async renameDossier() {
    if (!this.currentId) return;
    const m = await this.deps.manager();
    await m.rename(this.currentId, this.renameName.trim());
    this.renameName = '';
    await this.refreshList();
    this.say(this.s.renamed);
  }
  async duplicateDossier() {
    if (!this.currentId) return;
    const m = await this.deps.manager();
    await m.duplicate(this.currentId);
    await this.refreshList();
    this.say(this.s.duplicated);
  }
  async deleteDossier() {
    if (!this.currentId || !(await this.confirm('supprimer'))) return;
    const m = await this.deps.manager();
    await m.remove(this.currentId);
    await this.refreshList();
    this.say(this.s.deleted);
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
    const r = await (await this.deps.manager()).applyImport(mode);
    this.importOk = false;
    this.importMessage = r.ok ? r.message : r.error;
    await this.refreshList();
    this.deps.announce(this.importMessage);
  }

  // ——— confirmation dialogs (`#confirmer-<id>`) ———

  /** Opens the confirmation `#confirmer-<id>`; `true` for « OK ». */
  confirm(id: string): Promise<boolean> {
    const d = document.getElementById(`confirmer-${id}`) as HTMLDialogElement | null;
    return d ? askDialog(d) : Promise.resolve(false);
  }
}

/** The factory registered with `Alpine.data('summaryView', …)`. */
export function summaryView(deps: SummaryDeps): SummaryView {
  return new SummaryView(deps);
}
