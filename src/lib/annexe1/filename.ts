/**
 * The Annexe 1's file name: `annexe1-siseri-<raison-sociale>-<AAAA-MM-JJ>.pdf`.
 */
import type { DossierData } from '../dossier';
import { parisDateParts, t } from './strings';

/** Longest slug kept from the raison sociale. */
const SLUG_MAX = 60;

/**
 * `text` as a file-name slug: lowercase ASCII, accents removed (œ → oe, æ → ae, ß → ss), every
 * other run of non-alphanumerics → « - », trimmed, at most 60 characters (cut between words when
 * possible); `fallback` when empty.
 */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= SLUG_MAX) return slug || fallback;
  // Too long: cut at the last word boundary that fits, or mid-word when there is none.
  const cut = slug.slice(0, SLUG_MAX + 1);
  const boundary = cut.lastIndexOf('-');
  return boundary > 0 ? cut.slice(0, boundary) : cut.slice(0, SLUG_MAX);
}

/**
 * File name of the Annexe 1 of `data` prepared at `now` (calendar date in France):
 * `annexe1-siseri-cabinet-dentaire-elodie-lefevre-2026-05-12.pdf`.
 */
export function annexeFileName(data: DossierData, now: Date): string {
  const e: unknown = data && typeof data === 'object' ? data.employeur : undefined;
  const raw = e && typeof e === 'object' && !Array.isArray(e) ? (e as Record<string, unknown>).raisonSociale : undefined;
  const slug = slugify(typeof raw === 'string' ? raw : '', t('annexe1.fichier.defaut'));
  const date = Number.isNaN(now.getTime()) ? new Date(0) : now;
  const [year, month, day] = parisDateParts(date);
  return `annexe1-siseri-${slug}-${year}-${month}-${day}.pdf`;
}
