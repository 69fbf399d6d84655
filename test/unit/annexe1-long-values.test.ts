/**
 * Issue 17.6: the PDF lays out very long values. A continuation row is labelled « <label>
 * (suite) », never « (suite) (suite) »; no text is drawn outside the page; the
 * page's operators are pushed in slices, so no value overflows the call stack. The 2 MB document
 * itself is in test/deep/ (`npm run test:deep`).
 */
import { describe, expect, it } from 'vitest';
import type { PDFOperator } from 'pdf-lib';
import { pushAll } from '../../src/lib/annexe1/canvas';
import { budgetMs } from '../fixtures/budget';
import { pdfWith, textItems } from '../fixtures/pdf-long-values';

describe('very long values in the PDF', () => {
  it('100 000 characters without a space: continuation labels are « (suite) » once, every line on its page', async () => {
    const bytes = await pdfWith('abcdefgh'.repeat(12_500));
    const pages = await textItems(bytes);
    expect(pages.length).toBeGreaterThan(20);
    const all = pages.flat();
    expect(all.some((i) => i.text.includes('(suite)'))).toBe(true);
    expect(all.filter((i) => /\(suite\)\s*\(suite\)/.test(i.text))).toEqual([]);
    expect(all.filter((i) => i.y < 0 || i.y > i.height || i.x < 0 || i.x > i.width)).toEqual([]);
    // Every character of the value is on a page (drawn once as page text).
    const drawn = all.filter((i) => /^[a-h]+$/.test(i.text)).reduce((n, i) => n + i.text.length, 0);
    expect(drawn).toBe(100_000);
  }, budgetMs(120_000));

  it('pushes any number of drawing operators without overflowing the call stack (the 2 MB crash)', () => {
    // Spreading two million arguments into one call throws « Maximum call stack size exceeded »;
    // the page's operators go in slices. The whole 2 MB document runs under `npm run test:deep`.
    const ops = Array.from({ length: 2_000_000 }, () => ({}) as PDFOperator);
    let pushed = 0;
    let largest = 0;
    pushAll({ pushOperators: (...o: PDFOperator[]) => { pushed += o.length; largest = Math.max(largest, o.length); } }, ops);
    expect(pushed).toBe(2_000_000);
    expect(largest).toBeLessThanOrEqual(1000);
  });
});
