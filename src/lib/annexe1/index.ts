/**
 * The Annexe 1 PDF, built in the browser from the dossier. Loaded with `import()` on click:
 * pdf-lib and fontkit come with it; the caller fetches the font (DejaVu Sans) and passes its bytes.
 */
/** `buildAnnexe1(data, { fontBytes, now, incomplete })` → the PDF bytes. */
export { buildAnnexe1 } from './document';
/** `annexeFileName(data, now)` → `annexe1-siseri-<raison-sociale>-<AAAA-MM-JJ>.pdf`. */
export { annexeFileName } from './filename';
