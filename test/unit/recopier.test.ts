/**
 * « Recopier dans PASS » as data (src/lib/recopier.ts): the récapitulatif's steps regrouped as
 * PASS screens 5–12 in PASS order, values shown as typed and copied in their PASS form, people
 * one by one; ticks keyed by row and by a hash of what was copied.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { summarize } from '../../src/lib/summary';
import { emptyDossier } from '../../src/lib/dossier';
import { copyScreens, isEmptyDossier, isTicked, parseTicks, screenIndexFromHash, textHash, tick, ticksKey } from '../../src/lib/recopier';
import { frRecopier } from '../../src/i18n/steps.fr';
import { e2eDossierData, EMPLOYEUR, PCR } from '../fixtures/e2e-dossier';

const S = { entry: frRecopier.entry, entryIssue: '', fieldIssue: '' };
const screensOf = (data = e2eDossierData()) => copyScreens(summarize(data, S));

describe('copyScreens', () => {
  it('gives the PASS screens 5 to 12, in PASS order', () => {
    expect(screensOf().map((s) => s.number)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('shows a value as typed and copies its PASS form', () => {
    const rows = screensOf()[0]!.blocks.flatMap((b) => b.rows);
    const siret = rows.find((r) => r.label === 'Numéro SIRET')!;
    expect(siret.shown).toBe(EMPLOYEUR.siret);
    expect(siret.pass).toBe('73282932000074');
    expect(siret.copyable).toBe(true);
    expect(rows.find((r) => r.label === 'Téléphone')!.pass).toBe('0478123456');
    // A choice is clicked in PASS, not copied.
    expect(rows.find((r) => r.label === 'Protocole d\'accès')?.copyable).toBe(false);
    // Nothing empty is listed.
    expect(rows.every((r) => r.shown !== '')).toBe(true);
  });

  it('lists people one by one, each a block to « Ajouter »', () => {
    const pcr = screensOf().find((s) => s.key === 'pcr')!;
    expect(pcr.blocks.map((b) => b.heading)).toEqual(PCR.map((_, i) => `Personne compétente n° ${i + 1}`));
    expect(pcr.blocks.every((b) => b.person && b.rows.length > 0)).toBe(true);
  });

  it('tells an empty dossier from a started one', () => {
    expect(isEmptyDossier(screensOf(emptyDossier()))).toBe(true);
    expect(isEmptyDossier(screensOf())).toBe(false);
  });
});

describe('ticks', () => {
  it('a copied value is ticked until it changes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        const ticks = tick({}, { id: 'employeur-siret', pass: a });
        expect(isTicked({ id: 'employeur-siret', pass: a }, ticks)).toBe(true);
        expect(isTicked({ id: 'employeur-ville', pass: a }, ticks)).toBe(false);
        if (textHash(a) !== textHash(b)) expect(isTicked({ id: 'employeur-siret', pass: b }, ticks)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps only well-formed stored ticks, and never the value itself', () => {
    const ticks = tick({}, { id: 'ces-1-nom', pass: 'Garçon' });
    expect(parseTicks(JSON.parse(JSON.stringify(ticks)))).toEqual(ticks);
    expect(JSON.stringify(ticks)).not.toContain('Garçon');
    expect(parseTicks({ 'ces-1-nom': 42, 'Bad key': 'abc', ok: 'zz9' })).toEqual({ ok: 'zz9' });
    for (const raw of [null, 'x', [1], 3]) expect(parseTicks(raw)).toEqual({});
    expect(ticksKey('e2e')).toBe('copies:e2e');
  });
});

describe('screenIndexFromHash', () => {
  it('opens the screen named by #etape-<slug>, the first one otherwise', () => {
    const screens = screensOf();
    expect(screenIndexFromHash(screens, '#etape-pcr')).toBe(6);
    expect(screenIndexFromHash(screens, '')).toBe(0);
    expect(screenIndexFromHash(screens, '#etape-inconnue')).toBe(0);
  });
});
