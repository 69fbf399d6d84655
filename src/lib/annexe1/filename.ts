/**
 * The Annexe 1's file name: `annexe1-siseri-<raison-sociale>-<AAAA-MM-JJ>.pdf`.
 */
import type { DossierData } from '../dossier';
import { slugify } from '../slugify';
import { parisDateParts, t } from './strings';

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
