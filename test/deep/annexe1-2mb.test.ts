/**
 * Issue 17.6, the long run (`npm run test:deep` only: minutes on a slow machine): a 2 MB value,
 * without then with spaces, builds an Annexe 1 without a call-stack overflow, and every line of it
 * is on a page. The quick suite checks the same slicing on its own (annexe1-long-values.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { budgetMs } from '../fixtures/budget';
import { pdfWith, textItems } from '../fixtures/pdf-long-values';

describe('very long values in the PDF (deep)', () => {
  it('2 MB, without and with spaces: built, every line on a page', async () => {
    for (const unit of ['abcdefgh', 'abcdefg ']) {
      const value = unit.repeat(250_000);
      const bytes = await pdfWith(value);
      const pages = await textItems(bytes);
      const all = pages.flat();
      expect(all.filter((i) => i.y < 0 || i.y > i.height)).toEqual([]);
      const drawn = all.filter((i) => /^[a-h ]+$/.test(i.text) && !i.text.includes('(suite)')).reduce((n, i) => n + i.text.replace(/ /g, '').length, 0);
      expect(drawn).toBe(value.replace(/ /g, '').length);
    }
  }, budgetMs(600_000));
});
