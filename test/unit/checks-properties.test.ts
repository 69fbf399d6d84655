import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckId } from '../../src/model';
import { SCREENS } from '../../src/model';
import { CHECKS, capitalsPreview, checkList, checkRecord, checkTexte, cleanText, isSafeText } from '../../src/lib/checks';
import { checkDossier } from '../../src/lib/checks/dossier';
import { parseDossierData } from '../../src/lib/schema';
import { anySibling, hostileString } from './checks-arbitraries';
import { runs } from '../fixtures/budget';

const RUNS = runs(10_000, 500);
const LEVELS = ['error', 'warning'];
/** Rules that may only advise. */
const WARNING_ONLY: CheckId[] = ['texte', 'ville', 'rpps', 'habilitation'];

/** What is wrong with a check's result, or `null`. */
function problemWith(id: CheckId, issues: unknown): string | null {
  if (!Array.isArray(issues)) return `${id}: not an array`;
  for (const issue of issues as { level: unknown; message: unknown }[]) {
    if (!LEVELS.includes(issue.level as string)) return `${id}: level ${String(issue.level)}`;
    if (WARNING_ONLY.includes(id) && issue.level !== 'warning') return `${id}: an error from a warning-only rule`;
    if (typeof issue.message !== 'string' || issue.message.trim().length < 10) return `${id}: empty message`;
    if (!issue.message.includes('par exemple')) return `${id}: no example in « ${issue.message} »`;
    if (/\{\w+\}/.test(issue.message)) return `${id}: unfilled placeholder in « ${issue.message} »`;
  }
  return null;
}

describe('every check, on any input (property; 10 000 runs under test:deep)', () => {
  // One run feeds the same input to every rule: each rule sees 10 000 inputs for the cost of
  // generating them once. Plain comparisons in the loop: `expect` costs more than the checks.
  it('no check throws, and each explains every rejection in French with an example', () => {
    fc.assert(
      fc.property(hostileString, anySibling, (value, sibling) => {
        for (const id of Object.keys(CHECKS) as CheckId[]) {
          const issues = CHECKS[id](value, sibling);
          expect(problemWith(id, issues)).toBeNull();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('treats a non-string value like an empty one (called from plain JS)', () => {
    for (const check of Object.values(CHECKS)) {
      for (const v of [undefined, null, 42, {}, [], true]) expect(() => check(v as unknown as string)).not.toThrow();
    }
  });
});

describe('cleanText and capitalsPreview (property; 10 000 runs under test:deep)', () => {
  it('cleanText’s output passes texte without warning, and cleaning twice changes nothing', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const clean = cleanText(s);
        return checkTexte(clean).length === 0 && isSafeText(clean) && cleanText(clean) === clean && clean === clean.trim() && !clean.includes('  ');
      }),
      { numRuns: RUNS },
    );
  });

  it('capitalsPreview is ASCII capitals and signs, and idempotent', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const caps = capitalsPreview(s);
        return /^[A-Z0-9 '\-.,/()&]*$/.test(caps) && capitalsPreview(caps) === caps;
      }),
      { numRuns: RUNS },
    );
  });

  it('leaves safe text untouched but for spaces', () => {
    const safeString = fc.string({ unit: fc.constantFrom(...'aZéÈçŒæÿ09 ’\'-.,()'.split('')), maxLength: 30 });
    fc.assert(
      fc.property(safeString, (s) => cleanText(s) === s.replace(/ +/g, ' ').trim()),
      { numRuns: RUNS },
    );
  });
});

/** A record with the model's keys (and others) holding anything. */
const hostileRecord = fc.oneof(
  fc.dictionary(
    fc.constantFrom('siret', 'codePostal', 'etranger', 'courriel', 'confirmationCourriel', 'externe', 'civilite', 'telephonePortable', 'portableEtranger', 'exposes', 'inb', 'activite', '__proto__', 'constructor', 'x'),
    fc.oneof(anySibling, fc.constant(true)),
  ),
  fc.anything(),
);

describe('forms and dossiers, on any input (property)', () => {
  const forms = SCREENS.flatMap((s) => (s.form ? [s.form] : []));

  it('checkRecord and checkList never throw and locate every issue', () => {
    fc.assert(
      fc.property(fc.constantFrom(...forms), fc.array(hostileRecord, { maxLength: 4 }), (form, records) => {
        const issues = form.kind === 'list' ? checkList(form, records) : checkRecord(form, records[0]);
        for (const i of issues) {
          expect(i.at.formKey).toBe(form.key);
          expect(i.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: runs(3_000, 150) },
    );
  });

  it('checkDossier and parseDossierData never throw', () => {
    const dossier = fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...forms.map((f) => f.key)), fc.oneof(hostileRecord, fc.array(hostileRecord, { maxLength: 3 }))));
    fc.assert(
      fc.property(dossier, (d) => {
        expect(Array.isArray(checkDossier(d))).toBe(true);
        const parsed = parseDossierData(d);
        if (parsed.ok) expect(checkDossier(parsed.data)).toBeDefined();
        else expect(parsed.error.length).toBeGreaterThan(0);
      }),
      { numRuns: runs(2_000, 100) },
    );
  });
});
