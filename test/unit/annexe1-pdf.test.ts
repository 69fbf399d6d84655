/**
 * The Annexe 1 PDF, re-read by other code than the builder: pdf-lib for pages, metadata and form
 * fields; pdf.js (legacy build, as in Node) for the visible text. Expected values are written out
 * by hand from the fixture, never taken from the builder's output.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, PDFTextField } from 'pdf-lib';
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { annexeFileName, buildAnnexe1 } from '../../src/lib/annexe1';
import { emptyDossier } from '../../src/lib/dossier';
import { FORM_SCREENS } from '../../src/model';
import { dossierAvecListes, dossierComplet } from '../fixtures/dossier-complet';

const require = createRequire(import.meta.url);
GlobalWorkerOptions.workerSrc = require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');

const fontBytes = new Uint8Array(readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')));
/** 12 May 2026, 10:30 in Paris. */
const NOW = new Date('2026-05-12T08:30:00Z');
const A4 = { width: 595.28, height: 841.89 };

const NBSP = '\u00a0';
/** The label PASS gives the « equivalent » justificatif: read from the model (an input, not output). */
const JUSTIFICATIF_EQUIVALENT = FORM_SCREENS.find((s) => s.form?.key === 'pieces')!
  .form!.groups[0]!.fields[0]!.options!.find((o) => o.value === 'equivalent')!.label;

const CABINET_FIELDS = (prefix: string) => ({
  [`${prefix}-raison-sociale`]: 'Cabinet dentaire Élodie Lefèvre',
  [`${prefix}-siret`]: '73282932000074',
  [`${prefix}-adresse`]: `Résidence «${NBSP}Les Tilleuls${NBSP}», 12 rue de la République`,
  [`${prefix}-code-postal`]: '69002',
  [`${prefix}-ville`]: 'Lyon',
  [`${prefix}-pays`]: 'France',
  // Telephones in their PASS form: digits only, as typed « 04 78 12 34 56 ».
  [`${prefix}-telephone`]: '0478123456',
  [`${prefix}-telecopie`]: '0478123457',
});

/** Every field of the full fixture's Annexe 1 and its value, written out by hand. */
const EXPECTED_FIELDS: Record<string, string> = {
  'employeur-protocole': 'Pour une entreprise',
  ...CABINET_FIELDS('employeur'),
  'representant-civilite': 'Mme.',
  'representant-nom': 'LEFÈVRE',
  'representant-prenom': 'Élodie',
  'representant-courriel': 'elodie.lefevre@cabinet-lefevre.fr',
  'representant-telephone-portable': '0612345678',
  ...CABINET_FIELDS('etablissement'),
  'pieces-justificatif': JUSTIFICATIF_EQUIVALENT,
  'pieces-piece-identite': 'À joindre — prête',
  'ces-1-civilite': 'Mme.',
  'ces-1-nom': 'GARÇON',
  'ces-1-prenom': 'Amélie',
  'ces-1-courriel': 'amelie.garcon@cabinet-lefevre.fr',
  'mdt-1-civilite': 'M.',
  'mdt-1-nom': 'BŒUF',
  'mdt-1-prenom': 'François',
  'mdt-1-courriel': 'francois.boeuf@sist-rhone.fr',
  'mdt-1-rpps': '10001234567',
  'mdt-1-externe': 'Oui',
  'mdt-1-raison-sociale': 'Service de santé au travail interentreprises du Rhône',
  'mdt-1-siret': '55208131766522',
  'mdt-1-adresse': '45 avenue Jean-Jaurès',
  'mdt-1-code-postal': '69007',
  'mdt-1-ville': 'Lyon',
  'mdt-1-pays': 'France',
  'mdt-1-telephone': '0472761122',
  'pcr-1-civilite': 'Mme.',
  'pcr-1-nom': 'LEFÈVRE',
  'pcr-1-prenom': 'Élodie',
  'pcr-1-courriel': 'elodie.lefevre@cabinet-lefevre.fr',
  'pcr-1-envoi-infos': 'Oui',
  'pcr-2-civilite': 'M.',
  'pcr-2-nom': 'N’GUYEN-DUPRÉ',
  'pcr-2-prenom': 'Jérôme',
  'pcr-2-courriel': 'j.nguyen@rp-conseil-aura.fr',
  'pcr-2-habilitation': 'PCR-2023-00451',
  'pcr-2-externe': 'Oui',
  'pcr-2-raison-sociale': 'Radioprotection Conseil Auvergne-Rhône-Alpes',
  'pcr-2-siret': '44306184100047',
  'pcr-2-adresse': '3 place de l’Hôtel-de-Ville',
  'pcr-2-code-postal': '42000',
  'pcr-2-ville': 'Saint-Étienne',
  'pcr-2-cedex': '01',
  'pcr-2-pays': 'France',
  'pcr-2-telephone': '0477334455',
  'travailleurs-exposes': 'Oui',
  'travailleurs-inb': 'Non',
  'travailleurs-domaine': 'Domaine civil',
  'travailleurs-activite': 'Soins dentaires',
  'suivi-numero-reclamation': '202106554',
  // The closing box « À compléter après la signature »: empty editable fields.
  'suivi-numero-protocole': '',
  'suivi-nom-cle': '',
};

