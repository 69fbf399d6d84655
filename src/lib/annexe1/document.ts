/**
 * `buildAnnexe1`: the dossier → the Annexe 1 PDF bytes. Pure (no DOM, no network): the caller
 * passes the clock and, if it wishes, how to get a fallback font. Same dossier + same `now` →
 * byte-identical output.
 */
import { PDFDocument } from 'pdf-lib';
import type { DossierData, DossierRecord } from '../dossier';
import { Canvas } from './canvas';
import { standardFont, trueTypeFont, type AnnexeFont } from './fonts';
import { FIELD_PAD_Y, STYLES } from './geometry';
import { drawFooter, planHeader } from './header';
import { closingItems, firstBaseline, sectionItems, type ItemContext } from './items';
import { flow } from './flow';
import { sanitizeText } from './sanitize';
import { afterSignatureSection, annexeSections } from './sections';
import { parisDateParts, t } from './strings';
import { FieldFactory } from './text-field';

/** Options of `buildAnnexe1`. */
export interface Annexe1Options {
  /** Draw with this TrueType font (DejaVu Sans), embedded as a subset, rather than Helvetica. */
  fontBytes?: Uint8Array;
  /**
   * The fallback TrueType font (DejaVu Sans), asked for only when a value holds a character the
   * standard Helvetica cannot draw; the document is then drawn with it. Without it, or if it
   * fails, such characters are drawn « ? ».
   */
  loadFont?: () => Promise<Uint8Array>;
  /** The preparation date: PDF dates, footer. */
  now: Date;
  /** Mark every page « Dossier incomplet ». */
  incomplete: boolean;
}

/** Producer in the PDF metadata: fixed (no version number), so the output does not drift. */
const PDF_PRODUCER = 'guide-siseri (pdf-lib)';
/** Creator in the PDF metadata: fixed, like the producer. */
const PDF_CREATOR = 'guide-siseri — préparation de l’Annexe 1 SISERI';

const employeurOf = (data: DossierData): DossierRecord => {
  const e: unknown = data.employeur;
  return e && typeof e === 'object' && !Array.isArray(e) ? (e as DossierRecord) : {};
};

/**
 * Builds the Annexe 1 PDF of `data`: A4 pages with the header of PASS's Annexe 1, one section per
 * form screen of the model, every value as page text and as a pre-filled AcroForm text field,
 * PASS's acceptance sentence, « Page N sur M ». Never throws on odd dossier content.
 *
 * Drawn in the standard Helvetica (nothing to download); redrawn in the `loadFont` font when a
 * value needs a character Helvetica lacks (see fonts.ts).
 */
export async function buildAnnexe1(dossier: DossierData, opts: Annexe1Options): Promise<Uint8Array> {
  if (opts.fontBytes) return render(dossier, opts, await trueTypeFont(opts.fontBytes));
  const standard = standardFont();
  const bytes = await render(dossier, opts, standard);
  if (!standard.missed || !opts.loadFont) return bytes;
  const fallback = await opts.loadFont().then(trueTypeFont, () => undefined);
  return fallback ? render(dossier, opts, fallback) : bytes;
}

async function render(dossier: DossierData, opts: Annexe1Options, annexeFont: AnnexeFont): Promise<Uint8Array> {
  const data: DossierData = dossier && typeof dossier === 'object' ? dossier : {};
  const now = Number.isNaN(opts.now.getTime()) ? new Date(0) : opts.now;
  const { metrics } = annexeFont;

  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await annexeFont.embed(doc);

  const employeur = employeurOf(data);
  const raisonSociale = typeof employeur.raisonSociale === 'string' ? sanitizeText(employeur.raisonSociale, metrics) : '';
  doc.setTitle(t('annexe1.meta.titre'), { showInWindowTitleBar: true });
  doc.setSubject(t('annexe1.meta.sujet'));
  doc.setAuthor(raisonSociale || t('annexe1.meta.auteurInconnu'));
  doc.setKeywords([t('annexe1.meta.motsCles')]);
  doc.setLanguage('fr-FR');
  doc.setProducer(PDF_PRODUCER);
  doc.setCreator(PDF_CREATOR);
  doc.setCreationDate(now);
  doc.setModificationDate(now);

  const canvas = new Canvas(font);
  const fields = new FieldFactory(doc, canvas, STYLES.value, FIELD_PAD_Y + firstBaseline(STYLES.value, metrics));
  const ctx: ItemContext = { canvas, metrics, fields };
  const header = planHeader(ctx, { typeA: employeur.protocole === 'entreprise', incomplete: opts.incomplete });
  const items = [...sectionItems(ctx, annexeSections(data)), ...closingItems(ctx, afterSignatureSection(data))];
  const pages = flow(doc, canvas, header, items);

  const [year, month, day] = parisDateParts(now);
  pages.forEach((page, i) => drawFooter(canvas, metrics, page, i + 1, pages.length, `${day}/${month}/${year}`));

  return doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Infinity });
}
