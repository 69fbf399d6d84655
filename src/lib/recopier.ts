/**
 * « Recopier dans PASS » as data: the récapitulatif's steps (`summarize`, the one walk over the
 * dossier) regrouped as PASS screens 5–12 in PASS order, each value with its PASS label, the
 * value as typed and its PASS form, people one by one; and the copy ticks kept with the dossier.
 * A tick remembers a short hash of the PASS form that was copied (never the value itself), so a
 * value changed since shows as not copied. Pure: no DOM.
 */
import type { SummaryStep } from './summary';

/** A value to copy (or, for a choice, to click in PASS). */
export interface CopyRow {
  /** Line id from the summary (unique in the dossier); also the tick's key. */
  id: string;
  /** PASS's label. */
  label: string;
  /** The value as typed (shown). */
  shown: string;
  /** Its PASS form (copied). */
  pass: string;
  /** Text to copy; choices are clicked in PASS. */
  copyable: boolean;
}

/** A block of a screen: the screen's values, or one person of a list. */
export interface CopyBlock {
  /** Unique within the screen. */
  id: string;
  /** « Correspondant n° 1 » for a person; empty for a record screen. */
  heading: string;
  /** A list entry: remind PASS's « Ajouter » after it. */
  person: boolean;
  /** Its values, in PASS order. */
  rows: CopyRow[];
}

/** One PASS screen to copy: the récapitulatif's step (key, slug, number, title, path, status) and its blocks. */
export interface CopyScreen extends Pick<SummaryStep, 'key' | 'slug' | 'number' | 'title' | 'path' | 'status'> {
  /** Blocks in PASS order. */
  blocks: CopyBlock[];
}

/** The PASS screens 5–12 of the dossier (the after-creation step is not copied into PASS). */
export function copyScreens(steps: readonly SummaryStep[]): CopyScreen[] {
  return steps
    .filter((st) => !st.afterCreation)
    .map((st) => {
      const blocks: CopyBlock[] = [];
      for (const line of st.lines) {
        if (line.kind === 'heading') {
          blocks.push({ id: line.id, heading: line.label, person: true, rows: [] });
          continue;
        }
        if (line.value === '') continue;
        if (blocks.length === 0) blocks.push({ id: st.key, heading: '', person: false, rows: [] });
        blocks[blocks.length - 1]!.rows.push({ id: line.id, label: line.label, shown: line.value, pass: line.pass, copyable: line.copyable && line.pass !== '' });
      }
      return { key: st.key, slug: st.slug, number: st.number, title: st.title, path: st.path, status: st.status, blocks };
    });
}

/** Whether nothing has been prepared yet (every step « Non commencé »). */
export function isEmptyDossier(screens: readonly CopyScreen[]): boolean {
  return screens.every((s) => s.status === 'vide');
}

/** The copy ticks of a dossier: row id → hash of the PASS form copied. */
export type CopyTicks = Record<string, string>;

/** A short, stable hash of a text (FNV-1a, 32 bits, base 36): enough to notice a change. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** Whether `row` was copied as it is now. */
export function isTicked(row: Pick<CopyRow, 'id' | 'pass'>, ticks: CopyTicks): boolean {
  return ticks[row.id] === textHash(row.pass);
}

/** `ticks` with `row` marked as copied (a new object). */
export function tick(ticks: CopyTicks, row: Pick<CopyRow, 'id' | 'pass'>): CopyTicks {
  return { ...ticks, [row.id]: textHash(row.pass) };
}

/** Stored ticks, kept only when well-formed (never throws). */
export function parseTicks(raw: unknown): CopyTicks {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: CopyTicks = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (/^[a-z0-9-]{1,80}$/.test(k) && typeof v === 'string' && /^[0-9a-z]{1,8}$/.test(v)) out[k] = v;
  }
  return out;
}

/** Storage key of a dossier's ticks, next to the dossier in the site's store. */
export function ticksKey(dossierId: string): string {
  return `copies:${dossierId}`;
}

/** Index of the screen named by a URL hash `#etape-<slug>` (0 when none matches). */
export function screenIndexFromHash(screens: readonly Pick<CopyScreen, 'slug'>[], hash: string): number {
  const slug = decodeURIComponent(hash.replace(/^#/, '')).replace(/^etape-/, '');
  return Math.max(0, screens.findIndex((s) => s.slug === slug));
}
