/**
 * What the PDF benchmark loads through Vite's module runner (the sources are TypeScript with
 * extensionless imports, which Node's own type stripping cannot resolve): the pure builder and
 * the benchmark dossier, in one module graph.
 */
export { buildAnnexe1 } from '../../src/lib/annexe1/index.ts';
export { benchDossier, dossierComplet } from '../../test/fixtures/dossier-complet.ts';
