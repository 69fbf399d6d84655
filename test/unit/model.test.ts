import { describe, expect, it } from 'vitest';
import { ACTIVITY_DOMAINS, ALL_FIELDS, CONFIRMATIONS, SCREENS, STEP_COUNT, formFields } from '../../src/model';
import { emptyDossier } from '../../src/lib/dossier';

/** The page map of PRODUCT.md, in order: a public contract written out here on purpose. */
const PAGE_MAP_SLUGS = [
  'acces-pass',
  'choix-de-la-demarche',
  'confirmation',
  'protocole',
  'employeur',
  'representant-legal',
  'etablissement',
  'pieces-justificatives',
  'correspondant-employeur',
  'medecin-du-travail',
  'pcr',
  'travailleurs',
  'signature',
  'apres-la-creation',
];

/**
 * Every field label of the seed guide, screen by screen, in the seed's order, copied by hand from
 * `shared/source/000_204f0bb5c34a4655.txt` (asterisks removed).
 */
const SEED_LABELS: Record<string, string[]> = {
  employeur: ["Protocole d'accès", 'Raison sociale ou nom', 'Numéro SIRET', 'Adresse Postale', 'Code Postal', 'Ville', 'Cedex', 'Pays', 'Etranger', 'Téléphone', 'Télécopie'],
  'representant-legal': ['Civilité', 'Nom', 'Prénom', 'Courriel', 'Confirmation courriel', 'Téléphone portable', 'Etranger', 'N° habilitation SISERI'],
  etablissement: ['Raison sociale ou nom', 'Numéro SIRET', 'Adresse Postale', 'Code Postal', 'Ville', 'Cedex', 'Pays', 'Etranger', 'Téléphone', 'Télécopie'],
  // the radio has no label in PASS: its two options are checked below
  'pieces-justificatives': ["Justificatif de l'entreprise", "Copie de la carte nationale d'identité du représentant légal de l'employeur"],
  'correspondant-employeur': ['Civilité', 'Nom', 'Prénom', 'Courriel', 'Confirmation courriel', 'N° habilitation SISERI', 'CES Externe', 'Raison sociale ou nom', 'Numéro SIRET', 'Adresse Postale', 'Code Postal', 'Ville', 'Cedex', 'Pays', 'Etranger', 'Téléphone', 'Télécopie'],
  'medecin-du-travail': ['Civilité', 'Nom', 'Prénom', 'Courriel', 'Confirmation courriel', 'N° habilitation SISERI', 'RPPS (ou Adeli)', 'MDT Externe', 'Raison sociale ou nom', 'Numéro SIRET', 'Adresse Postale', 'Code Postal', 'Ville', 'Cedex', 'Pays', 'Etranger', 'Téléphone', 'Télécopie'],
  pcr: ['Civilité', 'Nom', 'Prénom', 'Courriel', 'Confirmation courriel', 'Envoi des informations dosimétriques', 'N° habilitation SISERI', 'PCR Externe', 'Raison sociale ou nom', 'Numéro SIRET', 'Adresse Postale', 'Code Postal', 'Ville', 'Cedex', 'Pays', 'Etranger', 'Téléphone', 'Télécopie'],
  // « Domaine » is our short label for PASS's civil/militaire choice (options checked below)
  travailleurs: ['Au sein de votre établissement', 'Si oui, votre établissement est une INB (installation nucléaire de base)', 'Domaine', "et choisir l'activité principale dans la liste ci-dessous"],
};

/** Labels of PASS fields of a screen, guide-only fields excluded, in model order. */
const passLabels = (slug: string) => {
  const s = SCREENS.find((x) => x.slug === slug)!;
  return formFields(s.form!).filter((f) => !f.guideOnly).map((f) => f.label);
};

/** Seed labels with a required asterisk, per screen (« Raison sociale ou nom * » only for the employer). */
const SEED_REQUIRED: Record<string, string[]> = {
  employeur: ["Protocole d'accès", 'Raison sociale ou nom', 'Numéro SIRET', 'Adresse Postale', 'Code Postal', 'Ville', 'Pays'],
  'representant-legal': ['Civilité', 'Nom', 'Prénom', 'Courriel', 'Confirmation courriel', 'Téléphone portable'],
  etablissement: ['Numéro SIRET', 'Adresse Postale', 'Code Postal', 'Ville', 'Pays'],
  'correspondant-employeur': ['Civilité', 'Nom', 'Prénom', 'Courriel', 'Confirmation courriel', 'Numéro SIRET', 'Adresse Postale', 'Code Postal', 'Ville'],
};

