/**
 * Property: for any dossier shaped by the model — whatever the strings hold (any Unicode, emoji,
 * CJK, right-to-left scripts, control characters, lone surrogates, 5 000-character values) and
 * lists of up to 50 entries — `buildAnnexe1` returns a PDF whose pages are all A4, whose form
 * fields all lie inside the page, and whose page count stays proportionate to the content. Arbitraries are derived from `SCREENS`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildAnnexe1 } from '../../src/lib/annexe1';
import type { DossierData, DossierRecord, FieldValue } from '../../src/lib/dossier';
import { FORM_SCREENS, formFields, type FieldDef, type FormDef } from '../../src/model';
import { budgetMs, runs } from '../fixtures/budget';

const require = createRequire(import.meta.url);
const fontBytes = new Uint8Array(readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')));

const RUNS = runs(1000, 40);

const char = (min: number, max: number) => fc.integer({ min, max }).map((cp) => String.fromCodePoint(cp));
/** Characters that tend to break text pipelines. */
const hostileChar = fc.oneof(
  char(0xd800, 0xdfff), // lone surrogates
  char(0x00, 0x1f), // C0 controls
  char(0x7f, 0x9f), // DEL, C1 controls
  char(0x1f300, 0x1faff), // emoji
  fc.constantFrom('👩‍👩‍👧', '🇫🇷', '❤️', '\u200d', '\ufe0f'),
  char(0x4e00, 0x9fff), // CJK
  char(0x0590, 0x06ff), // Hebrew, Arabic
  fc.constantFrom('\u200e', '\u200f', '\u202e', '\u2066', '\ufeff', '\u00ad', '\u0301'), // bidi, BOM, soft hyphen, combining
  fc.constantFrom('œ', 'Œ', '«', '»', '’', '\u202f', '\u00a0', 'é', 'ç', 'Ê', ' ', ' ', '-'),
);

/** A 5 000-character value, with or without spaces. */
const huge = fc
  .tuple(fc.string({ unit: fc.oneof(hostileChar, fc.constantFrom('a', 'é', ' ')), minLength: 1, maxLength: 12 }), fc.boolean())
  .map(([piece, spaces]) => {
    const base = spaces ? piece : piece.replace(/ /g, '') || 'x';
    return base.repeat(Math.ceil(5000 / base.length)).slice(0, 5000);
  });

/** Any string a text field may hold. */
const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 40, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 30, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 30, arbitrary: fc.string({ unit: hostileChar, maxLength: 25 }) },
  { weight: 1, arbitrary: huge },
);

/** Values of one field, from its definition. */
function fieldArb(field: FieldDef): fc.Arbitrary<FieldValue> {
  if (field.kind === 'checkbox') return fc.boolean();
  const values = [...(field.options ?? []), ...(field.optionGroups ?? []).flatMap((g) => g.options)].map((o) => o.value);
  return values.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: anyText }) : anyText;
}

/** A record of a form; keys may be missing (imported or partial dossiers). */
function recordArb(form: FormDef): fc.Arbitrary<DossierRecord> {
  const shape = Object.fromEntries(formFields(form).map((f) => [f.key, fieldArb(f)]));
  return fc.record(shape, { requiredKeys: [] }) as fc.Arbitrary<DossierRecord>;
}

/** A dossier: every form of the model, lists of 0–50 entries (mostly 0–3: one list in 25 has 10–50). */
const dossierArb: fc.Arbitrary<DossierData> = fc.record(
  Object.fromEntries(
    FORM_SCREENS.map((s) => {
      const form = s.form!;
      const rec = recordArb(form);
      const arb: fc.Arbitrary<DossierRecord | DossierRecord[]> =
        form.kind === 'list'
          ? fc.oneof(
              { weight: 24, arbitrary: fc.array(rec, { maxLength: 3 }) },
              { weight: 1, arbitrary: fc.array(rec, { minLength: 10, maxLength: 50, size: 'max' }) },
            )
          : rec;
      return [form.key, arb];
    }),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<DossierData>;

/** Number of values and characters in a dossier: the content the page count must follow. */
function contentSize(data: DossierData): { values: number; chars: number } {
  let values = 0;
  let chars = 0;
  for (const part of Object.values(data)) {
    for (const record of Array.isArray(part) ? part : [part]) {
      for (const v of Object.values(record)) {
        values++;
        if (typeof v === 'string') chars += v.length;
      }
    }
  }
  return { values, chars };
}

describe('Annexe 1 — any dossier', () => {
  it(`never throws and only makes A4 pages (${RUNS} random dossiers)`, async () => {
    const now = new Date('2026-05-12T08:30:00Z');
    await fc.assert(
      fc.asyncProperty(dossierArb, fc.boolean(), async (data, incomplete) => {
        const bytes = await buildAnnexe1(data, { fontBytes, now, incomplete });
        const doc = await PDFDocument.load(bytes, { updateMetadata: false });
        const pages = doc.getPages();
        expect(pages.length).toBeGreaterThanOrEqual(1);
        for (const page of pages) {
          const { width, height } = page.getSize();
          expect(width).toBeCloseTo(595.28, 2);
          expect(height).toBeCloseTo(841.89, 2);
        }
        for (const field of doc.getForm().getFields()) {
          for (const widget of field.acroField.getWidgets()) {
            const r = widget.getRectangle();
            expect(r.x >= 0 && r.y >= 0 && r.x + r.width <= 595.28 && r.y + r.height <= 841.89, field.getName()).toBe(true);
          }
        }
        // Loose bound: a page holds well over 20 rows, and well over 800 characters of values.
        const { values, chars } = contentSize(data);
        expect(pages.length).toBeLessThanOrEqual(2 + Math.ceil(values / 20) + Math.ceil(chars / 800));
      }),
      { numRuns: RUNS },
    );
  }, budgetMs(240_000));
});
