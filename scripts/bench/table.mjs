/**
 * Issue 15's table from a benchmark report (pure): the figures of one measured site, then the rows
 * « mesure | guide-siseri | Starlight | rapport » when the Starlight anchor was measured in the
 * same run (`npm run bench -- --anchor`). The ratio is guide-siseri ÷ Starlight: below 1, the
 * guide fetches less, waits less or builds faster; for a Lighthouse score, above 1 is better.
 */
import { fr, ms } from './stats.mjs';

/**
 * @typedef {object} Figures  what the table shows of one site (null: not measured)
 * @property {{ gzip: number, requests: number, serviceWorker: boolean } | null} firstVisit
 * @property {number | null} proseGzip  `/`: HTML + CSS + start-up JS, gzip bytes
 * @property {number | null} stepJsGzip  the step page: JS whose request started before `load`, `import()` included
 * @property {(number | null)[] | null} performance  Lighthouse mobile Performance of `/`, the step, the summary
 * @property {number | null} tbtMs  Total Blocking Time of the summary page (median over the runs)
 * @property {{ gzip: number, coldMs: number, slow4gMs: number } | null} pdfClick
 * @property {number | null} buildMs
 * @property {{ network: number, lighthouse: number, build: number }} runs  how many runs each median is of
 */

/**
 * The figures of one site from its part of the report. `lighthouse` is in the order of the pages
 * `/`, the step, `/recapitulatif/`; `startup` holds the step page at `stepPath`.
 * @param {{ network?: any, pages?: any[], startup?: any[], lighthouse?: any[], build?: any }} report
 * @param {{ stepPath?: string }} [o]
 * @returns {Figures}
 */
export function figuresOf({ network, pages, startup, lighthouse = [], build }, { stepPath = '/etapes/employeur/' } = {}) {
  const home = pages?.find((p) => p.path === '/');
  const step = startup?.find((s) => s.path === stepPath);
  const recap = lighthouse[2];
  return {
    firstVisit: network ? network.firstVisit : null,
    proseGzip: home ? home.html.gzip + home.css.gzip + home.startup.gzip : null,
    stepJsGzip: step ? (step.beforeLoadGzip ?? step.firstLoadGzip + step.startupImportsGzip) : null,
    performance: lighthouse.length ? [0, 1, 2].map((i) => lighthouse[i]?.scores.performance ?? null) : null,
    tbtMs: recap ? (recap.medianMetrics?.tbtMs ?? recap.metrics.tbtMs) : null,
    pdfClick: network?.pdfClick ?? null,
    buildMs: build ? build.totalMs : null,
    runs: { network: network?.runs ?? 0, lighthouse: lighthouse[0]?.runs ?? 0, build: build?.n ?? 0 },
  };
}

const kB = (bytes) => `${fr(bytes / 1000, 1)} ko`;

/** `a ÷ b` in French with two decimals, or `—` when it means nothing. */
export function ratio(a, b) {
  if (a === null || b === null || a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '—';
  return fr(a / b, 2);
}

/** The texts of one site's cells, row by row. */
function cells(f) {
  return [
    f.firstVisit ? `${kB(f.firstVisit.gzip)} gz, ${fr(f.firstVisit.requests)} requêtes${f.firstVisit.serviceWorker ? '' : ' (sans service worker)'}` : 'non mesuré',
    f.proseGzip === null ? 'non mesuré' : kB(f.proseGzip),
    f.stepJsGzip === null ? 'non mesuré' : kB(f.stepJsGzip),
    f.performance ? f.performance.map((s) => s ?? '?').join(' · ') : 'non mesuré',
    f.tbtMs === null ? 'non mesuré' : ms(f.tbtMs),
    f.pdfClick ? `${kB(f.pdfClick.gzip)} gz / ${ms(f.pdfClick.coldMs)} / ≈ ${ms(f.pdfClick.slow4gMs)}` : 'sans objet',
    f.buildMs === null ? 'non mesurée' : ms(f.buildMs),
  ];
}

/** The first column: what each row measures, with the number of runs its median is of. */
function labels(runs) {
  const med = (n, what) => (n > 1 ? `médiane de ${n} ${what}` : `${n} ${what.replace(/s\b/g, '')}`);
  return [
    `Première visite de /, précache compris (${med(runs.network, 'contextes')})`,
    'Page de texte (/), premier chargement HTML + CSS + JS, gz',
    'Étape, JS demandé avant load (import() compris), gz',
    `Lighthouse mobile Performance / · étape · /recapitulatif/ (passage médian de ${runs.lighthouse})`,
    `TBT /recapitulatif/ (${med(runs.lighthouse, 'passages')})`,
    `Clic PDF : octets / à froid / 4G lente (${med(runs.network, 'contextes')})`,
    `Construction propre (${med(runs.build, 'constructions')})`,
  ];
}

/**
 * The rows of issue 15's table: `[mesure, guide-siseri]`, or with the anchor
 * `[mesure, guide-siseri, Starlight, rapport]`.
 * @param {Figures} site
 * @param {Figures | null} [anchor]
 * @returns {string[][]}
 */
export function issue15Rows(site, anchor = null) {
  const names = labels(site.runs);
  const mine = cells(site);
  if (!anchor) return names.map((n, i) => [n, mine[i]]);
  const theirs = cells(anchor);
  const ratios = [
    site.firstVisit && anchor.firstVisit ? `${ratio(site.firstVisit.gzip, anchor.firstVisit.gzip)} (octets) · ${ratio(site.firstVisit.requests, anchor.firstVisit.requests)} (requêtes)` : '—',
    ratio(site.proseGzip, anchor.proseGzip),
    ratio(site.stepJsGzip, anchor.stepJsGzip),
    site.performance && anchor.performance ? site.performance.map((s, i) => ratio(s, anchor.performance?.[i] ?? null)).join(' · ') : '—',
    ratio(site.tbtMs, anchor.tbtMs),
    '—',
    ratio(site.buildMs, anchor.buildMs),
  ];
  return names.map((n, i) => [n, mine[i], theirs[i], ratios[i]]);
}

/** A Markdown table (header row, separator, rows); `|` in a cell is escaped. */
export function markdownTable(headers, rows) {
  const line = (cols) => `| ${cols.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