describe('the PASS model', () => {
  it('has the 14 screens of the page map, numbered in order', () => {
    expect(STEP_COUNT).toBe(14);
    expect(SCREENS.map((s) => s.slug)).toEqual(PAGE_MAP_SLUGS);
    expect(SCREENS.map((s) => s.number)).toEqual(PAGE_MAP_SLUGS.map((_, i) => i + 1));
  });

  it('carries every seed field label, verbatim and in the seed order', () => {
    for (const [slug, labels] of Object.entries(SEED_LABELS)) {
      expect(passLabels(slug), slug).toEqual(labels);
    }
  });

  it('carries the two choices of « Pièces justificatives » verbatim', () => {
    const f = ALL_FIELDS.find((x) => x.id === 'pieces-justificatif')!.field;
    expect(f.options!.map((o) => o.label)).toEqual([
      'Extrait de l\'inscription au registre du commerce et des sociétés (K ou K-bis)',
      "Document mentionnant le nom, la dénomination sociale, l'adresse complète et le numéro d'immatriculation au RCS ou au répertoire des métiers ou à une liste ou un tableau d'un ordre professionnel, ou la référence de l'agrément délivré par l'autorité compétente",
    ]);
  });

  it('carries the civil/militaire choice verbatim', () => {
    const f = ALL_FIELDS.find((x) => x.id === 'travailleurs-domaine')!;
    expect(f.field.options!.map((o) => o.label)).toEqual(['Domaine civil', 'Domaine militaire']);
    expect(f.group.legend).toBe('Activités entraînant une exposition aux rayonnements de vos travailleurs');
  });

  it('marks as required exactly the fields the seed shows with an asterisk', () => {
    for (const [slug, labels] of Object.entries(SEED_REQUIRED)) {
      const s = SCREENS.find((x) => x.slug === slug)!;
      const required = formFields(s.form!).filter((f) => f.required && !f.guideOnly).map((f) => f.label);
      expect(required, slug).toEqual(labels);
    }
  });

  it('gives every field a unique, URL-safe id', () => {
    const ids = ALL_FIELDS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(ids).toContain('employeur-siret');
    expect(ids).toContain('ces-confirmation-courriel');
  });

  it('keeps field keys unique within each form', () => {
    for (const s of SCREENS) {
      if (!s.form) continue;
      const keys = formFields(s.form).map((f) => f.key);
      expect(new Set(keys).size, s.slug).toBe(keys.length);
    }
  });

  it('gives radio and select fields their options, and every field an autocomplete token', () => {
    for (const { field, id } of ALL_FIELDS) {
      if (field.kind === 'radio') expect(field.options?.length, id).toBeGreaterThan(1);
      if (field.kind === 'select') expect(field.optionGroups?.length, id).toBeGreaterThan(0);
      expect(field.autocomplete, id).toMatch(/\S/);
      if (field.dependsOn) expect(formFields(SCREENS.find((s) => s.form?.key === ALL_FIELDS.find((f) => f.id === id)!.form.key)!.form!).map((f) => f.key), id).toContain(field.dependsOn);
    }
  });

  it('requires at least one CES and one PCR, and no médecin du travail', () => {
    const min = Object.fromEntries(SCREENS.filter((s) => s.form?.kind === 'list').map((s) => [s.form!.key, (s.form as { min: number }).min]));
    expect(min).toEqual({ ces: 1, mdt: 0, pcr: 1 });
  });

  it('reproduces PASS pop-ups word for word', () => {
    expect(CONFIRMATIONS['habilitation-vide']?.paragraphs[0]).toBe("Vous n'avez pas renseigné de n° d'habilitation pour cette personne.");
    expect(CONFIRMATIONS['sans-medecin']?.paragraphs).toEqual(['Souhaitez-vous poursuivre sans désigner de médecin du travail ?']);
  });

  it('lists the activity domains with PASS wording for the medical list', () => {
    expect(ACTIVITY_DOMAINS.map((d) => d.label)).toEqual([
      'Utilisations médicales et vétérinaires',
      'Transport de matières radioactives',
      'Usages industriels et de services (hors entreprises de transport)',
      'Sources naturelles',
      'Nucléaire',
      'Autres domaines',
    ]);
    const medical = ACTIVITY_DOMAINS[0]?.options.map((o) => o.label);
    expect(medical).toContain('Soins dentaires');
    expect(medical).toContain('Radiologie interventionnelle (bloc opératoire inclus)');
    expect(medical).toHaveLength(12);
    const all = ACTIVITY_DOMAINS.flatMap((d) => d.options);
    expect(all.length).toBeGreaterThanOrEqual(45);
    expect(new Set(all.map((o) => o.value)).size).toBe(all.length);
    // accents restored: no unaccented « medical », « nucleaire », « securite » left
    for (const o of all) expect(o.label).not.toMatch(/\b(medical|nucleaire|securite|matieres|Medecine|Radiotherapie)\b/);
  });

  it('builds an empty dossier with one record per record form and empty lists', () => {
    const d = emptyDossier();
    expect(Object.keys(d)).toEqual(['employeur', 'representant', 'etablissement', 'pieces', 'ces', 'mdt', 'pcr', 'travailleurs', 'suivi', 'preparation']);
    expect(d.ces).toEqual([]);
    expect((d.employeur as Record<string, unknown>).pays).toBe('France');
    expect((d.employeur as Record<string, unknown>).etranger).toBe(false);
  });
});
