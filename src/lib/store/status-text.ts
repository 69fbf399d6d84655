/**
 * The French sentence of the save status line: « Enregistrement… », « Enregistré dans ce
 * navigateur à 14 h 32 », « Échec de l’enregistrement : … — exportez votre dossier pour ne rien
 * perdre. ». Times are the browser's local time, through `Intl.DateTimeFormat('fr-FR')`.
 */
import type { SaveStatus } from './autosave';
import { SaveRefusedError, describeStorageError } from './storage-error';
import { t } from './strings';

/** « 14 h 32 » (no-break spaces), in local time. */
function frenchTime(d: Date): string {
  const parts = new Intl.DateTimeFormat('fr-FR', { hour: 'numeric', minute: '2-digit', hourCycle: 'h23' }).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('hour')}\u00a0h\u00a0${get('minute')}`;
}

/** « 12 mai », or « 12 mai 2025 » in another year than `now`, in local time. */
function frenchDay(d: Date, now: Date): string {
  const year = d.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' as const };
  return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', ...year }).format(d);
}

/** Same local calendar day. */
function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** A sentence turned into a clause: first letter in lower case, final full stop dropped. */
function asClause(sentence: string): string {
  return sentence.charAt(0).toLocaleLowerCase('fr-FR') + sentence.slice(1).replace(/\.\s*$/, '');
}

/** Options of `statusText`. */
export interface StatusTextOptions {
  /** The store fell back to memory (storage refused): say the save does not survive the page. */
  memoryOnly?: boolean;
}

/** The status line for `status`, as seen at `now`. */
export function statusText(status: SaveStatus, now: Date, options: StatusTextOptions = {}): string {
  switch (status.kind) {
    case 'idle':
      return t('store.status.idle');
    case 'saving':
      return t('store.status.saving');
    case 'saved': {
      const time = frenchTime(status.at);
      if (options.memoryOnly) return t('store.status.savedMemory', { time });
      return sameDay(status.at, now)
        ? t('store.status.saved', { time })
        : t('store.status.savedOn', { date: frenchDay(status.at, now), time });
    }
    case 'error': {
      const reason = status.error instanceof SaveRefusedError ? asClause(status.error.message) : describeStorageError(status.error);
      return t('store.status.error', { reason });
    }
    case 'conflict':
      return t('store.status.conflict', { time: frenchTime(new Date(status.stored.savedAt)) });
  }
}
