/**
 * What the Starlight anchor (`scripts/bench/anchor.mjs`) reads from the site's model, loaded
 * through Vite's module runner (the model is TypeScript with extensionless imports): the steps in
 * order, the labels the MDX components print (fields, checklist items, PASS's risky symbols, the
 * certainty badges).
 */
import { ALL_FIELDS, SCREENS } from '../../src/model/index.ts';
import { CHECKLIST_FORM } from '../../src/model/checklist.ts';
import { PASS_RISKY_SYMBOLS } from '../../src/model/characters.ts';
import { formFields } from '../../src/model/fields.ts';
import { frContent } from '../../src/i18n/fr.ts';

/** @returns {import('./anchor-content.mjs').AnchorModel} */
export function anchorModel() {
  return {
    steps: SCREENS.map((s) => ({ slug: s.slug, number: s.number, title: s.title, instruction: s.instruction })),
    fields: Object.fromEntries(ALL_FIELDS.map((f) => [f.id, f.field.label])),
    checklist: Object.fromEntries(formFields(CHECKLIST_FORM).map((f) => [f.key, f.label])),
    symbols: PASS_RISKY_SYMBOLS.map((s) => s.char),
    certainty: Object.fromEntries(Object.entries(frContent.certainty).map(([level, c]) => [level, c.text])),
  };
}
