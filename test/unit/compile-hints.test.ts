import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, wantsCompileHint } from '../../src/integrations/compile-hints.mjs';

describe('V8 compile hint on the start-up chunks', () => {
  it('is the file-level magic comment V8 reads', () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad');
  });

  it('marks the chunks of Alpine, the islands and the store', () => {
    expect(wantsCompileHint(['/site/node_modules/@alpinejs/csp/dist/module.esm.js'])).toBe(true);
    expect(wantsCompileHint(['/site/src/islands/form-island.ts', '/site/src/lib/store/store.ts'])).toBe(true);
  });

  it('leaves the PDF code lazy: pdf-lib, fontkit, the Annexe 1 drawing', () => {
    expect(wantsCompileHint(['/site/node_modules/pdf-lib/es/api/PDFDocument.js'])).toBe(false);
    expect(wantsCompileHint(['/site/node_modules/@pdf-lib/fontkit/dist/fontkit.es.js'])).toBe(false);
    expect(wantsCompileHint(['/site/node_modules/pako/lib/deflate.js'])).toBe(false);
    expect(wantsCompileHint(['/site/src/model/index.ts', '/site/src/lib/annexe1/render.ts'])).toBe(false);
    expect(wantsCompileHint(['C:\\site\\src\\lib\\annexe1\\render.ts'])).toBe(false);
  });

  it('marks nothing for an empty chunk', () => {
    expect(wantsCompileHint([])).toBe(false);
  });
});