const HEADER = "ANNEXE 1 AU PROTOCOLE D'ACCÈS SÉCURISÉ À SISERI";
const SUBTITLE = "IDENTIFICATION DE L'EMPLOYEUR ET DE SES ACCÉDANTS AU SYSTÈME SISERI";
const ACCEPTATION =
  "Le représentant légal de l'entreprise reconnaît avoir pris connaissance du protocole d'accès au système d'information SISERI et déclare l'avoir accepté.";

/** White space collapsed to single spaces (pdf.js splits lines into items). */
const norm = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** The text of every page, as pdf.js extracts it, white space normalised. */
async function pdfjsPages(bytes: Uint8Array): Promise<string[]> {
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  const pdf = await task.promise;
  try {
    const pages: string[] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const content = await (await pdf.getPage(i)).getTextContent();
      pages.push(norm(content.items.map((item) => ('str' in item ? item.str : '')).join(' ')));
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/** Field name → value of every text field. */
function fieldValues(doc: PDFDocument): Record<string, string> {
  return Object.fromEntries(
    doc
      .getForm()
      .getFields()
      .map((f) => {
        expect(f, `${f.getName()} est un champ texte`).toBeInstanceOf(PDFTextField);
        return [f.getName(), (f as PDFTextField).getText() ?? ''];
      }),
  );
}

/** An entry of the Info dictionary, decoded. */
function info(doc: PDFDocument, key: string): string | undefined {
  const dict = doc.context.lookup(doc.context.trailerInfo.Info);
  const value = dict && 'get' in dict ? (dict as { get(k: PDFName): unknown }).get(PDFName.of(key)) : undefined;
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

describe('Annexe 1 — dossier complet', () => {
  let bytes: Uint8Array;
  let doc: PDFDocument;
  let pages: string[];

  beforeAll(async () => {
    bytes = await buildAnnexe1(dossierComplet(), { fontBytes, now: NOW, incomplete: false });
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
    pages = await pdfjsPages(bytes);
  });

  it('is made of A4 portrait pages', () => {
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(2);
    for (const page of doc.getPages()) {
      const { width, height } = page.getSize();
      expect(width).toBeCloseTo(A4.width, 2);
      expect(height).toBeCloseTo(A4.height, 2);
    }
  });

  it('has the metadata: title, subject, author, language, dates, producer', () => {
    expect(doc.getTitle()).toBe('Annexe 1 — protocole d’accès sécurisé à SISERI');
    expect(doc.getSubject()).toMatch(/SISERI/);
    expect(doc.getAuthor()).toBe('Cabinet dentaire Élodie Lefèvre');
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toMatch(/fr-FR/);
    expect(doc.getCreationDate()?.toISOString()).toBe(NOW.toISOString());
    expect(doc.getModificationDate()?.toISOString()).toBe(NOW.toISOString());
    expect(info(doc, 'Producer')).toBeTruthy();
    expect(info(doc, 'Creator')).toBeTruthy();
  });

  it('embeds DejaVu Sans as a subset, and no other font', () => {
    const fonts: string[] = [];
    let fontFileSize = 0;
    for (const [, obj] of doc.context.enumerateIndirectObjects()) {
      if (obj instanceof PDFDict && obj.get(PDFName.of('Type')) === PDFName.of('Font')) {
        fonts.push(String(obj.get(PDFName.of('BaseFont'))));
      }
      if (obj instanceof PDFDict && obj.get(PDFName.of('Type')) === PDFName.of('FontDescriptor')) {
        const file = doc.context.lookup(obj.get(PDFName.of('FontFile2')));
        if (file instanceof PDFRawStream) fontFileSize = file.contents.length;
      }
    }
    expect(fonts.length).toBeGreaterThan(0);
    for (const name of fonts) expect(name).toMatch(/^\/[A-Z]{6}\+DejaVuSans$/);
    expect(fontFileSize).toBeGreaterThan(1_000);
    expect(fontFileSize).toBeLessThan(60_000); // the whole DejaVuSans.ttf is ~750 kB
  });

  it('has one pre-filled text field per value, named from the model ids', () => {
    expect(fieldValues(doc)).toEqual(EXPECTED_FIELDS);
  });

  it('gives every field an accessible name (/TU): its row label', () => {
    const fields = doc.getForm().getFields();
    expect(fields.length).toBeGreaterThan(20);
    for (const f of fields) {
      const tu = f.acroField.dict.lookup(PDFName.of('TU'));
      expect(tu instanceof PDFHexString || tu instanceof PDFString, f.getName()).toBe(true);
      expect((tu as PDFHexString).decodeText().trim(), f.getName()).not.toBe('');
    }
    const tu = (name: string) => (doc.getForm().getTextField(name).acroField.dict.lookup(PDFName.of('TU')) as PDFHexString).decodeText();
    expect(tu('employeur-siret')).toBe('Numéro SIRET');
  });

  it('marks multi-line values as multiline fields', () => {
    const field = doc.getForm().getTextField('pieces-justificatif');
    expect(field.isMultiline()).toBe(true);
    expect(doc.getForm().getTextField('employeur-siret').isMultiline()).toBe(false);
  });

  it('leaves out guide-only items, e-mail confirmations, fields whose condition fails and empty optional rows', () => {
    const names = Object.keys(fieldValues(doc));
    for (const absent of [
      'etablissement-identique-employeur',
      'pieces-justificatif-pret',
      'representant-confirmation-courriel',
      'ces-1-confirmation-courriel',
      'ces-1-raison-sociale',
      'pcr-1-siret',
      'employeur-cedex',
      'employeur-etranger',
      'representant-habilitation',
      'representant-portable-etranger',
      'ces-1-externe',
      'mdt-1-telecopie',
    ]) {
      expect(names).not.toContain(absent);
    }
  });

  it('shows the header, the preparation notice and « Page N sur M » on every page', () => {
    pages.forEach((text, i) => {
      expect(text).toContain(HEADER);
      expect(text).toContain('Type A');
      expect(text).toContain(SUBTITLE);
      expect(text).toContain('Document de préparation — la signature a lieu dans PASS par code SMS');
      expect(text).toContain(`Page ${i + 1} sur ${pages.length}`);
      expect(text).toContain('Préparé le 12/05/2026');
      expect(text).not.toContain('Dossier incomplet');
    });
  });

  it('shows every value as page text, accents intact', () => {
    const all = pages.join(' ');
    for (const [name, value] of Object.entries(EXPECTED_FIELDS)) {
      if (value) expect(all, name).toContain(norm(value));
    }
  });

  it('extracts each value once: the field appearance is not page text', () => {
    const all = pages.join(' ');
    for (const unique of ['PCR-2023-00451', '44306184100047', 'Saint-Étienne', 'BŒUF', 'N’GUYEN-DUPRÉ', '202106554']) {
      expect(occurrences(all, unique), unique).toBe(1);
    }
    // The employer's SIRET is also the établissement's: two fields, two occurrences.
    expect(occurrences(all, '73282932000074')).toBe(2);
  });

  it('gives pdf.js editable text fields, opaque, using the embedded font', async () => {
    const task = getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 });
    const pdf = await task.promise;
    const seen: Record<string, string> = {};
    try {
      for (let i = 1; i <= pdf.numPages; i++) {
        for (const w of (await (await pdf.getPage(i)).getAnnotations()).filter((a) => a.subtype === 'Widget')) {
          expect(w.fieldType).toBe('Tx');
          expect(w.readOnly).toBe(false);
          expect(Array.from(w.backgroundColor ?? [])).toEqual([255, 255, 255]);
          expect(w.defaultAppearanceData).toMatchObject({ fontName: 'F1', fontSize: 9 });
          seen[w.fieldName] = w.fieldValue;
        }
      }
    } finally {
      await task.destroy();
    }
    expect(seen).toEqual(EXPECTED_FIELDS);
    expect(doc.getForm().acroForm.dict.get(PDFName.of('NeedAppearances'))).toBeUndefined();
  });

  it('shows the sections in wizard order, then the acceptance sentence', () => {
    const all = pages.join(' ');
    const order = [
      'Employeur',
      'Représentant légal de l’entreprise',
      'Établissement de rattachement des travailleurs',
      'Pièces justificatives',
      'Correspondants employeur pour SISERI (CES)',
      'Médecins du travail (MDT)',
      'Personnes compétentes en radioprotection (PCR)',
      'Travailleurs et activité',
      'Références',
      ACCEPTATION,
    ].map((s) => all.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(all).toContain('Correspondant n° 1');
    expect(all).toContain('Personne compétente n° 2');
    expect(all).toMatch(/signature électronique se fait uniquement dans PASS/);
  });

  it('names every ticked piece, the identity card included', () => {
    const all = pages.join(' ');
    expect(all).toContain("Copie de la carte nationale d'identité du représentant légal de l'employeur");
    expect(all).toContain('À joindre — prête');
  });

  it('ends with the box « À compléter après la signature » and its two empty fields', () => {
    const all = pages.join(' ');
    const box = all.indexOf(`À compléter après la signature : n°${NBSP}de protocole, nom clé`.replace(/\s+/gu, ' '));
    expect(box).toBeGreaterThan(all.indexOf(ACCEPTATION));
    expect(all.indexOf('Numéro du protocole', box)).toBeGreaterThan(box);
    expect(all.indexOf("Nom clé de l'entreprise", box)).toBeGreaterThan(box);
    expect(doc.getForm().getTextField('suivi-numero-protocole').getText() ?? '').toBe('');
    expect(doc.getForm().getTextField('suivi-nom-cle').getText() ?? '').toBe('');
  });
});

describe('Annexe 1 — values in their PASS form', () => {
  it('prints a SIRET typed with spaces as 14 digits, and an e-mail in lower case', async () => {
    const data = dossierComplet();
    Object.assign(data.employeur as Record<string, string>, { siret: '732 829 320 00074', telephone: '04.78.12.34.56' });
    Object.assign(data.representant as Record<string, string>, { courriel: ' Elodie.Lefevre@Cabinet-Lefevre.FR ' });
    const bytes = await buildAnnexe1(data, { fontBytes, now: NOW, incomplete: false });
    const form = (await PDFDocument.load(bytes, { updateMetadata: false })).getForm();
    expect(form.getTextField('employeur-siret').getText()).toBe('73282932000074');
    expect(form.getTextField('employeur-telephone').getText()).toBe('0478123456');
    expect(form.getTextField('representant-courriel').getText()).toBe('elodie.lefevre@cabinet-lefevre.fr');
    expect((await pdfjsPages(bytes)).join(' ')).not.toContain('732 829 320');
  });
});

describe('Annexe 1 — variants', () => {
  it('is byte-identical for the same dossier and date, different for another date', async () => {
    const a = await buildAnnexe1(dossierComplet(), { fontBytes, now: NOW, incomplete: false });
    const b = await buildAnnexe1(dossierComplet(), { fontBytes, now: NOW, incomplete: false });
    const c = await buildAnnexe1(dossierComplet(), { fontBytes, now: new Date(NOW.getTime() + 1000), incomplete: false });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
    // No random trailer /ID (pdf-lib writes none for a new document); if one appears, it must be stable.
    const trailerId = (bytes: Uint8Array) => /\/ID\s*\[[^\]]*\]/.exec(Buffer.from(bytes).toString('latin1'))?.[0];
    expect(trailerId(a)).toBe(trailerId(b));
  });

  it('marks every page « Dossier incomplet » when asked', async () => {
    const bytes = await buildAnnexe1(dossierAvecListes(5), { fontBytes, now: NOW, incomplete: true });
    const pages = await pdfjsPages(bytes);
    expect(pages.length).toBeGreaterThan(2);
    for (const text of pages) expect(text).toContain('Dossier incomplet');
  });

  it('flows long lists onto further pages, every field on an A4 page and inside it', async () => {
    const bytes = await buildAnnexe1(dossierAvecListes(12), { fontBytes, now: NOW, incomplete: false });
    const doc = await PDFDocument.load(bytes);
    const names = doc.getForm().getFields().map((f) => f.getName());
    for (const list of ['ces', 'mdt', 'pcr']) {
      for (let n = 1; n <= 12; n++) expect(names, `${list}-${n}`).toContain(`${list}-${n}-courriel`);
    }
    expect(new Set(names).size).toBe(names.length);
    for (const field of doc.getForm().getFields()) {
      for (const widget of field.acroField.getWidgets()) {
        const r = widget.getRectangle();
        expect(r.x).toBeGreaterThanOrEqual(0);
        expect(r.y).toBeGreaterThanOrEqual(0);
        expect(r.x + r.width).toBeLessThanOrEqual(A4.width);
        expect(r.y + r.height).toBeLessThanOrEqual(A4.height);
      }
    }
    const pages = await pdfjsPages(bytes);
    expect(pages.at(-1)).toContain(`Page ${pages.length} sur ${pages.length}`);
    expect(pages.join(' ')).toContain('Personne compétente n° 12');
  });

  it('wraps long values and continues a value too long for one page', async () => {
    const data = dossierComplet();
    const words = Array.from({ length: 1500 }, (_, i) => `mot${i}`).join(' ');
    const longWord = 'x'.repeat(600);
    (data.employeur as Record<string, string>).adresse = `${words} ${longWord}`;
    const bytes = await buildAnnexe1(data, { fontBytes, now: NOW, incomplete: false });
    const doc = await PDFDocument.load(bytes);
    const form = doc.getForm();
    const parts = form.getFields().filter((f) => /^employeur-adresse(-suite-\d+)?$/.test(f.getName())) as PDFTextField[];
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.isMultiline())).toBe(true);
    const joined = norm(parts.map((p) => p.getText() ?? '').join(' '));
    expect(joined.replace(/ /g, '')).toBe(`${words}${longWord}`.replace(/ /g, ''));
    const text = (await pdfjsPages(bytes)).join(' ');
    expect(text).toContain('mot0 mot1 mot2');
    expect(text).toContain('mot1499');
    expect(text.replace(/ /g, '')).toContain(longWord);
  });

  it('says when there is no médecin du travail, and prints no « Type A » for an organisme', async () => {
    const data = dossierComplet();
    data.mdt = [];
    (data.employeur as Record<string, string>).protocole = 'organisme';
    const bytes = await buildAnnexe1(data, { fontBytes, now: NOW, incomplete: false });
    const text = (await pdfjsPages(bytes)).join(' ');
    expect(text).toContain('Aucun médecin du travail désigné');
    expect(text).not.toContain('Type A');
    expect(text).toContain('Pour un organisme agréé pour la surveillance dosimétrique');
  });

  it('builds from an empty dossier, with the fallback author', async () => {
    const bytes = await buildAnnexe1(emptyDossier(), { fontBytes, now: NOW, incomplete: true });
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getAuthor()).toBe('Employeur non renseigné');
    const text = (await pdfjsPages(bytes)).join(' ');
    expect(text).toContain('Aucun correspondant employeur renseigné');
    expect(text).toContain(ACCEPTATION);
    expect(text).not.toContain('Références');
    await expect(buildAnnexe1({}, { fontBytes, now: NOW, incomplete: true })).resolves.toBeInstanceOf(Uint8Array);
  });

  it('draws French typography and replaces what the font lacks, without throwing', async () => {
    const data = dossierComplet();
    const e = data.employeur as Record<string, string>;
    e.adresse = `Cœur «\u202fœuvre\u202f» l’été\u00a0: ok`;
    e.ville = 'A\u0000B\u0007C\nD\tE';
    e.cedex = 'Z\uD800Z \u4E2D';
    const bytes = await buildAnnexe1(data, { fontBytes, now: NOW, incomplete: false });
    const form = (await PDFDocument.load(bytes)).getForm();
    expect(form.getTextField('employeur-adresse').getText()).toBe(e.adresse);
    expect(form.getTextField('employeur-ville').getText()).toBe('ABC D E');
    expect(form.getTextField('employeur-cedex').getText()).toBe('Z\uFFFDZ \uFFFD');
    const text = (await pdfjsPages(bytes)).join(' ');
    expect(text).toContain('Cœur');
    expect(text).toContain('œuvre');
    expect(text).toContain('l’été');
  });
});

