/**
 * Entry of the récapitulatif page: Alpine (CSP build) with the summary island, its
 * dependencies injected. pdf-lib is reached only through `import()` in `buildPdf`.
 */
import './no-fence';
import Alpine from '@alpinejs/csp';
import { summaryView } from './summary';
import { getManager, getSession } from './page-session';
import { announce } from '../scripts/announce';
import { pageStrings } from '../scripts/strings';
import { downloadText } from '../scripts/download';
import { summarize } from '../lib/summary';
import { dossierReady } from '../lib/readiness';
import type { frSummary } from '../i18n/fr';
import type { DossierData } from '../lib/record';
import { StepsDrawing } from './summary-steps';

const base = document.documentElement.dataset.base ?? '/';
const strings = pageStrings<typeof frSummary>('i18n-summary') as typeof frSummary;

/** The PDF's fallback font, fetched only for a value Helvetica cannot draw (see lib/annexe1/fonts.ts). */
async function loadFont(): Promise<Uint8Array> {
  const r = await fetch(`${base}fonts/DejaVuSans.ttf`);
  if (!r.ok) throw new Error(`police introuvable (${r.status})`);
  return new Uint8Array(await r.arrayBuffer());
}

/** Loads pdf-lib on demand, and builds the Annexe 1. */
async function buildPdf(data: DossierData, incomplete: boolean) {
  const { buildAnnexe1, annexeFileName } = await import('../lib/annexe1');
  const now = new Date();
  const bytes = await buildAnnexe1(data, { loadFont, now, incomplete });
  return { bytes, fileName: annexeFileName(data, now) };
}

const drawing = new StepsDrawing(
  document.querySelector<HTMLElement>('[data-recap-steps]')!,
  { step: document.getElementById('recap-modele-etape') as HTMLTemplateElement, line: document.getElementById('recap-modele-ligne') as HTMLTemplateElement },
);

Alpine.data('summaryView', () =>
  summaryView({
    session: getSession(),
    manager: getManager,
    announce,
    strings,
    summarize: (d) => summarize(d, strings),
    ready: dossierReady,
    buildPdf,
    download: downloadText,
    base,
    drawSteps: (steps) => drawing.draw(steps),
  }),
);
Alpine.start();
