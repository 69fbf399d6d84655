/**
 * The pure parts of the Annexe 1 builder: text sanitising, line breaking, and the sections derived
 * from the model (what is shown, in which order, with which labels and names).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fontMetrics } from '../../src/lib/annexe1/font-metrics';
import { sanitizeText } from '../../src/lib/annexe1/sanitize';
import { annexeSections, type AnnexeRow, type AnnexeSection } from '../../src/lib/annexe1/sections';
import { wrapText, type Measure } from '../../src/lib/annexe1/wrap';
import { emptyDossier, type DossierData } from '../../src/lib/dossier';
import { dossierComplet } from '../fixtures/dossier-complet';

const require = createRequire(import.meta.url);
const dejavu = fontMetrics(new Uint8Array(readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'))));

describe('sanitizeText', () => {
  it('keeps French typography: accents, œ, « », ’, no-break spaces', () => {
    const s = 'Cœur «\u00a0Élodie\u00a0» l’été\u202f: ÀÉÈÊËÎÏÔÙÛÜŸÇ àéèêëîïôùûüÿç';
    expect(sanitizeText(s, dejavu)).toBe(s);
  });

  it('normalises to NFC', () => {
    expect(sanitizeText('Le\u0301a', dejavu)).toBe('Léa');
  });

  it('turns line breaks and tabs into spaces, drops controls, collapses and trims', () => {
    expect(sanitizeText('  a\r\n\tb\u0000c\u0007d\u0085e\u2028f  ', dejavu)).toBe('a bcd e f');
    expect(sanitizeText('\u0000\u001f\u007f\u009f', dejavu)).toBe('');
  });

  it('drops format characters (bidi controls, zero-width joiners, BOM, soft hyphen)', () => {
    expect(sanitizeText('\u202eabc\u202c\u200b\u200d\ufeff\u00adx', dejavu)).toBe('abcx');
  });

  it('replaces lone surrogates and characters the font lacks, visibly', () => {
    expect(sanitizeText('a\ud800b\udc00c', dejavu)).toBe('a\ufffdb\ufffdc');
    expect(sanitizeText('中文', dejavu)).toBe('\ufffd\ufffd');
    expect(sanitizeText('a中b', { has: (cp) => cp < 0x80 })).toBe('a?b');
  });

  it('keeps right-to-left text in logical order and replaces scripts needing complex shaping', () => {
    expect(sanitizeText('שלום abc', dejavu)).toBe('שלום abc');
    expect(sanitizeText('ⴰⵣ', dejavu)).toBe('\ufffd\ufffd'); // Tifinagh: in DejaVu, but needs shaping
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = sanitizeText(s, dejavu);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/[\p{Cc}\p{Cf}]| {2}/u);
        expect([...out].every((ch) => ch === '\ufffd' || dejavu.has(ch.codePointAt(0)!))).toBe(true);
      }),
    );
  });
});

describe('wrapText', () => {
  /** One unit per code point. */
  const unit: Measure = { width: (s) => [...s].length, advance: () => 1 };

  it('breaks greedily at spaces and keeps source offsets', () => {
    const text = 'aa bb cc dd';
    const lines = wrapText(text, 5, unit);
    expect(lines.map((l) => l.text)).toEqual(['aa bb', 'cc dd']);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });

  it('cuts a word wider than the line between characters, never inside a pair or before a mark', () => {
    expect(wrapText('abcdefg', 3, unit).map((l) => l.text)).toEqual(['abc', 'def', 'g']);
    const emoji = wrapText('😀😀😀😀', 2, unit).map((l) => l.text);
    expect(emoji).toEqual(['😀😀', '😀😀']);
    expect(wrapText('ae\u0301ioe\u0301', 2, unit).map((l) => l.text)).toEqual(['ae\u0301', 'io', 'e\u0301']);
  });

  it('gives one empty line for empty text', () => {
    expect(wrapText('', 10, unit)).toEqual([{ text: '', start: 0, end: 0 }]);
  });

  it('keeps every character, and every line within the width', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '😀') }), fc.integer({ min: 1, max: 12 }), (raw, width) => {
        const text = raw.replace(/ +/g, ' ').trim();
        const lines = wrapText(text, width, unit);
        for (const l of lines) expect(unit.width(l.text)).toBeLessThanOrEqual(width);
        expect(lines.map((l) => l.text).join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      }),
    );
  });
});

