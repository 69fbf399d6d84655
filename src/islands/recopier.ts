/**
 * The « Recopier dans PASS » island (`x-data="recopierView"`): one PASS screen at a time, each
 * prepared value with « Copier » (the PASS form goes to the clipboard, the value stays shown as
 * typed), people one by one with PASS's « Ajouter » reminder, « Écran précédent / suivant », a
 * tick per copied value kept with the dossier. The model, the checks and the store arrive with
 * `import()` (injected `derive` and `ticks`), so the first load is Alpine and this file.
 */
import type { DossierData } from '../lib/record';
import type { CopyScreen, CopyTicks } from '../lib/recopier';
import { isEmptyDossier, isTicked, screenIndexFromHash, tick } from '../lib/recopier';
import { fill } from '../i18n/fill';
import type { frRecopier as FrRecopier } from '../i18n/steps.fr';
import type { DossierManager, DossierSession } from './session';

/** Where the ticks are kept (next to the dossier, erased with it). */
export interface TicksStore {
  load(dossierId: string): Promise<CopyTicks>;
  save(dossierId: string, ticks: CopyTicks): Promise<void>;
}

/** What the page gives the island. */
export interface RecopierDeps {
  session: DossierSession;
  manager: () => Promise<DossierManager>;
  /** The PASS screens of a dossier (loads the model and the checks). */
  derive: () => Promise<(data: DossierData) => CopyScreen[]>;
  ticks: () => Promise<TicksStore>;
  announce: (message: string) => void;
  copyText: (text: string) => Promise<void>;
  strings: typeof FrRecopier;
  /** Base path of the site. */
  base: string;
}

/** The component. Alpine binds `this` to its reactive proxy with the magics. */
export class RecopierView {
  declare $el: HTMLElement;
  declare $refs: Record<string, HTMLElement>;
  declare $nextTick: (cb: () => void) => void;
  private readonly deps: RecopierDeps;
  private derive: ((data: DossierData) => CopyScreen[]) | null = null;

  loaded = false;
  screens: CopyScreen[] = [];
  index = 0;
  ticks: CopyTicks = {};
  dossierId: string | null = null;

  constructor(deps: RecopierDeps) {
    this.deps = deps;
  }

  private get s() {
    return this.deps.strings;
  }

  async init() {
    const [derive, data] = await Promise.all([this.deps.derive(), this.deps.session.load()]);
    this.derive = derive;
    await this.show(data);
    this.index = screenIndexFromHash(this.screens, location.hash);
    this.loaded = true;
    this.deps.session.onReplace((d) => void this.show(d));
    window.addEventListener('hashchange', () => (this.index = screenIndexFromHash(this.screens, location.hash)));
  }

  /** Derives the screens of `data` and reads the open dossier's ticks. */
  private async show(data: DossierData) {
    this.screens = this.derive ? this.derive(data) : [];
    const { currentId } = await (await this.deps.manager()).list();
    this.dossierId = currentId;
    this.ticks = currentId ? await (await this.deps.ticks()).load(currentId) : {};
  }

  // ——— page state ———

  get isLoading(): boolean {
    return !this.loaded;
  }
  get isEmpty(): boolean {
    return this.loaded && isEmptyDossier(this.screens);
  }
  get hasScreen(): boolean {
    return this.loaded && !this.isEmpty && this.screens.length > 0;
  }
  private get current(): CopyScreen | undefined {
    return this.screens[this.index];
  }
  get counterText(): string {
    return fill(this.s.screenOf, { n: this.index + 1, total: this.screens.length });
  }
  get heading(): string {
    const c = this.current;
    return c ? fill(this.s.stepHeading, { n: c.number, title: c.title }) : '';
  }
  get stepHref(): string {
    const c = this.current;
    return c ? `${this.deps.base}${c.path.slice(1)}` : this.deps.base;
  }
  get hasNotice(): boolean {
    const st = this.current?.status;
    return st !== undefined && st !== 'complet';
  }
  get noticeText(): string {
    return this.current?.status === 'erreurs' ? this.s.errors : this.s.incomplete;
  }
  get noticeClass(): string {
    return this.current?.status === 'erreurs' ? 'recopier__notice recopier__notice--error' : 'recopier__notice';
  }
  get noticeLink(): string {
    return fill(this.s.fixLink, { title: this.current?.title ?? '' });
  }
  get hasNoValue(): boolean {
    return (this.current?.blocks.length ?? 0) === 0;
  }
  get blocks() {
    const ticks = this.ticks;
    return (this.current?.blocks ?? []).map((b) => ({
      ...b,
      hasHeading: b.heading !== '',
      headingId: `recopier-${b.id}`,
      rows: b.rows.map((r) => {
        const done = r.copyable && isTicked(r, ticks);
        return {
          ...r,
          done,
          rowClass: done ? 'recopier__row recopier__row--done' : 'recopier__row',
          copyLabel: fill(this.s.copyOf, { label: r.label }),
          // Only « copié » is shown; « pas encore copié » is for screen readers (`stateClass`).
          stateText: r.copyable ? (done ? this.s.copiedMark : this.s.notCopied) : this.s.choice,
          stateClass: r.copyable && !done ? 'recopier__state visually-hidden' : 'recopier__state',
        };
      }),
    }));
  }
  get progressText(): string {
    const rows = (this.current?.blocks ?? []).flatMap((b) => b.rows).filter((r) => r.copyable);
    return fill(this.s.progress, { done: rows.filter((r) => isTicked(r, this.ticks)).length, total: rows.length });
  }
  get hasPrevious(): boolean {
    return this.index > 0;
  }
  get hasNext(): boolean {
    return this.index < this.screens.length - 1;
  }

  // ——— actions ———

  /** Copies the PASS form of the row `data-id`, ticks it and says so once. */
  async copyValue() {
    const id = this.$el.dataset.id;
    const row = this.current?.blocks.flatMap((b) => b.rows).find((r) => r.id === id);
    if (!row) return;
    try {
      await this.deps.copyText(row.pass);
    } catch {
      this.deps.announce(this.s.copyFailed);
      return;
    }
    this.ticks = tick(this.ticks, row);
    this.deps.announce(fill(this.s.copied, { label: row.label }));
    if (this.dossierId) await (await this.deps.ticks()).save(this.dossierId, this.ticks);
  }
  /** « Effacer les coches »: every value of the dossier shows as not copied again. */
  async clearTicks() {
    this.ticks = {};
    if (this.dossierId) await (await this.deps.ticks()).save(this.dossierId, {});
    this.deps.announce(this.s.erased);
  }
  previous() {
    this.go(this.index - 1);
  }
  next() {
    this.go(this.index + 1);
  }
  private go(i: number) {
    if (i < 0 || i >= this.screens.length) return;
    this.index = i;
    history.replaceState(null, '', `#etape-${this.screens[i]!.slug}`);
    this.$nextTick(() => this.$refs.heading?.focus());
  }
}

/** The factory registered with `Alpine.data('recopierView', …)`. */
export function recopierView(deps: RecopierDeps): RecopierView {
  return new RecopierView(deps);
}
