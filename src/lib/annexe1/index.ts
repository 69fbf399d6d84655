/**
 * The Annexe 1 PDF, built in the browser from the dossier. Loaded with `import()` on click:
 * pdf-lib comes with it; fontkit and the fallback font (DejaVu Sans) only when a value needs them.
 */
/** `buildAnnexe1(data, { loadFont, now, incomplete })` → the PDF bytes (Helvetica, or the loaded font when needed). */
export { buildAnnexe1 } from './document';
/** `annexeFileName(data, now)` → `annexe1-siseri-<raison-sociale>-<AAAA-MM-JJ>.pdf`. */
export { annexeFileName } from './filename';