/** Rows of a section by name. */
const rows = (section: AnnexeSection | undefined): Record<string, AnnexeRow> =>
  Object.fromEntries((section?.blocks ?? []).filter((b): b is AnnexeRow => b.kind === 'row').map((r) => [r.name, r]));

const section = (data: DossierData, key: string) => annexeSections(data).find((s) => s.key === key);

describe('annexeSections', () => {
  it('follows the wizard order, « Références » last when filled', () => {
    expect(annexeSections(dossierComplet()).map((s) => s.key)).toEqual([
      'employeur',
      'representant',
      'etablissement',
      'pieces',
      'ces',
      'mdt',
      'pcr',
      'travailleurs',
      'references',
    ]);
    expect(annexeSections(emptyDossier()).map((s) => s.key)).not.toContain('references');
  });

  it('labels rows with PASS’s labels from the model and shows option labels', () => {
    const employeur = rows(section(dossierComplet(), 'employeur'));
    expect(employeur['employeur-siret']).toEqual({ kind: 'row', name: 'employeur-siret', label: 'Numéro SIRET', value: '73282932000074' });
    expect(employeur['employeur-protocole']?.value).toBe('Pour une entreprise');
    // An unticked optional box (« Etranger ») and empty optional texts (Cedex) are left out.
    expect(employeur['employeur-etranger']).toBeUndefined();
    expect(employeur['employeur-cedex']).toBeUndefined();
    const etranger = dossierComplet();
    (etranger.employeur as Record<string, unknown>).etranger = true;
    expect(rows(section(etranger, 'employeur'))['employeur-etranger']?.value).toBe('Oui');
    const travailleurs = rows(section(dossierComplet(), 'travailleurs'));
    expect(travailleurs['travailleurs-activite']?.value).toBe('Soins dentaires');
    // A PASS label that is a sentence fragment shows as the model's short label.
    expect(travailleurs['travailleurs-exposes']?.label).toBe('Travailleurs exposés dans l’établissement');
  });

  it('shows an unknown option value as stored', () => {
    const data = dossierComplet();
    (data.travailleurs as Record<string, string>).activite = '999999';
    expect(rows(section(data, 'travailleurs'))['travailleurs-activite']?.value).toBe('999999');
  });

  it('skips fields whose condition does not hold', () => {
    const data = dossierComplet();
    (data.travailleurs as Record<string, string>).exposes = 'non';
    expect(rows(section(data, 'travailleurs'))['travailleurs-inb']).toBeUndefined();
    const pcr = rows(section(dossierComplet(), 'pcr'));
    expect(pcr['pcr-1-siret']).toBeUndefined();
    expect(pcr['pcr-2-siret']?.value).toBe('44306184100047');
  });

  it('numbers list entries and prints PASS’s block legends where they add information', () => {
    const blocks = section(dossierComplet(), 'pcr')!.blocks.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && b.text);
    expect(blocks).toContain('Personne compétente n°\u00a01');
    expect(blocks).toContain('Personne compétente n°\u00a02');
    expect(blocks).toContain("Coordonnées (si différentes de celles de l'employeur) : PCR Externe");
    expect(blocks).not.toContain('Ajouter ou modifier une personne compétente en radioprotection');
  });

  it('prints one « — » line for an entry with nothing to print', () => {
    const data = dossierComplet();
    data.pieces = {};
    // The pieces are required: blank, they still show, so that the reader sees what is missing.
    expect(rows(section(data, 'pieces'))['pieces-piece-identite']?.value).toBe('À préparer');
    const empty = annexeSections(data, [{ number: 1, slug: 'x', title: 'X', passTitle: 'X', instruction: '', mock: [], form: { kind: 'record', key: 'x', groups: [{ id: 'g', legend: 'G', fields: [{ key: 'a', label: 'A', kind: 'text', required: false, autocomplete: 'off' }] }] } }]);
    expect(empty).toEqual([{ key: 'x', title: 'X', blocks: [{ kind: 'note', text: '—' }] }]);
  });

  it('says when a list is empty', () => {
    const data = emptyDossier();
    expect(section(data, 'mdt')!.blocks).toEqual([{ kind: 'note', text: 'Aucun médecin du travail désigné' }]);
  });

  it('copes with malformed data', () => {
    const data = { employeur: [], ces: { nom: 'x' }, pcr: [null, 3, { nom: 42 }], travailleurs: 'oui' } as unknown as DossierData;
    const sections = annexeSections(data);
    expect(sections.map((s) => s.key)).toContain('pcr');
    expect(rows(section(data, 'pcr'))['pcr-3-nom']?.value).toBe('42');
  });
});
