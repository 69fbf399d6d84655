/**
 * Mock-ups print only texts of the seed (issue 16 item 6): every field label a PASS mock-up
 * shows is in the seed guide, with « * » exactly where the seed prints one; « Justificatif de
 * l'entreprise », « Domaine » and asterisks on the Oui/Non questions are not shown. And the
 * « Signaler une erreur » address carries the page address only.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCREENS } from '../../src/model';
import type { FieldDef } from '../../src/model';
import { mockFieldLabel } from '../../src/lib/mock';
import { normalise } from '../fixtures/seed-parser';

const SEED = readFileSync(new URL('../fixtures/seed-guide.txt', import.meta.url), 'utf8');
/** The seed with « \* » kept as « * » (markdown escape), whitespace collapsed, lower-cased. */
const seed = normalise(SEED);

/** The fields a mock-up draws (as ScreenMock does: PASS's fields and the guide's drawn as files). */
const mockFields: FieldDef[] = SCREENS.flatMap((s) => (s.form ? s.form.groups.flatMap((g) => g.fields.filter((f) => !f.guideOnly || f.mockAs)) : []));

describe('mock-up labels', () => {
  it('shows only labels that the seed prints, with its asterisks', () => {
    expect(mockFields.length).toBeGreaterThan(40);
    const missing = [...new Set(mockFields.map(mockFieldLabel).filter((l) => l !== ''))].filter((l) => !seed.includes(normalise(l)));
    expect(missing).toEqual([]);
  });

  it('does not print labels the source does not show', () => {
    const shown = mockFields.map(mockFieldLabel);
    expect(shown).not.toContain("Justificatif de l'entreprise *");
    expect(shown).not.toContain("Justificatif de l'entreprise");
    expect(shown).not.toContain('Domaine *');
    expect(shown).not.toContain('Domaine');
    expect(shown).toContain('Au sein de votre établissement');
    expect(shown).toContain('Si oui, votre établissement est une INB (installation nucléaire de base)');
    expect(shown.filter((l) => l.startsWith('Au sein') || l.startsWith('Si oui')).every((l) => !l.endsWith('*'))).toBe(true);
    expect(shown).toContain('Numéro SIRET *');
    expect(shown).toContain("Copie de la carte nationale d'identité du représentant légal de l'employeur");
  });

  it('titles step 1 as the public SISERI site, not as a PASS window', () => {
    expect(SCREENS[0]!.siseriSite).toBe(true);
    expect(SCREENS[0]!.passTitle).toMatch(/^SISERI/);
    expect(SCREENS.filter((s) => s.siseriSite).length).toBe(1);
  });
});
