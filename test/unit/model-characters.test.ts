/**
 * One list of characters PASS may refuse, in the model: the checker warns on each, the clean-up
 * removes each, and the FAQ's sentence is written with the component that reads the list.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PASS_RISKY_SYMBOLS, PASS_SAFE_SIGNS } from '../../src/model';
import { checkTexte, cleanText, isSafeText } from '../../src/lib/checks';

describe('PASS_RISKY_SYMBOLS', () => {
  it('names « & », « / », « # » and the quotation marks, as the FAQ does', () => {
    const chars = PASS_RISKY_SYMBOLS.map((s) => s.char);
    for (const c of ['&', '/', '#', '"', '«', '»']) expect(chars).toContain(c);
  });

  it('gives each symbol a warning from the checker and a safe replacement from the clean-up', () => {
    for (const { char } of PASS_RISKY_SYMBOLS) {
      expect(isSafeText(char), char).toBe(false);
      const issues = checkTexte(`Cabinet ${char} Martin`);
      expect(issues.map((i) => i.level), char).toEqual(['warning']);
      expect(issues[0]?.message, char).toContain(`«\u00a0${char}\u00a0»`);
      const cleaned = cleanText(`Cabinet ${char} Martin`);
      expect(cleaned, char).not.toContain(char);
      expect(checkTexte(cleaned), char).toEqual([]);
    }
  });

  it('keeps the safe signs safe', () => {
    for (const c of PASS_SAFE_SIGNS) expect(isSafeText(`a${c}b`), c).toBe(true);
  });

  it('is what the FAQ names: its sentence reads the list through <PassSymbols />', () => {
    const faq = readFileSync(new URL('../../content/pages/faq.mdx', import.meta.url), 'utf8');
    expect(faq).toContain('<PassSymbols />');
    expect(faq).not.toMatch(/symboles \(&/);
  });
});
