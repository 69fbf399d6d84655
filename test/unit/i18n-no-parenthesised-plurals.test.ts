/**
 * Issue 14: agreement and plurals go through `Intl.PluralRules` and gendered strings, or a wording
 * that needs none (« Valeurs copiées : 3 sur 12 ») — never « (s) », « (e) », « (es) » or « (x) ».
 * Every string of the interface lives in `src/i18n/`, so reading those files covers every page,
 * including strings only a script shows (the home page's progress, /recopier/'s count).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../src/i18n/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

describe('French table', () => {
  it('has string files to read', () => {
    expect(files).toContain('fr.ts');
  });

  it.each(files)('%s writes no « (s) »-style plural', (file) => {
    const text = readFileSync(new URL(file, DIR), 'utf8');
    const found = [...text.matchAll(/[\p{L}’']\((?:s|e|es|x|ne|le)\)/gu)].map((m) => m[0]);
    expect(found).toEqual([]);
  });
});
