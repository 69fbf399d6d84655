/**
 * A TrueType font (DejaVu Sans) for the Annexe 1, embedded as a subset. Reached only through
 * `import()` (see `fonts.ts`): fontkit (≈ 300 kB gz) is fetched only when a dossier needs it.
 */
import fontkit from '@pdf-lib/fontkit';
import type { AnnexeFont } from './fonts';
import { fontMetrics } from './font-metrics';

/** The font in `bytes`, measured with fontkit; every missing glyph is replaced (see sanitize.ts). */
export function trueType(bytes: Uint8Array): AnnexeFont {
  const metrics = fontMetrics(bytes);
  return {
    metrics,
    missed: false,
    async embed(doc) {
      doc.registerFontkit(fontkit);
      // Subset, named with a subset tag (six capitals + « + », as the PDF format wants; pdf-lib
      // would add a number instead). Ligatures off, for pdf-lib's own `encodeText` (see
      // glyph-encoder.ts).
      return doc.embedFont(bytes, {
        subset: true,
        customName: `SISERI+${metrics.postscriptName}`,
        features: { liga: false, clig: false, dlig: false },
      });
    },
  };
}
