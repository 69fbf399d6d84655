// @ts-check
/**
 * Astro integration: copies the PDF's fallback font (DejaVu Sans, free licence) and its licence
 * into `fonts/` of the built site. The Annexe 1 is drawn in the standard Helvetica; this font is
 * fetched only when a value holds a character Helvetica cannot draw (see src/lib/annexe1/fonts.ts).
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @returns {import('astro').AstroIntegration} */
export default function pdfFont() {
  return {
    name: 'guide-siseri:pdf-font',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const require = createRequire(import.meta.url);
        const out = join(fileURLToPath(dir), 'fonts');
        await mkdir(out, { recursive: true });
        await copyFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), join(out, 'DejaVuSans.ttf'));
        await copyFile(require.resolve('dejavu-fonts-ttf/LICENSE'), join(out, 'LICENSE-DejaVu.txt'));
      },
    },
  };
}