describe('annexeFileName', () => {
  it('slugs the raison sociale and dates the file in France', () => {
    expect(annexeFileName(dossierComplet(), NOW)).toBe('annexe1-siseri-cabinet-dentaire-elodie-lefevre-2026-05-12.pdf');
    // 23:30 UTC on 31 Dec is already 1 Jan in Paris.
    expect(annexeFileName(dossierComplet(), new Date('2026-12-31T23:30:00Z'))).toBe(
      'annexe1-siseri-cabinet-dentaire-elodie-lefevre-2027-01-01.pdf',
    );
  });

  it('falls back to « dossier » and caps the slug at 60 characters', () => {
    expect(annexeFileName(emptyDossier(), NOW)).toBe('annexe1-siseri-dossier-2026-05-12.pdf');
    const data = emptyDossier();
    (data.employeur as Record<string, string>).raisonSociale = '  «\u00a0Œuvre Cœur & Æther\u00a0» — SARL ';
    expect(annexeFileName(data, NOW)).toBe('annexe1-siseri-oeuvre-coeur-aether-sarl-2026-05-12.pdf');
    (data.employeur as Record<string, string>).raisonSociale = 'Établissement '.repeat(10);
    const slug = /^annexe1-siseri-(.*)-2026-05-12\.pdf$/.exec(annexeFileName(data, NOW))?.[1] ?? '';
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^etablissement(-etablissement)*$/);
    (data.employeur as Record<string, string>).raisonSociale = '😀 中文 !!!';
    expect(annexeFileName(data, NOW)).toBe('annexe1-siseri-dossier-2026-05-12.pdf');
  });
});
