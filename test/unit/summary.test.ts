import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/lib/summary';
import { dossierReady } from '../../src/lib/readiness';
import { emptyDossier } from '../../src/lib/dossier';
import { dossierComplet } from '../fixtures/dossier-complet';

const S = { entry: '{noun} n° {n}', entryIssue: 'Entrée n° {n}, {label} : {message}', fieldIssue: '{label} : {message}' };

describe('summarize', () => {
  it('lists the form steps in PASS order with their status', () => {
    const steps = summarize(dossierComplet(), S);
    expect(steps.map((s) => s.slug)).toEqual([
      'employeur', 'representant-legal', 'etablissement', 'pieces-justificatives',
      'correspondant-employeur', 'medecin-du-travail', 'pcr', 'travailleurs', 'apres-la-creation',
    ]);
    expect(steps.filter((s) => !s.afterCreation).every((s) => s.status === 'complet')).toBe(true);
    expect(dossierReady(dossierComplet())).toBe(true);
  });

  it('shows each value with its PASS label, option labels and the short label of the activity', () => {
    const [employeur] = summarize(dossierComplet(), S);
    const line = (label: string) => employeur!.lines.find((l) => l.label === label);
    expect(line('Numéro SIRET')?.value).toBe('73282932000074');
    expect(line("Protocole d'accès")?.value).toBe('Pour une entreprise');
    expect(line('Numéro SIRET')?.copyable).toBe(true);
    expect(line("Protocole d'accès")?.copyable).toBe(false);
    const travailleurs = summarize(dossierComplet(), S).find((s) => s.key === 'travailleurs')!;
    expect(travailleurs.lines.find((l) => l.label === 'Activité principale')?.value).toBe('Soins dentaires');
  });

  it('numbers list entries and hides « Externe » coordinates when the box is not ticked', () => {
    const pcr = summarize(dossierComplet(), S).find((s) => s.key === 'pcr')!;
    const headings = pcr.lines.filter((l) => l.kind === 'heading').map((l) => l.label);
    expect(headings).toEqual(['Personne compétente n° 1', 'Personne compétente n° 2']);
    // entry 1 is not « Externe »: one SIRET line only (entry 2's)
    expect(pcr.lines.filter((l) => l.label === 'Numéro SIRET')).toHaveLength(1);
    expect(pcr.lines.some((l) => l.label === 'Confirmation courriel')).toBe(false);
  });

  it('links each issue of an empty dossier to its field on the step page', () => {
    const steps = summarize(emptyDossier(), S);
    const employeur = steps[0]!;
    expect(employeur.status).toBe('vide');
    const siret = employeur.issues.find((i) => i.href.endsWith('#f-employeur-siret'));
    expect(siret?.href).toBe('/etapes/employeur/#f-employeur-siret');
    expect(siret?.text.startsWith('Numéro SIRET : ')).toBe(true);
    const ces = steps.find((s) => s.key === 'ces')!;
    expect(ces.issues[0]?.href).toBe('/etapes/correspondant-employeur/#entree-ces');
    expect(dossierReady(emptyDossier())).toBe(false);
  });

  it('points an entry issue at the entry’s « Modifier » button', () => {
    const d = dossierComplet();
    (d.pcr as Record<string, unknown>[])[1]!.siret = '123';
    const pcr = summarize(d, S).find((s) => s.key === 'pcr')!;
    expect(pcr.status).toBe('erreurs');
    expect(pcr.issues[0]?.href).toBe('/etapes/pcr/#pcr-entree-1-modifier');
    expect(pcr.issues[0]?.text.startsWith('Entrée n° 2, Numéro SIRET : ')).toBe(true);
  });
});
