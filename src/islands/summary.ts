/**
 * The récapitulatif island (`x-data="summaryView"`): the whole dossier by step from `summarize`
 * (drawn outside Alpine by `summary-steps.ts`), « Dossier prêt pour PASS », the Annexe 1 PDF
 * (pdf-lib loaded with `import()` on click only), and, from `DossiersPanel`, the dossier manager
 * and export / import. « Effacer mes données » is `scripts/erase.ts`. Dependencies are injected.
 */
import type { DossierData } from '../lib/record';
import type { SummaryStep } from '../lib/summary';
import { fill } from '../i18n/fill';
import { plural } from '../lib/island/wording';
import type { DossierSession } from './session';
import { DossiersPanel, type DossiersDeps } from './summary-dossiers';
import { nextTask } from './next-task';
import type { StepView } from './summary-steps';

/** What the summary needs from the page. */
export interface SummaryDeps extends DossiersDeps {
  session: DossierSession;
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
  /** Draws the steps in place of the shown ones, a slice per task; `false` if a newer drawing replaced it. */
  drawSteps: (steps: StepView[]) => Promise<boolean>;
}

/** Last derived summary per component (keyed by its injected dependencies). */
const derivedCache = new WeakMap<object, Derived>();

/** The derived summary of one version of the data, with its views (built once). */
interface Derived {
  key: string;
  steps: SummaryStep[];
  ready: boolean;
}

/** The summary component. Alpine binds `this` to its reactive proxy with the magics. */
export class SummaryView extends DossiersPanel {
  protected declare readonly deps: SummaryDeps;

  data: DossierData = {};
  loaded = false;
  pdfState: 'idle' | 'working' | 'done' | 'error' = 'idle';
  pdfMessage = '';
  saveText = '';
  noticeText = '';
  /** Whether the steps are being drawn (`aria-busy` of their section). */
  stepsBusy = true;

  constructor(deps: SummaryDeps) {
    super(deps);
  }

  private get s() {
    return this.deps.strings;
  }

  /**
   * The summary and the readiness of the current data, computed once per change (the template
   * reads them from several bindings). Reading the JSON also subscribes those bindings to the data.
   */
  private derived(): Derived {
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
    const data = await session.load();
    await nextTask(); // shown in a task of its own, not in the one that read and checked it
    this.data = data;
    session.onReplace((d) => {
      this.data = d;
      void this.drawSteps();
      void this.refreshList();
    });
    this.loaded = true;
    void this.drawSteps();
    await this.refreshList();
  }

  // ——— the dossier by step ———

  /** Draws the steps of the current data (derived in a task of their own, then drawn a slice per task). */
  private async drawSteps() {
    this.stepsBusy = true;
    const steps = this.derived().steps;
    await nextTask();
    if (await this.deps.drawSteps(steps.map((st) => this.viewOf(st)))) this.stepsBusy = false;
  }
  get stepsBusyText(): string {
    return this.stepsBusy ? 'true' : 'false';
  }
  private viewOf(st: SummaryStep): StepView {
    return {
      ...st,
      anchor: `recap-${st.slug}`,
      href: `${this.deps.base}${st.path.slice(1)}`,
      heading: fill(this.s.stepHeading, { n: st.number, title: st.title }),
      statusLabel: this.s.status[st.status],
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
}

/** The factory registered with `Alpine.data('summaryView', …)`. */
export function summaryView(deps: SummaryDeps): SummaryView {
  return new SummaryView(deps);
}
