/**
 * The récapitulatif island (`x-data="summaryView"`): the whole dossier by step from `summarize`,
 * « Dossier prêt pour PASS », the Annexe 1 PDF (pdf-lib loaded with `import()` on click only),
 * and, from `DossiersPanel`, the dossier manager and export / import. « Effacer mes données » is
 * `scripts/erase.ts`. Dependencies are injected.
 */
import type { DossierData } from '../lib/record';
import type { SummaryStep } from '../lib/summary';
import { fill } from '../i18n/fill';
import { plural } from '../lib/island/wording';
import type { DossierSession } from './session';
import { DossiersPanel, type DossiersDeps } from './summary-dossiers';
import { nextTask } from './next-task';

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
}

/** Last derived summary per component (keyed by its injected dependencies). */
const derivedCache = new WeakMap<object, Derived>();

/** The derived summary of one version of the data, with its views (built once). */
interface Derived {
  key: string;
  steps: SummaryStep[];
  ready: boolean;
  view?: StepView[];
  /** The step being revealed, with its first `n` lines (the same object while `n` is unchanged). */
  partial?: { step: StepView; n: number; view: StepView };
}

/**
 * How long one task may spend showing lines while the summary appears, in ms, measured on the
 * device itself: the number of lines per task doubles while a task stays under half of it and
 * halves above it, so a slow phone gets fewer lines per task (a long task starts at 50 ms;
 * Lighthouse counts a phone as 4× this machine).
 */
const REVEAL_BUDGET_MS = 8;

/** A step as the template shows it. */
type StepView = ReturnType<SummaryView['viewOf']>;

/** Lets the browser paint and handle input before the next step is rendered. */

/** The summary component. Alpine binds `this` to its reactive proxy with the magics. */
export class SummaryView extends DossiersPanel {
  declare $refs: Record<string, HTMLElement>;
  declare $nextTick: (cb: () => void) => void;
  protected declare readonly deps: SummaryDeps;

  data: DossierData = {};
  loaded = false;
  pdfState: 'idle' | 'working' | 'done' | 'error' = 'idle';
  pdfMessage = '';
  saveText = '';
  noticeText = '';
  /**
   * How much of the summary is rendered, counted in steps and their lines: after the dossier has
   * loaded, a few lines per task (Alpine's per-binding work for a whole step, let alone the whole
   * dossier, is a long task on a phone otherwise), then all of it on every change.
   */
  shown = 0;
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
      void this.refreshList();
    });
    this.loaded = true;
    void this.revealSteps();
    await this.refreshList();
  }

  /** Renders the steps a few lines per task, so that no task holds the whole dossier's rendering. */
  private async revealSteps() {
    const total = () => this.derived().steps.reduce((n, st) => n + 1 + st.lines.length, 0);
    total(); // the summary is derived in a task of its own, before the first lines
    await nextTask();
    let lines = 1;
    while (this.shown < total()) {
      const start = performance.now();
      this.shown += lines;
      await new Promise<void>((resolve) => this.$nextTick(resolve)); // Alpine has drawn them
      const took = performance.now() - start;
      if (took > REVEAL_BUDGET_MS) lines = Math.max(1, lines >> 1);
      else if (took < REVEAL_BUDGET_MS / 2) lines *= 2;
      await nextTask();
    }
    this.shown = Number.POSITIVE_INFINITY;
    this.stepsBusy = false;
  }

  // ——— the dossier by step ———

  /** The shown steps; the same objects while the dossier is unchanged (Alpine then re-renders none). */
  get steps(): StepView[] {
    if (this.shown < 1) return []; // nothing derived before the dossier has loaded
    const d = this.derived();
    d.view ??= d.steps.map((st) => this.viewOf(st));
    const out: StepView[] = [];
    let left = this.shown;
    for (const step of d.view) {
      if (left < 1) break;
      left -= 1 + step.lines.length;
      if (left >= 0) out.push(step);
      else out.push(this.partialView(d, step, step.lines.length + left));
    }
    return out;
  }
  /** `step` with its first `n` lines only, while it is being revealed. */
  private partialView(d: Derived, step: StepView, n: number): StepView {
    if (d.partial?.step !== step || d.partial.n !== n) d.partial = { step, n, view: { ...step, lines: step.lines.slice(0, n) } };
    return d.partial.view;
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
}

/** The factory registered with `Alpine.data('summaryView', …)`. */
export function summaryView(deps: SummaryDeps): SummaryView {
  return new SummaryView(deps);
}
